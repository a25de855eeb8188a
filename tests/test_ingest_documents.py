"""A file is a document or an interview by more than one `Label:` line (pipeline/ingest/documents.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch

NEWS = """---
informant: N1
role: Berita media daring
---

Cakupan Imunisasi di Kecamatan Belum Capai Target

TONDANO - Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen.

Baca Juga : Bupati Resmikan Jalan Baru di Desa Sebelah

Kepala bidang menyebut sebagian orang tua menunda imunisasi.

Baca Juga : Harga Cengkih Naik, Petani Mulai Panen

Dinkes juga meminta kader mendatangi rumah balita sebelum hari posyandu.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_news_article_with_baca_juga_lines_is_a_document(tmp_path):
    batch = read_batch(write(tmp_path / "b", "N1.md", NEWS))
    assert batch.documents["N1.md"].kind == "document"
    segments = batch.segments
    assert set(segments["speaker_role"]) == {"informant"}
    assert "Baca Juga" not in set(segments["speaker"])
    assert len(segments) == 6                       # every paragraph, the links included, none merged
    assert segments["text"].str.startswith("Kepala bidang").any()


def test_front_matter_says_which(tmp_path):
    interview = ("---\ninformant: A1\ntype: interview\n---\nP: Ibu sudah punya kartu berobat?\n"
                 "Ibu Ani: Saya sudah daftar.\nIbu Ani: Sudah lama.\n")
    document = "---\ninformant: R1\ntype: document\n---\nP: Program kerja.\n\nI: Sasaran kegiatan.\n"
    batch = read_batch(write(write(tmp_path / "b", "A1.md", interview), "R1.md", document))
    assert batch.documents["A1.md"].kind == "interview"   # without its P: turn, quotations (test_coding_quotations)
    assert batch.documents["R1.md"].kind == "document"
    assert list(batch.segments.loc[batch.segments["document"] == "R1.md", "speaker_role"]) == ["informant"] * 2
    assert "type" not in batch.informants.columns   # a reading instruction, not an attribute


def test_a_lone_label_without_an_interviewer_is_read_as_a_document_with_a_warning(tmp_path):
    plan = "Rencana kerja posyandu\n\nSasaran: balita di tiga jaga.\n\nKegiatan pertama.\n\nSasaran: ibu hamil.\n"
    batch = read_batch(write(tmp_path / "b", "R2.md", plan))
    assert batch.documents["R2.md"].kind == "document"
    assert any("R2.md:3" in warning and "type: interview" in warning for warning in batch.warnings)


def test_an_unknown_type_is_reported_with_its_line(tmp_path):
    with pytest.raises(InputError, match=r"X\.md:3.*type must be 'document', 'interview' or 'quotations'"):
        read_batch(write(tmp_path / "b", "X.md", "---\ninformant: X1\ntype: memo\n---\nP: tanya\n"))


def test_an_empty_type_means_not_declared(tmp_path):
    batch = read_batch(write(tmp_path / "b", "X.md", "---\ninformant: X1\ntype:\n---\nP: tanya\n\nX1: jawab\n"))
    assert batch.documents["X.md"].kind == "interview"


def test_a_link_lists_headlines_and_time_stamps_after_its_label_are_furniture():
    """"Berita Terkait" alone on a line heads a list of other articles, each a headline and
    often its time stamp: all of them are the page's furniture, until the article's prose."""
    from pipeline.ingest.documents import furniture_flags

    paragraphs = ["Kepala dinas meninjau posyandu di tiga desa pada Senin.", "Berita Terkait",
                  "Kader Kampung Bantu Warga Urus Kartu Berobat", "12 Februari 2024 09:41",
                  "Pemkab Tambah Kuota Peserta Bantuan Iuran", "Selasa, 3/9/2024 | 15:20 WIB",
                  "Warga diminta membawa fotokopi KTP ke balai desa."]
    assert furniture_flags(paragraphs, ["b.md"] * len(paragraphs)) == [False, True, True, True, True, True, False]
    # the same headline in another file, or with no label before it, is the article's own
    assert furniture_flags(paragraphs[2:3], ["c.md"]) == [False]


def test_a_quoted_headline_in_a_link_list_does_not_end_it():
    """A headline quoting someone ends in a closing quote, not a sentence's mark: the list goes on."""
    from pipeline.ingest.documents import furniture_flags

    paragraphs = ["Berita Terkait", "Sekolah Baru Dibuka di Pesisir", 'Camat: "Jalan ke Puskesmas Diperbaiki Tahun Ini"',
                  "Dokter Gigi Datang Sebulan Sekali",
                  "Orang tua murid menyambut gedung yang baru itu dengan gembira."]
    assert furniture_flags(paragraphs, ["d.md"] * len(paragraphs)) == [True, True, True, True, False]
