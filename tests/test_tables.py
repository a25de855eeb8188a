from __future__ import annotations

import docx
import docx.oxml.ns
import matplotlib.image
import numpy as np
import pandas as pd
import pytest

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
    codings = make_codings(codebook, [("s1", "A1", "Biaya mahal")], review="accepted")
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
    # an English report heads the Indonesian translation as such (no grader gave an English one)
    assert "\u201cDoi nda ada\u201d (A1)" in text and "(Indonesian translation: Uang tidak ada)" in text
    assert not any("not reviewed" in line for line in text), "a reviewed quotation carries no mark"


def _report(tmp_path, lang: str = "id", **options):
    codebook = make_codebook(TREE)
    codings = pd.concat([make_codings(codebook, [("s1", "A1", "Biaya mahal")], review="accepted"),
                         make_codings(codebook, [("s2", "A2", "Jarak jauh")])], ignore_index=True)
    segments = _segments([("s1", "a.txt", "A1", "ind", "Biaya terlalu mahal", ""),
                          ("s2", "b.txt", "A2", "ind", "Rumah sakit jauh sekali", "")])
    figure = tmp_path / "f.png"
    matplotlib.image.imsave(figure, np.zeros((4, 4, 3)))
    path = write_report(tmp_path / f"r_{lang}.docx", title="t", labels=labels(lang),
                        informants=pd.DataFrame({"informant": [f"A{n}" for n in range(1, 80)], "role": "Kader"}),
                        theme_table=theme_table(codings, codebook),
                        quotations=select_quotations(codings, segments, codebook),
                        figures=[("Koding per informan", figure)], **options)
    return docx.Document(str(path))


def test_word_report_is_a4_unless_letter_is_asked_for(tmp_path):
    a4 = _report(tmp_path).sections[0]
    assert (round(a4.page_width.cm, 1), round(a4.page_height.cm, 1)) == (21.0, 29.7)
    letter = _report(tmp_path, "en", paper="letter").sections[0]
    assert (round(letter.page_width.inches, 2), round(letter.page_height.inches, 2)) == (8.5, 11.0)


def test_word_tables_repeat_their_header_row_on_every_page(tmp_path):
    document = _report(tmp_path)   # Tabel 1 with 79 informants runs over a page
    for table in document.tables:
        header = table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader"))
        assert header is not None and header.get(docx.oxml.ns.qn("w:val")) == "true"
        assert all(row._tr.trPr is None or row._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is None
                   for row in table.rows[1:])


def test_word_captions_are_numbered_by_fields_that_cross_references_use(tmp_path):
    document = _report(tmp_path)
    captions = [paragraph for paragraph in document.paragraphs if paragraph.style.name == "Caption"]
    shown = [paragraph.text for paragraph in captions]   # as any reader of the runs sees it, before Word updates fields
    assert shown == [
        "Tabel 1. Karakteristik informan", "Tabel 2. Hasil analisis data", "Gambar 1. Koding per informan"]
    marks = [[mark.get(docx.oxml.ns.qn("w:fldCharType")) for mark in paragraph._p.iter(docx.oxml.ns.qn("w:fldChar"))]
             for paragraph in captions]
    assert marks == [["begin", "separate", "end"]] * 3
    fields = [field.text.split() for paragraph in captions
              for field in paragraph._p.iter(docx.oxml.ns.qn("w:instrText"))]
    assert fields == [["SEQ", "Tabel", "\\*", "ARABIC"], ["SEQ", "Tabel", "\\*", "ARABIC"],
                      ["SEQ", "Gambar", "\\*", "ARABIC"]]


@pytest.mark.parametrize("lang, mark, note", [("id", "[belum direview]", "belum diperiksa"),
                                              ("en", "[not reviewed]", "no researcher has checked")])
def test_unreviewed_quotations_are_marked_in_the_appendix(tmp_path, lang, mark, note):
    text = [paragraph.text for paragraph in _report(tmp_path, lang).paragraphs]
    assert "\u201cRumah sakit jauh sekali\u201d (A2) " + mark in text
    assert "\u201cBiaya terlalu mahal\u201d (A1)" in text, "the accepted one is not marked"
    assert any(note in line for line in text), "the mark is explained"


def test_word_report_properties_name_the_study_not_python_docx(tmp_path):
    from datetime import datetime, timedelta, timezone

    started = datetime(2026, 10, 3, 9, 15, tzinfo=timezone(timedelta(hours=8)))
    properties = _report(tmp_path, author="Tim Studi Pesisir", created=started).core_properties
    assert properties.title == "t" and properties.author == "Tim Studi Pesisir"
    assert properties.comments == "" and "python-docx" not in properties.last_modified_by
    assert properties.created == datetime(2026, 10, 3, 1, 15, tzinfo=timezone.utc)
    unnamed = _report(tmp_path, lang="en").core_properties
    assert unnamed.author == "" and unnamed.comments == ""
