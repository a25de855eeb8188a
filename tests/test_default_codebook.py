"""A run given no codebook says loudly that it used the default one, and never writes the
batch's decisions (participants' words) into the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.review.history import DIRECTORY_VARIABLE, history_path
from test_ingest_support import REPO, run_cli, write_batch
from test_review_support import analyze_unavailable

TRANSCRIPT = ("P: Ibu so daftar BPJS?\n\nA1: Belum, torang nda punya KK jadi susah daftar BPJS.\n\n"
              "P: Anak pe berat badan bagaimana?\n\nA1: Anak kurus, posyandu bilang dia stunting.\n")


def test_a_repository_codebooks_decisions_are_kept_beside_an_outside_batch(tmp_path, monkeypatch):
    monkeypatch.delenv(DIRECTORY_VARIABLE, raising=False)
    default = Path("codebooks") / "wori.yaml"
    batch = tmp_path / "study" / "interviews"
    assert history_path(default, batch) == tmp_path / "study" / "wori.decisions.csv"
    assert history_path(REPO / default, batch) == tmp_path / "study" / "wori.decisions.csv"
    # a batch of the repository, or the user's own codebook: beside the codebook, as before
    assert history_path(REPO / default, REPO / "transcripts" / "wori") == REPO / "codebooks" / "wori.decisions.csv"
    assert history_path(tmp_path / "mine.yaml", batch) == tmp_path / "mine.decisions.csv"


@pytest.mark.skipif(bool(analyze_unavailable()), reason="analyze unavailable")
def test_a_run_without_a_codebook_says_so_and_writes_nothing_into_the_repository(tmp_path, monkeypatch):
    import pipeline.run as run
    from pipeline.cli import run_summary

    monkeypatch.delenv(DIRECTORY_VARIABLE, raising=False)
    monkeypatch.chdir(REPO)
    batch = write_batch(tmp_path / "study", {"A1.md": TRANSCRIPT})
    first = run.analyze(batch, out_dir=tmp_path / "out", workers=1, progress=False)
    turn = first.analysis.segments.query("speaker_role == 'informant'").iloc[0]
    (batch / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n"
                                       f"{turn['segment_id']},{first.analysis.codebook.codes[0].label},add,RA,"
                                       "2026-12-01T10:00:00+00:00,\n", encoding="utf-8")
    before = sorted(path.name for path in (REPO / "codebooks").iterdir())
    result = run.analyze(batch, out_dir=tmp_path / "out", workers=1, progress=False)
    assert sorted(path.name for path in (REPO / "codebooks").iterdir()) == before
    kept = (tmp_path / "study" / "wori.decisions.csv").read_text(encoding="utf-8-sig")
    assert "torang nda punya KK" in kept or "stunting" in kept
    assert result.warnings[0].startswith("coded with the DEFAULT codebook 'wori'")
    assert "--codebook FILE" in result.warnings[0] and str(batch / "batch.yaml") in result.warnings[0]
    assert any(line.startswith("codebook: wori") and "DEFAULT" in line for line in run_summary(result))


def test_codebook_suggest_without_a_codebook_says_which_it_used(tmp_path):
    batch = write_batch(tmp_path, {"A1.md": TRANSCRIPT})
    result = run_cli("codebook", "suggest", batch)
    assert result.returncode == 0, result.stderr
    assert "DEFAULT codebook 'wori'" in result.stderr and "--codebook FILE" in result.stderr
