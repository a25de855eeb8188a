"""Builders for the ingest, bad-input, privacy and atomic-output tests (no tests here).

Every odd input is made in code (or read from tests/data/ingest and tests/data/bad) so each
test states exactly which bytes it feeds the pipeline.
"""

from __future__ import annotations

import importlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

MINIMAL_CODEBOOK = """\
name: Tes
version: "1"
themes:
  - id: T1
    label: Pemanfaatan BPJS
    categories:
      - id: K1
        label: Kepemilikan BPJS rendah
        codes:
          - id: C1
            label: Malas untuk mengurus pendaftaran
            definition: Informan atau warga malas mengurus pendaftaran BPJS.
            keywords: [malas, malas mengurus]
          - id: C2
            label: Tidak memiliki kartu keluarga
            definition: Tidak punya KK sehingga tidak bisa mendaftar.
            keywords: [kartu keluarga, KK]
"""

GOOD_TRANSCRIPT = """\
---
informant: A1
role: Kepala Puskesmas
language: xmm
---

P: Apa kendala kepemilikan BPJS?

A1: Dorang malas mo urus KK. Banyak yang belum menikah.

P: Bagaimana puskesmas membantu?

A1: Kami turun ke posyandu bantu pendaftaran.
"""


def write_batch(root: Path, files: dict[str, str | bytes], name: str = "batch") -> Path:
    """A batch folder under `root` holding `files` (str is written as UTF-8, bytes as is)."""
    batch = root / name
    batch.mkdir(parents=True, exist_ok=True)
    for file_name, content in files.items():
        path = batch / file_name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return batch


def docx_bytes(paragraphs: list[str] = (), table: list[list[str]] | None = None, body_xml: str | None = None) -> bytes:
    """A real .docx made with python-docx; `body_xml` is spliced into the body before sectPr."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    if body_xml:
        body = document.element.body
        namespaces = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
        wrapper = parse_xml(f"<w:body {namespaces}>{body_xml}</w:body>")
        for element in list(wrapper):
            body.insert(len(body) - 1, element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# The analyze job imports some stages lazily; all of them must exist for an end-to-end test.
PIPELINE_MODULES = ("pipeline.run", "pipeline.coding.suggest", "pipeline.export.writer", "pipeline.aggregate.build",
                    "pipeline.privacy")


def pipeline_runs() -> str | None:
    """None when the whole analyze job can run, else why not (modules still being written)."""
    for module in PIPELINE_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as error:
            return f"the full pipeline does not import yet: {error}"
    return None


needs_pipeline = pytest.mark.skipif(pipeline_runs() is not None, reason=str(pipeline_runs()))


def run_cli(*args: str | Path, cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """`python -m pipeline ...` as a user runs it, in a separate process."""
    environment = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=timeout, env=environment)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path: for byte-for-byte comparisons."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}
