"""The equivalence harness refuses, before its minutes of runs, a baseline that cannot stand for
main: one an older harness wrote without the commit it was recorded at (evaluation/baseline_main.json,
recorded at fd453d4, was one, stale since main's next coding change), or one recorded before the
revision compared against changed what the outputs depend on."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from evaluation import equivalence

if shutil.which("git") is None or not (equivalence.REPO / ".git").exists():
    pytest.skip("needs the git checkout", allow_module_level=True)


def _git(*arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=equivalence.REPO, capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture
def no_runs(monkeypatch):
    def refuse():
        raise AssertionError("a stale baseline must be refused before any run")
    monkeypatch.setattr(equivalence, "all_hashes", refuse)


def test_a_baseline_without_its_commit_is_refused_with_what_to_do(tmp_path, capsys, no_runs):
    file = tmp_path / "baseline_main.json"
    file.write_text(json.dumps({"transcripts/wori": {"codings.csv": "0" * 64}}), encoding="utf-8")
    assert equivalence.main(["compare", str(file), "--against", "HEAD"]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"{file}: names no commit it was recorded at") and "equivalence record" in said


def test_a_baseline_recorded_before_the_pipeline_changed_is_stale(tmp_path, capsys, no_runs):
    first = _git("rev-parse", _git("rev-list", "-n", "1", "HEAD", "--", "pipeline") + "^")   # before main's last change
    file = tmp_path / "old.json"
    file.write_text(json.dumps({"recorded_at": first, "runs": {}}), encoding="utf-8")
    assert equivalence.main(["compare", str(file), "--against", "HEAD"]) == 2
    said = capsys.readouterr().err
    assert f"stale: recorded at {first[:7]}, and HEAD" in said and "pipeline/" in said and "equivalence record" in said
    current = {"recorded_at": _git("rev-parse", "HEAD"), "runs": {}}
    assert equivalence.stale_reason(current, file, "HEAD") is None
