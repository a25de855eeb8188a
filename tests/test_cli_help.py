"""SPEC: `python -m pipeline --help` and each subcommand's `--help` explain themselves."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

EXPECTED = {
    "": ["analyze", "agreement", "gloss", "import-codebook", "import-codings"],
    "analyze": ["BATCH_DIR", "--codebook", "--out", "--no-redact", "--workers", "--executor",
                "a folder of transcripts", "(default) or English", ".cache folder beside the output"],
    "agreement": ["CODINGS_A", "CODINGS_B", "--segments", "--out"],
    "gloss": ["text", "--prior"],
    "gloss suggest-lexicon": ["usage: python -m pipeline gloss suggest-lexicon", "with translations.csv",
                              "Never edits"],
    "codebook suggest": ["BATCH_DIR", "--codebook", "--out", "reviews.csv"],
    "import-codebook": ["FILE.qdc", "--out", "--concepts-from", "Convert a REFI-QDA codebook", "QualCoder"],
    "import-codings": ["BATCH_DIR", "FILE", "--grader", "--partial", "--out", "document,quote,code", "rejects",
                       "adds nothing"],
}


@pytest.mark.parametrize("command", list(EXPECTED))
def test_help_names_every_argument(command):
    argv = [sys.executable, "-m", "pipeline", *command.split(), "--help"]
    result = subprocess.run(argv, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    for word in EXPECTED[command]:
        assert word in result.stdout



def test_evaluation_help_explains_the_gold_format():
    result = subprocess.run([sys.executable, "-m", "evaluation", "--help"], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    for words in ("BATCH_DIR", "_gold.csv", "document,quote,code", "exactly one informant turn"):
        assert words in result.stdout

def test_gloss_command_prints_three_aligned_lines():
    result = subprocess.run([sys.executable, "-m", "pipeline", "gloss", "Torang so rujuk pa dorang."],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    original, gloss, translation = result.stdout.strip().splitlines()[:3]
    assert original.split()[:2] == ["Torang", "so"]
    assert gloss.index(gloss.split()[1]) == original.index("so")  # word 2 starts in the same column
    assert translation.startswith("'Kami sudah rujuk")


def test_the_qualpipe_command_is_installed_and_in_the_readme():
    """pyproject.toml installs `qualpipe`; a user can only use it if the README says so."""
    from pathlib import Path

    tomllib = pytest.importorskip("tomllib")

    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in scripts:
        assert f"`{name} " in readme or f"`{name}`" in readme, f"the README does not mention {name}"
        command = Path(sys.executable).with_name(name)
        result = subprocess.run([command, "analyze", "--help"], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0 and "BATCH_DIR" in result.stdout, result.stderr


def test_analyze_help_names_every_kind_of_transcript_a_batch_reads():
    from pipeline.ingest.batch_files import TRANSCRIPT_SUFFIXES
    from pipeline.ingest.tiers import SHOWN_SUFFIXES   # ".TextGrid", as Praat writes it

    argv = [sys.executable, "-m", "pipeline", "analyze", "--help"]
    shown = " ".join(subprocess.run(argv, capture_output=True, text=True, cwd=REPO, timeout=120).stdout.split())
    assert all(SHOWN_SUFFIXES.get(suffix, suffix) in shown for suffix in (*TRANSCRIPT_SUFFIXES, ".otr", ".html"))
