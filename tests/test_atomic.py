"""Atomic outputs: a failed run leaves the previous outputs byte for byte; reviews.csv is never half-written."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.outputs import ensure_writable, staged_directory
from test_ingest_support import GOOD_TRANSCRIPT, MINIMAL_CODEBOOK, needs_pipeline, run_cli, tree_bytes, write_batch


def _previous_outputs(root: Path) -> Path:
    target = root / "outputs" / "wori"
    (target / "figures").mkdir(parents=True)
    (target / "segments.csv").write_text("segment_id,text\nA1-1,lama\n", encoding="utf-8")
    (target / "figures" / "plot.png").write_bytes(b"\x89PNG old")
    (target / "run.json").write_text("{}", encoding="utf-8")
    return target


def _leftovers(parent: Path) -> list[str]:
    """Staging or retired folders left beside the outputs (the shared .cache folder is meant to stay)."""
    return sorted(path.name for path in parent.iterdir() if path.name.startswith(".") and path.name != ".cache")


def test_success_replaces_the_whole_folder(tmp_path):
    target = _previous_outputs(tmp_path)
    with staged_directory(target) as staging:
        assert staging.parent == target.parent and staging != target
        (staging / "segments.csv").write_text("baru", encoding="utf-8")
        assert (target / "segments.csv").read_text(encoding="utf-8").endswith("lama\n")  # untouched meanwhile
    assert tree_bytes(target) == {"segments.csv": b"baru"}
    assert _leftovers(target.parent) == []


@pytest.mark.parametrize("failure", [RuntimeError("export failed"), OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_failure_leaves_previous_outputs_byte_for_byte(tmp_path, failure):
    target = _previous_outputs(tmp_path)
    before = tree_bytes(target)
    with pytest.raises(type(failure)):
        with staged_directory(target) as staging:
            (staging / "segments.csv").write_text("setengah", encoding="utf-8")
            raise failure
    assert tree_bytes(target) == before
    assert _leftovers(target.parent) == []


def test_first_run_that_fails_creates_nothing(tmp_path):
    target = tmp_path / "outputs" / "baru"
    with pytest.raises(ValueError):
        with staged_directory(target) as staging:
            (staging / "x.csv").write_text("x", encoding="utf-8")
            raise ValueError("boom")
    assert not target.exists() and _leftovers(target.parent) == []


def test_a_failing_swap_puts_the_previous_outputs_back(tmp_path, monkeypatch):
    target = _previous_outputs(tmp_path)
    before = tree_bytes(target)
    real_replace = os.replace

    def replace(source, destination):
        if Path(source).name.startswith(".wori.staging-"):
            raise OSError(5, "Input/output error", str(source))
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        with staged_directory(target) as staging:
            (staging / "segments.csv").write_text("baru", encoding="utf-8")
    assert tree_bytes(target) == before
    assert _leftovers(target.parent) == []


def test_outputs_get_normal_permissions_not_private_temp_ones(tmp_path):
    with staged_directory(tmp_path / "out") as staging:
        (staging / "a.csv").write_text("a", encoding="utf-8")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o777 & ~umask


def test_what_a_killed_run_left_is_cleaned_up(tmp_path):
    target = _previous_outputs(tmp_path)
    before = tree_bytes(target)
    os.replace(target, tmp_path / "outputs" / ".wori.previous")  # killed between the two renames
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / "outputs" / f".wori.staging-{dead.stdout.strip()}-abc"
    stale.mkdir()
    alive = tmp_path / "outputs" / f".wori.staging-{os.getppid()}-def"
    alive.mkdir()
    with pytest.raises(RuntimeError):
        with staged_directory(target):
            raise RuntimeError("and this run fails too")
    assert tree_bytes(target) == before
    assert not stale.exists() and alive.exists()


def test_unwritable_output_locations_fail_before_any_work(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError) as caught:
        ensure_writable(blocker)
    assert caught.value.filename == str(blocker)
    with pytest.raises(NotADirectoryError) as caught:
        ensure_writable(blocker / "sub" / "out")
    assert caught.value.filename == str(blocker)
    assert "cannot be made" in caught.value.strerror


def test_an_unwritable_output_folder_is_named_as_the_user_gave_it(tmp_path, monkeypatch, capsys):
    """Not the internal `.out.staging-...` folder the failure came from, and with what to do."""
    import tempfile

    from pipeline import cli

    def read_only(prefix, dir):
        raise OSError(errno.EROFS, "Read-only file system", str(Path(dir) / f"{prefix}xyz"))

    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    out = tmp_path / "shared" / "out"
    with pytest.raises(OSError) as caught:
        ensure_writable(out)
    assert caught.value.filename == str(out)
    assert "Read-only file system" in caught.value.strerror and "--out" in caught.value.strerror
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    assert cli.main(["analyze", str(batch), "--out", str(out), "--quiet"]) == 1
    error = capsys.readouterr().err
    assert f"error: {out}: cannot write the output folder" in error and "staging" not in error


def test_a_mount_point_as_output_folder_is_refused_before_any_work(tmp_path, monkeypatch):
    """A mount cannot be renamed away ("Device or resource busy" at the very end, before)."""
    target = _previous_outputs(tmp_path)
    before = tree_bytes(target)
    real_ismount = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path) == target or real_ismount(path))
    with pytest.raises(OSError) as caught:
        ensure_writable(target)
    assert caught.value.filename == str(target) and caught.value.errno == errno.EBUSY
    assert "mount point" in caught.value.strerror and f"--out {target / 'wori'}" in caught.value.strerror
    monkeypatch.setattr(os.path, "ismount", real_ismount)
    real_replace = os.replace

    def busy(source, destination):
        if Path(source) == target:
            raise OSError(errno.EBUSY, "Device or resource busy", str(source), None, str(destination))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(OSError) as caught:
        with staged_directory(target) as staging:
            (staging / "run.json").write_text("{}", encoding="utf-8")
    assert caught.value.filename == str(target) and "--out" in caught.value.strerror
    assert tree_bytes(target) == before and _leftovers(target.parent) == []


def test_a_folder_that_is_not_a_runs_outputs_is_never_replaced(tmp_path):
    """A run replaces its whole output folder: --out naming the batch (or a folder above it)
    would delete the transcripts and the graders' reviews."""
    batch = write_batch(tmp_path / "project", {"A1.md": GOOD_TRANSCRIPT})
    (batch / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n", encoding="utf-8")
    before = tree_bytes(tmp_path / "project")
    for out in (batch, tmp_path / "project"):
        with pytest.raises(FileExistsError) as caught:
            ensure_writable(out)
        assert caught.value.filename == str(out) and "run.json" in caught.value.strerror
    assert tree_bytes(tmp_path / "project") == before
    empty = tmp_path / "empty"
    (empty / ".ipynb_checkpoints").mkdir(parents=True)
    ensure_writable(empty)  # an empty folder (desktop litter aside) is fine
    (empty / ".git").mkdir()
    with pytest.raises(FileExistsError):
        ensure_writable(empty)  # hidden is not disposable


@needs_pipeline
def test_analyze_into_the_batch_folder_is_refused_and_deletes_nothing(tmp_path):
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    before = tree_bytes(batch)
    result = run_cli("analyze", str(batch), "--codebook", str(codebook), "--out", str(batch))
    assert result.returncode != 0
    assert "no run.json" in result.stderr and "Traceback" not in result.stderr
    assert tree_bytes(batch) == before


@needs_pipeline
def test_a_run_from_inside_its_outputs_folder_succeeds_and_says_where_the_new_outputs_are(tmp_path):
    """The run swaps in a new outputs folder: a shell inside the old one is left in a deleted folder.
    The run still succeeds (its summary needs no current folder) and says to cd back."""
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    command = ("analyze", str(batch), "--codebook", str(codebook), "--out", str(out), "--workers", "1")
    assert run_cli(*command).returncode == 0
    again = run_cli(*command, cwd=out)
    assert again.returncode == 0, again.stderr
    assert "error" not in again.stderr and f"outputs in {out}/" in again.stdout
    assert f"cd {out.resolve()} to see them" in again.stderr
    assert (out / "run.json").exists()


# -- reviews.csv: atomic write with a backup ---------------------------------------------------------

def _review(segment_id: str, decision: str = "accept") -> dict[str, str]:
    return {"segment_id": segment_id, "code": "C1", "decision": decision, "reviewer": "rk",
            "timestamp": "2024-05-01T09:30:00+00:00", "note": ""}


def test_reviews_are_written_atomically_with_a_backup(tmp_path, monkeypatch):
    from pipeline.review import store

    store.write_reviews(tmp_path, pd.DataFrame([_review("A1-1")]))
    first = (tmp_path / "reviews.csv").read_bytes()
    store.write_reviews(tmp_path, pd.DataFrame([_review("A1-1"), _review("A1-2", "reject")]))
    second = (tmp_path / "reviews.csv").read_bytes()
    assert (tmp_path / "reviews.csv.bak").read_bytes() == first
    assert store.read_reviews(tmp_path)["segment_id"].tolist() == ["A1-1", "A1-2"]

    real_replace = os.replace

    def crash_on_reviews(source, destination):
        if Path(destination).name == "reviews.csv":
            raise OSError(28, "No space left on device")
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", crash_on_reviews)
    with pytest.raises(OSError):
        store.write_reviews(tmp_path, pd.DataFrame([_review("A1-3")]))
    assert (tmp_path / "reviews.csv").read_bytes() == second
    assert sorted(path.name for path in tmp_path.iterdir()) == ["reviews.csv", "reviews.csv.bak"]


# -- end to end ----------------------------------------------------------------------------------------

def _good_run(tmp_path: Path) -> tuple[Path, Path, Path]:
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT,
                                   "A2.md": GOOD_TRANSCRIPT.replace("A1", "A2").replace("malas", "tidak punya")})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "outputs" / "batch"
    result = run_cli("analyze", batch, "--codebook", codebook, "--out", out, "--quiet")
    assert result.returncode == 0, result.stderr
    assert (out / "segments.csv").exists() and (out / "run.json").exists()
    return batch, codebook, out


@needs_pipeline
def test_a_failed_run_leaves_earlier_outputs_intact(tmp_path, monkeypatch):
    batch, codebook, out = _good_run(tmp_path)
    before = tree_bytes(out)

    # 1. the input went bad after the good run
    (batch / "A2.md").write_bytes(b"\x00\x01 corrupted \x00")
    result = run_cli("analyze", batch, "--codebook", codebook, "--out", out, "--quiet")
    assert result.returncode == 2 and "A2.md" in result.stderr and "Traceback" not in result.stderr
    assert tree_bytes(out) == before
    assert _leftovers(out.parent) == []

    # 2. an export fails half-way, after other files were written to the staging folder
    (batch / "A2.md").write_text(GOOD_TRANSCRIPT.replace("A1", "A2"), encoding="utf-8")
    import pipeline.export.formats as formats
    from pipeline.run import analyze

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(formats, "write_qdpx", disk_full)
    with pytest.raises(OSError):
        analyze(batch, codebook_path=codebook, out_dir=out, progress=False)
    assert tree_bytes(out) == before
    assert _leftovers(out.parent) == []
