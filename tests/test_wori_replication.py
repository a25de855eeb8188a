"""The replication target: Tabel 1, Tabel 2 and the codes of the paper's published quotations."""

from __future__ import annotations

import csv

import docx
import pandas as pd
import pytest

from pipeline.codebook.load import load_codebook
from tests.conftest import REPO, SHARED, WORI
from tests.paper import PUBLISHED, TABEL_1, TABEL_2

def _segment(segments, informant, opening):
    rows = segments[(segments["informant"] == informant) & (segments["speaker_role"] == "informant")
                    & segments["text"].str.startswith(opening)]
    assert len(rows) == 1, f"expected one {informant} turn starting {opening!r}, found {len(rows)}"
    return rows.iloc[0]


def test_theme_table_is_tabel_2(wori_result):
    table = wori_result["theme_table"]
    assert list(table[["Tema", "Kategori", "Koding"]].itertuples(index=False, name=None)) == TABEL_2
    assert (table["Kutipan"].astype(int) >= 1).all(), "every code is supported by a published quotation"


def test_informant_table_is_tabel_1(wori_result):
    table = wori_result["informants"]
    assert dict(zip(table["informant"], table["role"])) == TABEL_1


@pytest.mark.parametrize("informant, opening, expected", [p for p in PUBLISHED if p[2]], ids=[p[1] for p in PUBLISHED if p[2]])
def test_published_quotation_codes(wori_result, informant, opening, expected):
    segment = _segment(wori_result["segments"], informant, opening)
    codings = wori_result["codings"]
    found = set(codings.loc[(codings["segment_id"] == segment["segment_id"]) & (codings["source"] != "model"), "code"])
    assert expected <= found


def test_perception_quote_gets_none_of_the_six(wori_result):
    segment = _segment(wori_result["segments"], "A9", "Dorang bilang memang depe orang tua pendek")
    codings = wori_result["codings"]
    assert codings[(codings["segment_id"] == segment["segment_id"]) & (codings["source"] != "model")].empty


def test_published_quotations_are_verbatim_in_the_batch():
    """The reconstructed transcripts hold the paper's quotations character for character."""
    paper = SHARED / "seeds" / "001_950ffca39fb06786.txt"
    if not paper.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    flat_paper = " ".join(paper.read_text(encoding="utf-8").split())
    from pipeline.ingest import read_batch

    segments = read_batch(WORI).segments
    spoken = segments[segments["speaker_role"] == "informant"]
    assert len(spoken) == 10
    for text in spoken["text"]:
        assert f"\u201c{' '.join(text.split())}\u201d" in flat_paper


def test_word_report_tables_read_back(analyzed_wori):
    _, out = analyzed_wori
    document = docx.Document(str(out / "wori_report.docx"))
    tabel_1, tabel_2 = document.tables[0], document.tables[1]
    rows_1 = [[cell.text for cell in row.cells] for row in tabel_1.rows]
    assert rows_1[0] == ["Kode Informan", "Keterangan"]
    assert {row[0].rstrip("*"): row[1] for row in rows_1[1:]} == TABEL_1
    # the paper's informants the replication batch holds no quotation of are marked, with the note
    without = {row[0] for row in rows_1[1:] if row[0].endswith("*")}
    assert without == {"A5*", "A8*"}
    rows_2 = [tuple(cell.text for cell in row.cells[:3]) for row in tabel_2.rows]
    assert rows_2[0] == ("Tema", "Kategori", "Koding")
    assert rows_2[1:] == TABEL_2  # merged cells read back as the same text in every row they span
    theme_cells = [row.cells[0]._tc for row in tabel_2.rows[1:4]]
    assert all(cell is theme_cells[0] for cell in theme_cells), "the theme cell spans its three codes, as in the journal"
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "\u201cTorang so rujuk pa dorang." in text and "(A3)" in text
    assert "* tanpa transkrip di batch ini" in text
    # the title names the study (the codebook's title), not the folder; the summary says what was reviewed
    assert document.paragraphs[0].text == "Hasil analisis tematik: " + load_codebook(REPO / "codebooks" / "wori.yaml").title
    codings = pd.read_csv(out / "codings.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    reviewed = (codings["review"] != "").sum()
    assert f"{reviewed} dari {len(codings)} koding sudah direview peneliti." in text


def test_quotation_appendix_prints_translations(analyzed_wori):
    _, out = analyzed_wori
    appendix = (out / "quotations.md").read_text(encoding="utf-8")
    a7 = appendix.index("\u201cKita so pernah urus")
    following = appendix[a7: a7 + 600]
    assert "(A7)" in following
    assert "(Saya" in following or "(saya" in following, "Manado Malay quotes carry an Indonesian translation"


def test_informants_csv_matches_batch_file(wori_result):
    with open(WORI / "informants.csv", encoding="utf-8") as handle:
        codes = [row["informant"] for row in csv.DictReader(handle)]
    assert wori_result["informants"]["informant"].tolist() == codes
