from __future__ import annotations

import docx
import pandas as pd

from pipeline.wording import labels
from pipeline.aggregate.quotations import select_quotation_sets, select_quotations
from pipeline.aggregate.tables import informant_table, theme_table
from pipeline.export.docx_report import write_report
from tests.helpers import make_codebook, make_codings

TREE = {"Akses": {"Hambatan": ["Jarak jauh", "Biaya mahal"], "Dukungan": ["Kader membantu"]},
        "Persepsi": {"Hambatan": ["Stunting dianggap keturunan"]}}


def _segments(rows):
    return pd.DataFrame([{"segment_id": s, "document": d, "informant": i, "speaker": i, "speaker_role": "informant",
                          "start": n * 10, "end": n * 10 + 5, "line": n, "language": lang, "text": t,
                          "gloss": "", "translation": tr}
                         for n, (s, d, i, lang, t, tr) in enumerate(rows)])


def test_theme_table_counts_quotes_and_informants_in_codebook_order():
    codebook = make_codebook(TREE)
    codings = make_codings(codebook, [("s1", "A2", "Biaya mahal"), ("s2", "A10", "Biaya mahal"),
                                      ("s3", "A2", "Biaya mahal"), ("s1", "A2", "Jarak jauh")])
    table = theme_table(codings, codebook)
    assert table["Koding"].tolist() == ["Jarak jauh", "Biaya mahal", "Kader membantu", "Stunting dianggap keturunan"]
    row = table.set_index("Koding").loc["Biaya mahal"]
    assert (row["Kutipan"], row["Informan"], row["Kode informan"]) == (3, 2, "A2, A10")
    assert table.set_index("Koding").loc["Kader membantu", "Kutipan"] == 0
    assert "Kader membantu" not in theme_table(codings, codebook, include_empty=False)["Koding"].tolist()


def test_informant_table_counts_turns_and_words():
    informants = pd.DataFrame({"informant": ["A1", "A2"], "role": ["Bidan", "Kader"]})
    segments = _segments([("s1", "a.txt", "A1", "ind", "satu dua tiga", ""), ("s2", "a.txt", "A1", "ind", "empat", "")])
    table = informant_table(informants, segments)
    assert table[["informant", "turns", "words"]].values.tolist() == [["A1", 2, 4], ["A2", 0, 0]]


def test_quotations_spread_informants_before_repeating_one():
    codebook = make_codebook(TREE)
    segments = _segments([(f"s{n}", "a.txt" if n < 5 else "b.txt", "A1" if n < 5 else "A2", "ind", f"kutipan {n}", "")
                          for n in range(7)])
    codings = make_codings(codebook, [(f"s{n}", "A1" if n < 5 else "A2", "Biaya mahal") for n in range(7)])
    chosen = select_quotations(codings, segments, codebook, per_code=3)
    assert sorted(chosen["informant"].tolist()) == ["A1", "A1", "A2"]
    assert len(select_quotations(codings, segments, codebook, per_code=None)) == 7
    bounded, every = select_quotation_sets(codings, segments, codebook, per_code=3)
    pd.testing.assert_frame_equal(bounded, chosen)
    assert sorted(every["segment_id"]) == [f"s{n}" for n in range(7)], "the unbounded set has every coded turn"
    assert set(bounded["segment_id"]) <= set(every["segment_id"])


def _same_cell(cells) -> bool:
    elements = [cell._tc for cell in cells]  # held in a list: lxml proxies stay identical while referenced
    return all(element is elements[0] for element in elements)


def test_word_tables_merge_theme_and_category_cells(tmp_path):
    codebook = make_codebook(TREE)
    codings = make_codings(codebook, [("s1", "A1", "Biaya mahal")])
    segments = _segments([("s1", "a.txt", "A1", "xmm", "Doi nda ada", "Uang tidak ada")])
    path = write_report(tmp_path / "r.docx", title="t", labels=labels("en"),
                        informants=pd.DataFrame({"informant": ["A1"], "role": ["Bidan"]}),
                        theme_table=theme_table(codings, codebook),
                        quotations=select_quotations(codings, segments, codebook))
    document = docx.Document(str(path))
    table = document.tables[1]
    assert [cell.text for cell in table.rows[0].cells] == ["Theme", "Category", "Code", "Informants"]
    rows = table.rows[1:]
    assert _same_cell([row.cells[0] for row in rows[:3]])              # "Akses" spans three codes
    assert _same_cell([row.cells[1] for row in rows[:2]])              # "Hambatan" spans two
    assert rows[2].cells[1]._tc is not rows[1].cells[1]._tc            # "Dukungan" is its own cell
    assert rows[3].cells[1]._tc is not rows[1].cells[1]._tc            # same label under another theme: not merged
    text = [paragraph.text for paragraph in document.paragraphs]
    assert "\u201cDoi nda ada\u201d (A1)" in text and "(Uang tidak ada)" in text
