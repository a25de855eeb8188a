"""A plain-text document's single line breaks: paragraph ends or wraps (pipeline/ingest/line_layout.py)."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import read_batch
from pipeline.ingest.line_layout import text_layout

FRONT = "---\ninformant: R1\nrole: Berita\ntype: document\n---\n"

# a news page pasted from a browser: one paragraph per line, no blank lines
ONE_PER_LINE = FRONT + """Warga Pesisir Antre Kartu Berobat di Balai Desa
BITUNG - Puluhan warga pesisir mengantre di balai desa untuk mendaftar sebagai peserta jaminan kesehatan.
"Kami datang sejak pagi karena petugas hanya melayani sampai siang," kata seorang nelayan.
Kepala desa menyebut pemerintah desa menyiapkan formulir dan menyalin dokumen warga secara gratis.
Editor: Maria Lumenta
"""

# a plan exported from PDF: paragraphs broken across lines of about 70 characters, no blank lines
WRAPPED = FRONT + """RENCANA KEGIATAN LAYANAN KESEHATAN KELURAHAN
Petugas kelurahan akan mendatangi rumah warga lanjut usia yang belum
memiliki kartu berobat, lalu membantu mengisi formulir dan mengantar
berkasnya ke kantor cabang setiap hari Kamis.
Kegiatan kedua adalah penyuluhan di rumah ibadah tentang cara memakai
kartu ketika dirujuk ke rumah sakit.
Langkah yang direncanakan:
- Menyusun jadwal kunjungan rumah bersama ketua lingkungan dan
  tenaga kesehatan puskesmas.
- Menyediakan kendaraan kelurahan untuk warga yang dirujuk.
"""

# blank lines between paragraphs: a block's lines are the author's (a list under its heading)
BLANK_LINES = FRONT + """Kegiatan yang disepakati:
- Kader mendata warga yang belum punya kartu.
- Kelurahan menyediakan kendaraan.

Rapat ditutup pukul dua belas.
"""


def segment_texts(folder: Path, name: str, text: str) -> tuple[list[str], list[str]]:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    batch = read_batch(folder)
    return [" ".join(t.split()) for t in batch.segments["text"]], batch.warnings


def test_one_paragraph_per_line_is_one_segment_per_line(tmp_path):
    texts, _ = segment_texts(tmp_path / "b", "R1.txt", ONE_PER_LINE)
    assert texts[0] == "Warga Pesisir Antre Kartu Berobat di Balai Desa"
    assert texts[2].startswith('"Kami datang sejak pagi')
    assert texts[-1] == "Editor: Maria Lumenta"
    assert len(texts) == 5


def test_hard_wrapped_lines_are_joined_into_their_paragraphs(tmp_path):
    texts, _ = segment_texts(tmp_path / "b", "R1.txt", WRAPPED)
    assert texts == [
        "RENCANA KEGIATAN LAYANAN KESEHATAN KELURAHAN",
        "Petugas kelurahan akan mendatangi rumah warga lanjut usia yang belum memiliki kartu berobat, "
        "lalu membantu mengisi formulir dan mengantar berkasnya ke kantor cabang setiap hari Kamis.",
        "Kegiatan kedua adalah penyuluhan di rumah ibadah tentang cara memakai kartu ketika dirujuk ke rumah sakit.",
        "Langkah yang direncanakan:",
        "- Menyusun jadwal kunjungan rumah bersama ketua lingkungan dan tenaga kesehatan puskesmas.",
        "- Menyediakan kendaraan kelurahan untuk warga yang dirujuk.",
    ]


def test_blank_line_paragraphs_keep_their_blocks(tmp_path):
    texts, warnings = segment_texts(tmp_path / "b", "R1.txt", BLANK_LINES)
    assert texts == ["Kegiatan yang disepakati: - Kader mendata warga yang belum punya kartu. "
                     "- Kelurahan menyediakan kendaraan.", "Rapat ditutup pukul dua belas."]
    assert warnings == []


def test_markdown_keeps_its_single_line_breaks_as_soft_wraps(tmp_path):
    texts, _ = segment_texts(tmp_path / "b", "R1.md", ONE_PER_LINE)
    assert len(texts) == 1


def test_a_full_line_ending_a_sentence_in_wrapped_text_goes_on_and_is_named_in_a_warning(tmp_path):
    doubtful = FRONT + """Tim kelurahan mendata warga lanjut usia yang belum punya kartu berobat
