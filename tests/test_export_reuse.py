"""Incremental export: an unchanged re-run copies the previous files; any change rebuilds them."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest

import pipeline.export.formats as formats
import pipeline.export.writer as writer
from pipeline.runtime.executors import can_fork
from pipeline.run import analyze
from tests.conftest import REPO, WORI


def _run(batch, out, **options):
    result = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=1,
                     progress=False, **options)
    return json.loads((result.out_dir / "run.json").read_text(encoding="utf-8"))


def test_unchanged_rerun_reuses_and_any_change_rebuilds(tmp_path):
    batch, out = tmp_path / "wori", tmp_path / "outputs" / "wori"
    shutil.copytree(WORI, batch)
    first = _run(batch, out)
    assert first["export_reused"] is False and first["reused_stages"] == []

    again = _run(batch, out)
    assert again["export_reused"] is True and again["outputs"] == first["outputs"]
    assert again["reused_stages"] == ["ingest", "suggest", "aggregate"]

    (out / "theme_table.csv").write_text("edited by hand\n", encoding="utf-8")
    after_edit = _run(batch, out)
    assert after_edit["export_reused"] is False, "a hand-edited output is rebuilt, not copied"
    assert "edited by hand" not in (out / "theme_table.csv").read_text(encoding="utf-8-sig")

    elsewhere = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=2, progress=False)
    assert elsewhere.record.export_reused is True, "how many processes ran changes no output file"

    english = _run(batch, out, lang="en")
    assert english["export_reused"] is False and english["export_key"] != after_edit["export_key"]
    # glossing, coding and the model are reused; the tables are built anew with the codebook's label_en
    assert english["reused_stages"] == ["ingest", "suggest"], "a language switch codes nothing again"
    assert "Outreach" in (out / "theme_table.csv").read_text(encoding="utf-8-sig")
    english_again = _run(batch, out, lang="en")
    assert english_again["export_reused"] is True and english_again["reused_stages"] == ["ingest", "suggest", "aggregate"]

    (batch / "A7.md").write_text((batch / "A7.md").read_text(encoding="utf-8").replace("Kita so pernah", "Kita so perna"),
                                 encoding="utf-8")
    edited = _run(batch, out, lang="en")
    assert edited["export_reused"] is False and edited["reused_stages"] == []

    without_cache = _run(batch, out, lang="en", cache=False)
    assert without_cache["export_reused"] is False and without_cache["reused_stages"] == []


def test_reviews_and_options_that_change_the_tables_are_never_served_from_the_cache(tmp_path):
    batch, out = tmp_path / "wori", tmp_path / "outputs" / "wori"
    shutil.copytree(WORI, batch)
    first = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=1, progress=False)
    coded = first.analysis.counted.iloc[0]
    (batch / "reviews.csv").write_text(
        "segment_id,code,decision,reviewer,timestamp,note\n"
        f"{coded.segment_id},{coded.code_id},reject,R1,2026-11-24T10:00:00,\n", encoding="utf-8")
    rejected = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=1,
                       progress=False)
    assert "aggregate" not in rejected.record.reused_stages
    assert "ingest" in rejected.record.reused_stages, "reviews are read afresh, the transcripts' reading reused"
    assert len(rejected.analysis.counted) == len(first.analysis.counted) - 1
    fewer = analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=out, workers=1, progress=False,
                    quotes_per_code=1)
    assert "aggregate" not in fewer.record.reused_stages
    assert fewer.analysis.aggregates.quotations.groupby("code").size().max() == 1


def _files(folder):
    """Every output's bytes, run.json aside (it records times); zip members for .docx and .qdpx."""
    files = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name == "run.json":
            continue
        if path.suffix in (".docx", ".qdpx"):
            with zipfile.ZipFile(path) as archive:
                files[path.relative_to(folder).as_posix()] = {
                    name: archive.read(name) for name in archive.namelist() if not name.endswith("core.xml")}
        else:
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_files_written_by_forked_children_are_the_same(tmp_path, monkeypatch):
    sequential = tmp_path / "sequential"
    _run(WORI, sequential, cache=False)
    monkeypatch.setattr(writer, "PARALLEL_FROM_SEGMENTS", 0)
    parallel = tmp_path / "parallel"
    record = _run(WORI, parallel, cache=False)
    assert set(record["outputs"]) >= {"figures/saturation.png", "wori_report.docx", "quotations.md", "wori.qdpx"}
    assert _files(parallel) == _files(sequential)


def test_a_failure_while_writing_a_file_fails_the_run(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("figure could not be drawn")

    monkeypatch.setattr(writer, "PARALLEL_FROM_SEGMENTS", 0)
    monkeypatch.setattr(formats.plots, "plot_saturation", broken)
    out = tmp_path / "outputs" / "wori"
    with pytest.raises(ValueError, match="figure could not be drawn"):
        _run(WORI, out, cache=False)
    assert not out.exists(), "a failed export leaves no half-written outputs folder"
