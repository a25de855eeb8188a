"""The rigor commands as a user runs them: agreement, analyze with a second coder, import-codebook."""

from __future__ import annotations

import math
import shutil

import docx
import pandas as pd

from pipeline.cli import main
from pipeline.codebook.load import load_codebook
from pipeline.outputs import read_csv, write_csv
from pipeline.run import analyze
from tests.conftest import REPO

AGREEMENT_COLUMNS = ["code", "cohen_kappa", "percent_agreement", "krippendorff_alpha"]


def _second_coder(codings: pd.DataFrame, drop_code: str) -> pd.DataFrame:
    """Coder B: coder A's codings without one code, so exactly that code disagrees."""
    return codings[(codings["code"] != drop_code) & (codings["source"] != "model")]


def test_agreement_command_writes_the_spec_table(analyzed_wori, tmp_path, capsys):
    _, out = analyzed_wori
    codings = read_csv(out / "codings.csv")
    dropped = "Tidak memiliki kartu keluarga"
    write_csv(_second_coder(codings, dropped), tmp_path / "b.csv")
    status = main(["agreement", str(out / "codings.csv"), str(tmp_path / "b.csv"),
                   "--segments", str(out / "segments.csv"), "--out", str(tmp_path / "agreement")])
    assert status == 0
    table = read_csv(tmp_path / "agreement" / "agreement.csv")
    assert list(table.columns[:4]) == AGREEMENT_COLUMNS
    assert table["code"].iloc[-1] == "(all)"
    rows = table.set_index("code")
    assert float(rows.loc["Malas untuk mengurus pendaftaran", "cohen_kappa"]) == 1.0
    assert float(rows.loc[dropped, "percent_agreement"]) < 100.0
    units = 10  # the Wori batch's informant turns; B never uses the dropped code
    positives = int((codings[codings["source"] != "model"]["code"] == dropped).sum())
    assert math.isclose(float(rows.loc[dropped, "percent_agreement"]), 100 * (units - positives) / units)
    assert 0 < float(rows.loc["(all)", "cohen_kappa"]) < 1
    assert "(all)" in capsys.readouterr().out


def test_analyze_with_a_second_coder_adds_the_agreement_table(analyzed_wori, tmp_path):
    batch, out = analyzed_wori
    codings = read_csv(out / "codings.csv")
    write_csv(_second_coder(codings, "Tidak memiliki kartu keluarga"), tmp_path / "coder_b.csv")
    copy = tmp_path / "wori"
    shutil.copytree(batch, copy)
    result = analyze(copy, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=tmp_path / "out" / "wori",
                     second_coder=tmp_path / "coder_b.csv", workers=1, progress=False)
    table = read_csv(result.out_dir / "agreement.csv")
    assert table["code"].iloc[-1] == "(all)"
    report = docx.Document(str(result.out_dir / "wori_report.docx"))
    headers = [[cell.text for cell in t.rows[0].cells] for t in report.tables]
    agreement = report.tables[headers.index(["Koding", "Cohen's κ", "%", "Krippendorff's α"])]
    assert [row.cells[0].text for row in agreement.rows[1:]] == [*table["code"].iloc[:-1], "(semua)"], \
        "the pooled row in the report's language"


def test_import_codebook_round_trips_the_exported_qdc(analyzed_wori, tmp_path, capsys):
    _, out = analyzed_wori
    target = tmp_path / "imported.yaml"
    assert main(["import-codebook", str(out / "wori.qdc"), "--out", str(target)]) == 0
    assert "6 codes in 2 themes" in capsys.readouterr().out
    original, imported = load_codebook(REPO / "codebooks" / "wori.yaml"), load_codebook(target)
    assert [(c.id, c.label, c.category, c.theme, c.keywords) for c in imported.codes] == \
           [(c.id, c.label, c.category, c.theme, c.keywords) for c in original.codes]


def test_agreement_on_a_missing_file_is_a_clear_error(tmp_path, capsys):
    status = main(["agreement", str(tmp_path / "nope.csv"), str(tmp_path / "nope.csv"), "--out", str(tmp_path)])
    assert status == 2
    err = capsys.readouterr().err
    assert "nope.csv" in err and "Traceback" not in err
