"""A row of informants.csv whose informant has no transcript in the batch: the run says so once,
with the row's line and what to do; Tabel 1 keeps the row marked (0 turns, 0 documents: the Wori
paper's Tabel 1 lists informants the batch has no words of) and the code-by-informant matrix,
which counts what was said, leaves it out; the Word report's Tabel 1 and the overview's mark its code
with a note under the table."""

from __future__ import annotations

import docx
import pandas as pd
import pytest

from test_ingest_support import GOOD_TRANSCRIPT, write_batch
from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

from pipeline.review.overview import table1_html  # noqa: E402
from pipeline.run import analyze  # noqa: E402


def test_a_listed_informant_without_a_transcript_is_said_once_marked_and_left_out_of_the_matrix(tmp_path):
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "informants.csv": "informant,role\nA1,Ibu\nA2,Kader\n"})
    result = analyze(batch, codebook_path="codebooks/wori.yaml", out_dir=tmp_path / "out", workers=1, progress=False)
    said = [warning for warning in result.warnings if "A2" in warning]
    assert said == ["informants.csv: A2 (line 3) has no transcript in the batch: add its file or remove the row "
                    "(or correct a mistyped speaker label). Tabel 1 keeps it, marked 'tanpa transkrip di batch ini' "
                    "('no transcript in this batch'), with 0 turns and 0 documents in informants.csv; the "
                    "code-by-informant matrix leaves it out"]
    table = pd.read_csv(result.out_dir / "informants.csv")
    assert table[["informant", "turns", "documents"]].values.tolist() == [["A1", 2, 1], ["A2", 0, 0]]
    matrix = pd.read_csv(result.out_dir / "code_matrix.csv")
    assert "A1" in matrix.columns and "A2" not in matrix.columns
    report = docx.Document(str(next(result.out_dir.glob("*_report.docx"))))
    first = report.tables[0]
    assert [row.cells[0].text for row in first.rows] == ["Kode Informan", "A1", "A2*"]
    paragraphs = [paragraph.text for paragraph in report.paragraphs]
    assert "* tanpa transkrip di batch ini" in paragraphs
    assert "A2*</td>" in table1_html(table.astype(str)) and "* no transcript in this batch</p>" in table1_html(
        table.astype(str), "en")
    assert "*" not in table1_html(table[table["informant"] == "A1"].astype(str))
