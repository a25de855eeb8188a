"""In a document, a course that trains the programme's staff ("orientasi konseling bagi 48
bidan", "Pelatihan fasilitator untuk kader") is not the measure it teaches: the documents
convention leaves staff training out. Staff who were trained and now do the work still count, and
so does a course for the people a programme serves (staff_training.py)."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook

COUNSELLING = one_code_codebook(
    "konseling_gizi", "Konseling gizi oleh bidan atau kader",
    "A midwife or cadre counsels mothers about feeding their child.",
    ["konseling gizi", "penyuluhan gizi"], name="Konseling gizi (test)")


@pytest.mark.parametrize("paragraph, coded", [
    # a course for staff, planned or held
    ("Kegiatan peningkatan kapasitas berupa orientasi konseling gizi bagi 30 bidan dilaksanakan di aula kabupaten.", False),
    ("Lokakarya penyuluhan gizi untuk 25 kader akan diadakan pada bulan Juli di Puskesmas.", False),
    ("Dinas Kesehatan menggelar bimtek konseling gizi bagi petugas gizi dari sebelas Puskesmas.", False),
    # the work itself, by staff who were trained or not
    ("Kader yang sudah dilatih memberikan konseling gizi kepada ibu balita setiap bulan di posyandu.", True),
    ("Bidan akan memberikan penyuluhan gizi kepada ibu hamil pada kelas ibu setiap bulan.", True),
    # the course in one sentence, the work in the next
    ("Pelatihan konseling gizi bagi kader selesai bulan Mei. Sejak Juni kader memberikan konseling gizi di posyandu.", True),
    # a course for the people served, not for staff: the measure itself
    ("Sebanyak 40 ibu balita mengikuti pelatihan konseling gizi sebaya yang digelar Dinas Kesehatan.", True),
    ("b. Pelatihan penyuluhan gizi bagi kelompok ibu di dua desa pada triwulan III.", True),
    # staff in another clause than the course: the course is for the people
    ("Kunjungan rumah oleh bidan kepada balita kurus, termasuk pelatihan konseling gizi bagi nenek dan ibu.", True),
])
def test_a_course_for_staff_is_not_the_measure_it_teaches(paragraph, coded):
    assert codes_of_paragraph(COUNSELLING, paragraph) == ({"konseling_gizi"} if coded else set())
