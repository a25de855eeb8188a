"""SPEC: `python -m pipeline --help` and each subcommand's `--help` explain themselves."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

EXPECTED = {
    "": ["analyze", "agreement", "gloss", "import-codebook"],
    "analyze": ["BATCH_DIR", "--codebook", "--out", "--no-redact", "--workers", "--executor"],
    "agreement": ["CODINGS_A", "CODINGS_B", "--segments", "--out"],
    "gloss": ["text", "--prior"],
    "import-codebook": ["FILE.qdc", "--out"],
}


@pytest.mark.parametrize("command", list(EXPECTED))
def test_help_names_every_argument(command):
    argv = [sys.executable, "-m", "pipeline", *([command] if command else []), "--help"]
    result = subprocess.run(argv, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    for word in EXPECTED[command]:
        assert word in result.stdout


def test_gloss_command_prints_three_aligned_lines():
    result = subprocess.run([sys.executable, "-m", "pipeline", "gloss", "Torang so rujuk pa dorang."],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    original, gloss, translation = result.stdout.strip().splitlines()[:3]
    assert original.split()[:2] == ["Torang", "so"]
    assert gloss.index(gloss.split()[1]) == original.index("so")  # word 2 starts in the same column
    assert translation.startswith("'Kami sudah rujuk")
