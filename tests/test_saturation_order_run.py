"""A batch whose files carry no date: saturation orders the interviews by file name, and the run
says so once in its warnings, and the report's figure caption and the COREQ checklist say so too."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

import pipeline.run as run  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def test_an_undated_batch_is_said_to_be_ordered_by_file_name(tmp_path: Path) -> None:
    batch = tmp_path / "wori"
    shutil.copytree(REPO / "transcripts" / "wori", batch, ignore=shutil.ignore_patterns("reviews*.csv*"))
    assert not any("date:" in path.read_text(encoding="utf-8") for path in batch.glob("*.md"))
    result = run.analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=tmp_path / "out",
                         workers=1, progress=False)
    said = [warning for warning in result.warnings if "ordered by file name" in warning]
    assert len(said) == 1 and "no file has a date" in said[0]
    report = docx.Document(result.out_dir / "wori_report.docx")
    captions = [paragraph.text for paragraph in report.paragraphs if "Saturasi kode" in paragraph.text]
    assert any("(diurutkan menurut nama file: tidak ada file yang bertanggal)" in text for text in captions)
    assert "Diurutkan menurut nama file: tidak ada file yang bertanggal." in (result.out_dir / "coreq.md").read_text(encoding="utf-8")


def test_a_batch_of_documents_alone_is_named_documents_in_the_date_warning(tmp_path: Path) -> None:
    # round 18's user view: a news article and a plan, no interview, were called "the 2 interviews"
    batch = tmp_path / "berita"
    batch.mkdir()
    for name, text in (("berita_D1.txt", "Pemerintah desa mengadakan sosialisasi BPJS di balai desa.\n"),
                       ("rencana_D2.txt", "Puskesmas mendampingi pendaftaran JKN keluarga miskin.\n")):
        (batch / name).write_text("---\ntype: document\n---\n" + text, encoding="utf-8")
    result = run.analyze(batch, codebook_path=REPO / "codebooks" / "wori.yaml", out_dir=tmp_path / "out",
                         workers=1, progress=False)
    said = [warning for warning in result.warnings if warning.startswith("saturation:")]
    assert len(said) == 1 and said[0].startswith("saturation: the 2 documents are ordered by file name")
    assert "each document's date" in said[0] and said[0].endswith("to order them by date")
