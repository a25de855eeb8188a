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
          - {id: hambatan, label: Persepsi hambatan, definition: Yang menghalangi ibu datang., keywords: [halangan]}
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
    # round 31: the everyday phrases added across topics keep to their construct
    ("isyarat", "Saya lihat di TV ada pertandingan bola tadi malam."),
    ("isyarat", "Kemarin saya dipanggil kepala sekolah soal rapor anak."),
    ("norma_subjektif", "Kata orang, besok kapal dari Manado datang."),
    ("norma_subjektif", "Mereka bilang jalan ke kebun sudah diperbaiki."),
    ("manfaat", "Mereka bilang jalan ke kebun sudah diperbaiki."),
    ("dukungan", "Tetangga datang bawa makanan waktu ada syukuran."),
    ("beban", "Saya harus jaga toko sampai malam."),
    ("beban", "Suami saya tidak bisa kerja kalau hujan deras."),
    ("keparahan", "Dia meninggal karena kecelakaan motor tahun lalu."),
    ("efikasi", "Saya sudah terbiasa tinggal sendiri."),
    ("norma_sosial", "Orang sini biasa pergi melaut subuh."),
    ("hambatan", "Rumah saya jauh dari pasar, jadi jarang belanja."),
    ("stigma", "Rumah kami jauh dari tetangga, tidak mau dekat jalan raya."),
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
    # round 31: the construct said in other topics' everyday words
    ("kerentanan", "Orang yang kurang tidur gampang kena flu, apalagi musim hujan."),
    ("manfaat", "Saya mau anak divaksin supaya kebal dan tidak gampang sakit."),
    ("hambatan", "Mau kontrol tapi ongkos ke kota mahal, rumah kami jauh."),
    ("hambatan", "Saya takut disuntik, jadi tidak pernah periksa darah."),
    ("efikasi", "Saya bisa urus sendiri obat suntik insulin saya."),
    ("isyarat", "Ada pengumuman dari kepala desa, jadi saya bawa anak timbang."),
    ("isyarat", "Ada brosur dari puskesmas, lalu saya lihat juga iklannya di televisi."),
    ("norma_subjektif", "Mertua bilang jangan bawa bayi keluar sebelum empat puluh hari."),
    ("dukungan", "Tetangga sering menjenguk dan membawakan sayur waktu saya sakit."),
    ("beban", "Saya capek merawat bapak sendirian, tidak ada yang gantikan."),
    ("stigma", "Sejak tahu saya sakit, tetangga mulai menghindar."),
    ("akses", "Kami biasa ke pustu kalau anak batuk."),
]


@pytest.mark.parametrize(("code", "text"), NOT_THE_CONSTRUCT)
def test_a_word_of_another_sense_is_not_the_construct(code, text):
    assert code not in codes_of_paragraph(CODEBOOK, text, interview=True)


@pytest.mark.parametrize(("code", "text"), THE_CONSTRUCT)
def test_the_construct_s_own_words_still_code_it(code, text):
    assert code in codes_of_paragraph(CODEBOOK, text, interview=True)
