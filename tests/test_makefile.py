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


def _setup_with_a_stand_in_python(tmp_path: Path, pip_exit: int) -> subprocess.CompletedProcess[str]:
    """`make setup` with a stand-in for python whose pip prints the noise of a machine's pip configuration,
    a warning a user must read and setuptools' caution on editable installs (unless PYTHONWARNINGS hides it)."""
    venv = tmp_path / "venv"
    python = tmp_path / "python"
    python.write_text(
        "#!/bin/sh\n"
        f'if [ "$2" = venv ]; then mkdir -p "$3"; exit 0; fi\n'
        "echo \"WARNING: Location 'file:///srv/mirror/simple/pandas/' is ignored: it is neither a file nor a directory.\" >&2\n"
        "echo 'WARNING: Retrying after connection broken: /simple/pandas/' >&2\n"
        'case "$PYTHONWARNINGS" in *"Editable installation"*) ;; *) echo "BuildBackendWarning: Editable installation." >&2;; esac\n'
        f"exit {pip_exit}\n", encoding="utf-8")
    python.chmod(0o755)
    return subprocess.run(["make", "-C", str(ROOT), "setup", f"PYTHON={python}", f"VENV={venv}", f"PY={python}",
                           f"STAMP={venv}/.installed"], capture_output=True, text=True)


def test_setup_prints_pips_warnings_a_user_must_read_and_not_its_noise(tmp_path: Path):
    """`make setup` printed 170 lines of 'Location ... is ignored' (the machine's pip configuration names an
    index folder without every package; pip installs from the others) and setuptools' editable-install caution."""
    done = _setup_with_a_stand_in_python(tmp_path, pip_exit=0)
    assert done.returncode == 0, done.stderr
    assert "Retrying after connection broken" in done.stderr
    assert "is ignored" not in done.stderr and "Editable installation" not in done.stderr
    assert "is ready" in done.stdout


def test_setup_still_stops_when_pip_fails(tmp_path: Path):
    done = _setup_with_a_stand_in_python(tmp_path, pip_exit=1)
    assert done.returncode != 0 and "is ready" not in done.stdout
