"""Tabel 2 of a 50-interview study: the Word report's informant cell writes runs of consecutive codes as
ranges (it listed all 50 codes for every code, most of a page each); a short list stays as the paper prints
it, and theme_table.csv keeps every code."""

from __future__ import annotations

import docx
import pandas as pd

from pipeline.aggregate.quotations import select_quotations
from pipeline.aggregate.tables import theme_table
from pipeline.export.code_runs import informant_cell
from pipeline.export.docx_report import write_report
from pipeline.wording import labels
from tests.helpers import make_codebook, make_codings

TREE = {"Jajanan": {"Tempat": ["Beli di gerobak", "Kantin kotor"]}}


def test_the_report_writes_fifty_informants_as_ranges_and_the_csv_keeps_them(tmp_path):
    codebook = make_codebook(TREE)
    said = [(f"s{n}", f"K{n:02d}", "Beli di gerobak") for n in range(1, 51) if n != 19]
    said += [("t1", "K03", "Kantin kotor"), ("t2", "K07", "Kantin kotor")]
    codings = make_codings(codebook, said)
    table = theme_table(codings, codebook)
    segments = pd.DataFrame([{"segment_id": s, "document": f"{who}.txt", "informant": who, "speaker": who,
                              "speaker_role": "informant", "start": 0, "end": 5, "line": 1, "language": "ind",
                              "text": "Anak beli di gerobak", "gloss": "", "translation": ""} for s, who, _ in said])
    path = write_report(tmp_path / "r.docx", title="t", labels=labels("id"),
                        informants=pd.DataFrame({"informant": ["K01"], "role": ["Guru"]}), theme_table=table,
                        quotations=select_quotations(codings, segments, codebook))
    cells = [row.cells[3].text for row in docx.Document(str(path)).tables[1].rows[1:]]
    assert cells == ["K01\u2013K18, K20\u2013K50", "K03, K07"]
    assert table["Kode informan"].iloc[0].count(",") == 48          # the CSV: all 49 codes


def test_ranges_join_only_codes_written_alike():
    many = ", ".join([f"K{n}" for n in range(8, 16)] + ["A1", "A2", "B7", "K017", "K018", "K019", "K020"])
    assert informant_cell(many) == "K8\u2013K15, A1, A2, B7, K017\u2013K020"
    assert informant_cell("K1, K2, K3, K4") == "K1, K2, K3, K4"        # a short list: as the paper prints it
