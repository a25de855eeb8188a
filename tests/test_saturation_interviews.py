"""Saturation counts a batch's interviews, not its documents (round 18's trial: a news article and a
plan beside six interviews were interviews 3 and 4 of 8 on the figure's axis, and named among the
undated interviews)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import run
from test_ingest_support import MINIMAL_CODEBOOK, write_batch

# invented: two interviews about registering for BPJS, and a village plan
INTERVIEW = ("---\ninformant: {code}\ndate: {date}\n---\nP: Sudah urus BPJS?\n"
             "{code}: Belum, kami malas mengurus, kartu keluarga juga hilang.\n")
PLAN = "---\ntype: document\ninformant: D1\n---\nDesa membantu warga yang malas mengurus pendaftaran BPJS.\n"


def _saturation(tmp_path: Path, files: dict[str, str]) -> pd.DataFrame:
    batch = write_batch(tmp_path, files)
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    run.analyze(batch, codebook_path=codebook, out_dir=out, workers=1, progress=False)
    return pd.read_csv(out / "saturation.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_documents_beside_interviews_are_not_counted(tmp_path):
    table = _saturation(tmp_path, {"K1.md": INTERVIEW.format(code="K1", date="2026-03-02"),
                                   "K2.md": INTERVIEW.format(code="K2", date="2026-03-09"),
                                   "rencana_desa.md": PLAN})
    assert table["document"].tolist() == ["K1.md", "K2.md"]


def test_a_batch_of_documents_alone_is_counted_by_its_documents(tmp_path):
    table = _saturation(tmp_path, {"rencana_desa.md": PLAN, "rencana_dua.md": PLAN.replace("D1", "D2")})
    assert table["document"].tolist() == ["rencana_desa.md", "rencana_dua.md"]
