"""What the construct table must not take for its construct (pipeline/coding/constructs.py,
data/constructs.tsv): modal and time words, a clock time, things damaged, a root that is
another word. The codebook (children's immunisation on islands) and the sentences are written
for this test."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: imunisasi_pulau
title: Imunisasi anak di desa kepulauan
themes:
  - id: ibu
    label: Ibu dan lingkungannya
    categories:
      - id: semua
        label: Semua
        codes:
          - {id: kerentanan, label: Persepsi kerentanan, definition: Peluang anak tertular., keywords: [rentan]}
          - {id: keparahan, label: Persepsi keparahan, definition: Beratnya akibat penyakit., keywords: [parah]}
          - {id: manfaat, label: Persepsi manfaat, definition: Guna imunisasi., keywords: [manfaat imunisasi]}
          - {id: efikasi, label: Efikasi diri, definition: Yakin mampu membawa anak., keywords: [percaya diri]}
          - {id: isyarat, label: Isyarat untuk bertindak, definition: Pemicu membawa anak., keywords: [pengingat]}
          - {id: sikap, label: Sikap, definition: Penilaian ibu terhadap imunisasi., keywords: [setuju imunisasi]}
          - {id: norma_subjektif, label: Norma subjektif, definition: Harapan orang dekat., keywords: [harapan mertua]}
          - {id: norma_sosial, label: Norma sosial, definition: Yang lazim di masyarakat., keywords: [adat setempat]}
          - {id: beban, label: Beban perawatan, definition: Beban ibu merawat anak., keywords: [beban ibu]}
          - {id: dukungan, label: Dukungan sosial, definition: Bantuan orang sekitar., keywords: [dukungan tetangga]}
          - {id: regulasi, label: Regulasi, definition: Aturan tentang imunisasi., keywords: [syarat imunisasi]}
          - {id: pemungkin, label: Faktor pemungkin, definition: Sumber daya untuk datang., keywords: [ongkos perahu]}
          - {id: stigma, label: Stigma, definition: Dijauhi karena penyakit., keywords: [dikucilkan]}
          - {id: akses, label: Akses pelayanan kesehatan, definition: Menjangkau layanan., keywords: [jangkauan]}
          - {id: teman, label: Pengaruh teman sebaya, definition: Ajakan teman., keywords: [tekanan kelompok]}
          - {id: air, label: Akses layanan air bersih, definition: Air bersih di rumah., keywords: [sumur bor]}
""")

NOT_THE_CONSTRUCT = [
    ("kerentanan", "Mungkin nanti sore saya bawa anak ke rumah neneknya."),
    ("kerentanan", "Perubahan jadwal bisa terjadi bila petugas berhalangan."),
    ("keparahan", "Jalan ke dusun dua rusak berat sejak banjir."),
    ("keparahan", "Waktu listrik mati dua hari, kulkas di pustu rusak."),
    ("efikasi", "Hari Kamis saya bisa bawa anak ke pustu."),
    ("isyarat", "Dinas melihat angka kejadian diare naik di dua desa."),
    ("norma_subjektif", "Besok saya mau antar anak ke rumah neneknya."),
    ("norma_subjektif", "Istri mau melahirkan bulan depan di kota."),
    ("norma_sosial", "Untuk mendaftar harus ada KTP dan kartu keluarga."),
    ("norma_sosial", "Dari dulu saya tinggal di pulau ini."),
    ("regulasi", "Iuran kami dibayar pemerintah daerah."),
    ("regulasi", "Biaya operasi pasien miskin ditanggung pemerintah kabupaten."),
    ("beban", "Mulai pukul tujuh anak-anak sudah berkumpul di balai desa."),
    ("dukungan", "Petugas jaga malam di pustu hanya satu orang."),
    ("dukungan", "Sebagian besar warga desa adalah petani."),
    ("dukungan", "Saya masih ingat waktu tetangga pindah ke kota."),
    ("pemungkin", "Waktu itu saya masih tinggal jauh dari kota."),
    ("manfaat", "Mama masak ikan enak, anak-anak makan sehat."),
    ("sikap", "Saya rasa cuaca besok baik untuk berlayar."),
    ("stigma", "Rumah orang tua saya jauh dari jalan raya."),
    ("stigma", "Botol bercap merah itu disimpan orang di lemari."),
    ("akses", "Anak saya sudah minum obat cacing dari sekolah."),
    ("isyarat", "Saya ingat betul hari itu hujan deras."),
    ("air", "Anak demam jadi kami berobat ke puskesmas."),
    ("sikap", "Menurut saya kapal berangkat jam delapan."),
    ("norma_sosial", "Semua orang di pulau ini nelayan."),
    ("teman", "Teman bilang kapal sudah datang."),
]

THE_CONSTRUCT = [
    ("keparahan", "Penyakit itu bisa sampai meninggal, berbahaya sekali."),
    ("efikasi", "Dulu saya ragu, sekarang saya tahu saya bisa bawa dia tiap bulan."),
    ("norma_subjektif", "Kata orang tua saya, anak harus dibawa ke posyandu."),
    ("norma_sosial", "Di kampung ini sudah biasa anak tidak dibawa ke posyandu."),
    ("dukungan", "Waktu melahirkan saya ditemani tetangga sampai pagi."),
    ("dukungan", "Kader yang mengingatkan tetangga kalau ada jadwal."),
    ("stigma", "Sejak sakit kami dijauhi tetangga."),
    ("akses", "Kalau anak sakit kami berobat ke puskesmas."),
    ("teman", "Dulu saya ikut teman saja, takut dibilang penakut."),
]


@pytest.mark.parametrize(("code", "text"), NOT_THE_CONSTRUCT)
def test_a_word_of_another_sense_is_not_the_construct(code, text):
    assert code not in codes_of_paragraph(CODEBOOK, text, interview=True)


@pytest.mark.parametrize(("code", "text"), THE_CONSTRUCT)
def test_the_construct_s_own_words_still_code_it(code, text):
    assert code in codes_of_paragraph(CODEBOOK, text, interview=True)