di setiap lingkungan sebelum akhir bulan, dibantu oleh ketua rukun warga.
Formulir yang sudah diisi dikumpulkan di kantor kelurahan setiap Jumat
pagi untuk diteruskan ke dinas sosial kabupaten.
"""
    texts, warnings = segment_texts(tmp_path / "b", "R1.txt", doubtful)
    assert len(texts) == 1
    assert any("R1.txt" in warning and "line 7" in warning and "hard-wrapped" in warning for warning in warnings)


def test_a_short_line_ending_a_sentence_ends_its_paragraph_in_wrapped_text():
    text = ("Kepala puskesmas menjelaskan rencana tahun depan kepada para kader di\n"
            "aula kelurahan. \"Kami akan datang ke setiap rumah yang belum terdaftar,\n"
            "membawa formulir dan petugas,\" katanya.\n"
            "Rapat itu juga membahas jadwal posyandu bulan depan di tiga lingkungan\n"
            "pesisir yang jauh dari puskesmas.\n")
    layout = text_layout(text, 0)
    assert layout.wrapped
    assert [text[p.start:p.end].count("\n") for p in layout.paragraphs] == [2, 1]


def test_a_linked_headline_at_the_full_width_ends_its_line():
    text = ("Dinas sosial kabupaten mencatat masih banyak keluarga nelayan yang belum\n"
            "terdaftar sebagai peserta jaminan kesehatan pada awal tahun ini di pesisir.\n"
            "Baca Juga: Harga Ikan Cakalang di Pasar Kota Turun Tajam Menjelang Musim Barat\n"
            "Petugas desa kemudian mendatangi rumah warga untuk mengumpulkan salinan kartu\n"
            "keluarga dan akta kelahiran anak.\n")
    layout = text_layout(text, 0)
    assert [text[p.start:p.end].split()[0] for p in layout.paragraphs] == ["Dinas", "Baca", "Petugas"]


def test_a_tag_line_under_a_headline_is_a_line_of_its_own():
    text = ("Kelurahan Buka Loket Pendaftaran Jaminan Kesehatan\n"
            "id jaminan kesehatan, kartu berobat, kelurahan pesisir\n"
            "Petugas kelurahan membuka loket pendaftaran di balai pertemuan setiap Senin.\n"
            "Warga cukup membawa kartu keluarga dan kartu tanda penduduk.\n")
    layout = text_layout(text, 0)
    assert [text[p.start:p.end].split()[0] for p in layout.paragraphs] == ["Kelurahan", "id", "Petugas", "Warga"]


def test_a_name_initial_after_a_comma_goes_on_with_its_sentence():
    # invented: a wrapped report whose sentence breaks before a name's initial
    text = ("Pelatihan kader untuk pemantauan jentik nyamuk dilaksanakan selama dua hari di\n"
            "balai desa dan dibuka secara resmi oleh sekretaris dinas kesehatan kabupaten,\n"
            "R. Mamahit, yang meminta setiap kader memeriksa dua puluh rumah setiap minggu\n"
            "dan mencatat hasilnya pada kartu jentik yang dibagikan oleh petugas puskesmas.\n"
            "Kegiatan ini akan diulang pada bulan Maret untuk kader dari enam desa lainnya.\n")
    paragraphs = [" ".join(text[raw.start:raw.end].split()) for raw in text_layout(text, 0).paragraphs]
    assert any("kabupaten, R. Mamahit, yang meminta" in paragraph for paragraph in paragraphs)
