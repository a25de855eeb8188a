"""The engineered Wori codebook on document wordings its development documents do not hold:
a code stated as a family of words or a window, not as one dev sentence's phrase. Sentences
written for these tests (a plan's, a report's and a news story's register)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from tests.helpers import codes_of_paragraph

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")


@pytest.mark.parametrize("paragraph, code", [
    # escorting to hospital, in a verb the escort words did not list
    ("Tenaga kesehatan desa mengawal pasien balita sampai ke rumah sakit provinsi.", "bantuan_rujukan"),
    ("Setiap balita yang dirujuk dikawal kader sampai ke RSUD.", "bantuan_rujukan"),
    # thinking registration not needed, however the thought is worded
    ("Orang tua merasa anaknya sehat sehingga tidak perlu buru-buru mendaftar JKN.", "malas_mengurus"),
    ("Sebagian warga menganggap kartu JKN tidak penting selama belum ada yang sakit.", "malas_mengurus"),
    # invited, and still unwilling
    ("Masih ada keluarga yang tidak mau datang ke kantor desa walaupun sudah dipanggil.", "malas_mengurus"),
    # a government asked to appeal to families: a recommended measure counts (counts: any)
    ("Kepala puskesmas meminta pemerintah desa aktif mengajak warga mendaftar JKN melalui ibadah minggu.",
     "sosialisasi_pemerintah"),
    # information spread about the insurance, the verb in any of its forms
    ("Menurut Camat, informasi soal JKN gratis bagi warga miskin sudah disebarkan melalui kepala lingkungan.",
     "sosialisasi_pemerintah"),
    # forms rarely brought back: "jarang" with the other words of never
    ("Berkas yang dibagikan kader jarang dikembalikan oleh keluarga.", "malas_mengurus"),
    # an appeal to families: a verb of asking next to whom it asks, about the insurance
    ("Bupati meminta para ibu balita segera mendaftarkan anaknya menjadi peserta JKN.", "sosialisasi_pemerintah"),
    ("Hukum tua menghimbau kepala keluarga agar mendaftarkan anggota keluarganya sebagai peserta JKN.",
     "sosialisasi_pemerintah"),
    # the appointment made for the family, the verb in its other forms
    ("Perawat puskesmas membuatkan janji dengan dokter anak di RSUD bagi balita yang dirujuk.", "bantuan_rujukan"),
    # a form kept without being filled in
    ("Beberapa keluarga membiarkan formulir kepesertaan JKN tergeletak di rumah tanpa diisi.", "malas_mengurus"),
])
def test_a_new_wording_of_the_code_is_found(paragraph, code):
    assert code in codes_of_paragraph(WORI, paragraph)


@pytest.mark.parametrize("paragraph", [
    "Rombongan bupati dikawal polisi saat meninjau posyandu.",
    "Kader menganggap jadwal posyandu tidak perlu diubah.",
    "Dinas Kesehatan meminta pemerintah desa menambah anggaran PBI tahun depan.",
    "Informasi jadwal posyandu disebarkan lewat grup WhatsApp dusun.",
    "Rumah sakit meminta kartu JKN yang aktif sebelum keluarga bisa dilayani.",
    "Pemerintah desa mengimbau warga agar menjaga kebersihan lingkungan.",
    "Bidan mengatur jadwal posyandu bulan depan.",
])
def test_the_same_words_about_something_else_are_not(paragraph):
    assert codes_of_paragraph(WORI, paragraph) == set()
