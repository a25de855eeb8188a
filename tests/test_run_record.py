"""run.json traces a result to exactly the inputs, codebook, code and settings that produced it."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import datetime
from importlib import metadata
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import list_transcripts
from test_ingest_support import REPO, needs_pipeline

pytestmark = needs_pipeline

STAGES = ("ingest", "gloss_and_code", "review", "aggregate", "export")


@pytest.fixture(scope="module")
def wori_run(tmp_path_factory):
    from pipeline.run import analyze

    root = tmp_path_factory.mktemp("record")
    batch = root / "wori"
    shutil.copytree(REPO / "transcripts" / "wori", batch)
    codebook = REPO / "codebooks" / "wori.yaml"
    out = root / "out"
    analyze(batch, codebook_path=codebook, out_dir=out, progress=False)
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return batch, codebook, out, record


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_inputs_are_every_transcript_with_the_hash_of_its_bytes(wori_run):
    batch, _, _, record = wori_run
    transcripts, _ = list_transcripts(batch)
    assert [entry["file"] for entry in record["inputs"]] == [path.name for path in transcripts]
    for entry in record["inputs"]:
        assert entry["sha256"] == _sha256(batch / entry["file"])


def test_codebook_hash_and_identity(wori_run):
    _, codebook, _, record = wori_run
    assert record["codebook"]["sha256"] == _sha256(codebook)
    assert Path(record["codebook"]["file"]).resolve() == codebook.resolve()
    assert record["codebook"]["version"]


def test_versions_of_python_package_and_dependencies(wori_run):
    versions = wori_run[3]["versions"]
    import platform

    import pipeline

    assert versions["python"] == platform.python_version()
    assert versions["pipeline"] == pipeline.__version__
    for name in ("pandas", "spacy", "PyYAML", "python-docx", "charset-normalizer", "scikit-learn"):
        assert versions[name] == metadata.version(name)


def test_options_are_recorded_as_given(wori_run):
    options = wori_run[3]["options"]
    assert options["redact"] is True and options["lang"] == "id"
    assert json.dumps(options)  # plain JSON, paths as text


def test_counts_agree_with_the_output_files(wori_run):
    batch, _, out, record = wori_run
    counts = record["counts"]
    segments = _csv(out / "segments.csv")
    codings = _csv(out / "codings.csv")
    assert counts["documents"] == len(record["inputs"]) == len(list_transcripts(batch)[0])
    assert counts["segments"] == len(segments)
    assert counts["informant_segments"] == int((segments["speaker_role"] == "informant").sum())
    assert counts["words"] == sum(len(text.split()) for text in segments["text"])
    assert counts["codings"] == len(codings)
    assert sum(counts["codings_by_source"].values()) == counts["codings"]
    assert counts["informants"] == len(_csv(out / "informants.csv"))
    for entry in record["inputs"]:
        assert entry["segments"] == int((segments["document"] == entry["file"]).sum())


def test_timings_per_stage_and_start_time(wori_run):
    record = wori_run[3]
    timings = record["timings_seconds"]
    for stage in STAGES:
        assert isinstance(timings[stage], (int, float)) and timings[stage] >= 0
    assert datetime.strptime(record["started"], "%Y-%m-%dT%H:%M:%S%z")


def test_warnings_are_a_list_of_messages(wori_run):
    warnings = wori_run[3]["warnings"]
    assert isinstance(warnings, list) and all(isinstance(warning, str) for warning in warnings)


def test_changing_a_transcript_changes_its_recorded_hash_only(wori_run, tmp_path):
    from pipeline.run import analyze

    batch, codebook, _, record = wori_run
    changed = tmp_path / "wori"
    shutil.copytree(batch, changed)
    with (changed / "A3.md").open("a", encoding="utf-8") as handle:
        handle.write("\nP: Satu pertanyaan lagi?\n")
    analyze(changed, codebook_path=codebook, out_dir=tmp_path / "out", progress=False)
    again = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    before = {entry["file"]: entry["sha256"] for entry in record["inputs"]}
    after = {entry["file"]: entry["sha256"] for entry in again["inputs"]}
    assert [name for name in before if before[name] != after[name]] == ["A3.md"]
    assert again["codebook"]["sha256"] == record["codebook"]["sha256"]
