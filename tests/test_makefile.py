"""`make analyze` passes BATCH and OUT to the pipeline as one argument each, spaces and all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def analyze_arguments(*assignments: str) -> list[str]:
    """The arguments `make analyze` would give `python -m pipeline`, as the shell splits and expands them."""
    shown = subprocess.run(["make", "-n", "-C", str(ROOT), "analyze", *assignments], capture_output=True,
                           text=True, check=True).stdout
    [line] = [line for line in shown.splitlines() if "-m pipeline analyze" in line]
    arguments = line.split(" -m pipeline ", 1)[1]
    printed = subprocess.run(["sh", "-c", f"for word in {arguments}; do printf '%s\\0' \"$word\"; done"],
                             capture_output=True, text=True, check=True).stdout
    return printed.rstrip("\0").split("\0")


def test_a_batch_folder_with_spaces_is_one_argument_and_names_the_outputs():
    words = analyze_arguments("BATCH=/tmp/field work/m6 Sangihe batch")
    assert words[:2] == ["analyze", "/tmp/field work/m6 Sangihe batch"]
    assert words[words.index("--out") + 1] == "outputs/m6 Sangihe batch"


def test_an_output_folder_with_spaces_is_one_argument():
    words = analyze_arguments("BATCH=transcripts/wori/", "OUT=/tmp/hasil analisis")
    assert words[words.index("--out") + 1] == "/tmp/hasil analisis"
    assert words[1] == "transcripts/wori/"
