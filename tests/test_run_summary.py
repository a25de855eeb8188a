"""What a run tells its user (issue 17): the codebook it used, a warning when no code fits the
batch, the codings awaiting review and what to open next, progress in a real terminal, and
every word in the run's language."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import docx
import pytest

from pipeline.cli import main
from pipeline.outputs import read_csv
from pipeline.wording import _FIGURES, _TABLES, plural_form, quantity
from test_ingest_support import GOOD_TRANSCRIPT, MINIMAL_CODEBOOK, REPO, needs_pipeline, write_batch

pytestmark = needs_pipeline

IMMUNIZATION = """\
---
informant: X1
role: Ibu balita
---
P: Apakah anak sudah diimunisasi?
X1: Sudah, campak dan polio di posyandu bulan lalu.
"""


def _codebook(tmp_path: Path) -> Path:
    path = tmp_path / "tes.yaml"
    path.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    return path


def test_a_batch_no_code_fits_is_warned_about_and_the_codebook_named(tmp_path, capsys):
    """An immunization batch run with a BPJS codebook said only "0 codings counted"."""
    batch = write_batch(tmp_path, {"X1.md": IMMUNIZATION})
    codebook = _codebook(tmp_path)
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(tmp_path / "out"),
                 "--workers", "1"]) == 0
    captured = capsys.readouterr()
    warning = [line for line in captured.err.splitlines() if "no code of the codebook" in line]
    assert len(warning) == 1
    assert "'Tes' version 1" in warning[0] and "--codebook FILE" in warning[0]
    assert str(batch / "batch.yaml") in warning[0]
    assert f"codebook: Tes version 1 ({codebook})" in captured.out
    assert "await review" not in captured.out, "nothing to review"


def test_the_summary_says_what_awaits_review_and_what_to_open(tmp_path, capsys):
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    out = tmp_path / "out"
    assert main(["analyze", str(batch), "--codebook", str(_codebook(tmp_path)), "--out", str(out),
                 "--workers", "1"]) == 0
    captured = capsys.readouterr()
    codings = read_csv(out / "codings.csv")
    assert len(codings) > 0 and "no code of the codebook" not in captured.err
    lines = captured.out.splitlines()
    assert f"{len(codings)} of {quantity(len(codings), 'coding')} {plural_form(len(codings), 'awaits', 'await')} " \
           "review: open notebooks/review.ipynb" in captured.out
    assert f'BATCH_DIR = "{batch.resolve()}", OUTPUT_DIR = "{out.resolve()}"' in captured.out
    assert f"report: {out / 'batch_report.docx'}" in lines


def _english_phrases() -> set[str]:
    """Every table and figure phrase of the English option that Indonesian does not share."""
    phrases = set()
    for table in (_TABLES, _FIGURES):
        shared = set(table["id"].values())
        for text in table["en"].values():
            if text in shared:
                continue
            for piece in text.replace("\n", " ").split("{"):
                piece = piece.split("}")[-1].strip(" .:;,()")
                if len(piece) >= 8:
                    phrases.add(piece)
    return phrases


def test_english_run_has_english_csv_headers_and_the_indonesian_report_no_english(tmp_path, capsys):
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    codebook = _codebook(tmp_path)
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(tmp_path / "en"),
                 "--lang", "en", "--workers", "1", "--quiet"]) == 0
    header = (tmp_path / "en" / "theme_table.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Theme,Category,Code,Quotations,Informants,Informant codes"
    assert main(["analyze", str(batch), "--codebook", str(codebook), "--out", str(tmp_path / "id"),
                 "--workers", "1", "--quiet"]) == 0
    header = (tmp_path / "id" / "theme_table.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Tema,Kategori,Koding,Kutipan,Informan,Kode informan"
    document = docx.Document(str(tmp_path / "id" / "batch_report.docx"))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "saturasi kode: belum tercapai" in text, "one interview cannot saturate"
    leaked = sorted(phrase for phrase in [*_english_phrases(), "not reached"] if phrase in text)
    assert not leaked, leaked


def _in_a_terminal(argv: list[str], timeout: float = 600) -> str:
    """Run `argv` with a 120-column pseudo-terminal as its stdin, stdout and stderr; what it printed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=REPO, env=environment)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:   # the terminal closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.wait(timeout=timeout) == 0, b"".join(chunks).decode("utf-8", "replace")
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_shows_every_stage_in_a_real_terminal_and_nothing_in_a_log(tmp_path):
    batch = write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT})
    argv = [sys.executable, "-m", "pipeline", "analyze", str(batch), "--codebook", str(_codebook(tmp_path)),
            "--workers", "1"]
    shown = _in_a_terminal([*argv, "--out", str(tmp_path / "tty")])
    for stage in ("reading the batch", "glossing and coding", "tables and saturation", "writing the outputs"):
        assert f"analyze: {stage}" in shown, shown
    logged = subprocess.run([*argv, "--out", str(tmp_path / "log")], capture_output=True, text=True, cwd=REPO,
                            env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=600)
    assert logged.returncode == 0 and "analyze:" not in logged.stderr and "stages done" not in logged.stderr
