"""In a document, a code's words as the object of a rate ("Cakupan imunisasi dasar lengkap 71,4
persen") are a statistic: monitoring, which the documents convention does not count. A sentence
that reports or plans the practice itself still counts, figures or not."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook

VISITS = one_code_codebook(
    "kunjungan_nifas", "Kunjungan nifas oleh bidan",
    "A midwife visits the mother at home in the weeks after birth.",
    ["kunjungan nifas", "kunjungan rumah"], name="Kunjungan nifas (test)")


@pytest.mark.parametrize("paragraph, coded", [
    # a rate of the practice
    ("Cakupan kunjungan nifas lengkap di kecamatan ini baru 64,8 persen pada tahun lalu.", False),
    ("Capaian kunjungan rumah oleh bidan desa naik menjadi 81% setelah ada motor dinas.", False),
    # a rate judged without a figure: a headline's or a report's "low", "falling", "below target"
    ("Cakupan kunjungan nifas di kecamatan pesisir masih rendah.", False),
    ("Capaian Kunjungan Nifas di Talaud Belum Capai Target", False),
    ("Angka kunjungan nifas turun setelah bidan desa pindah tugas.", False),
    # a count of the practice reported, or a "jumlah" of it
    ("Sepanjang tahun lalu tercatat 42 kunjungan nifas di wilayah kerja puskesmas itu.", False),
    ("Jumlah kunjungan nifas tahun ini 310 kali, naik dari tahun sebelumnya.", False),
    # counted by a measure word between the figure and the practice
    ("Di kabupaten ini terdapat 18 kelompok kunjungan rumah yang dibina puskesmas.", False),
    ("Selama triwulan itu dilaporkan 9 kali kunjungan nifas di pulau-pulau kecil.", False),
    ("Sebanyak 12 bidan desa melakukan kunjungan rumah setiap minggu sejak Mei.", True),
    # the practice reported or planned
    ("Pada bulan Maret bidan melakukan 37 kunjungan nifas ke rumah ibu yang baru bersalin.", True),
    ("Tahun depan setiap ibu akan mendapat kunjungan rumah dua kali dalam minggu pertama.", True),
    ("Cakupan kunjungan nifas rendah, jadi bidan kini melakukan kunjungan rumah tiap Selasa.", True),
    # a keyword outside the rate, in the next sentence or the same one
    ("Cakupan kunjungan nifas baru 60 persen. Karena itu bidan kini melakukan kunjungan nifas tiap Selasa.", True),
    ("Cakupan kunjungan nifas baru 60 persen, jadi bidan kini melakukan kunjungan rumah tiap Selasa.", True),
])
def test_a_rate_of_the_practice_is_a_statistic(paragraph, coded):
    assert codes_of_paragraph(VISITS, paragraph) == ({"kunjungan_nifas"} if coded else set())
