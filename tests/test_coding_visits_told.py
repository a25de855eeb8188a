"""A visit home told by its going is evidence of a code whose keywords hold a visit home
(pipeline/coding/visits_told.py): "turun ke rumah-rumah", "datangi rumahnya", "antar ke rumah"."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, minimal_codebook
from pipeline.coding.visits_told import visit_told_rules

OUTREACH = minimal_codebook([
    ("kunjungan", "Kunjungan rumah oleh perawat", "A nurse visits the patient at home to check the wound "
                                                   "or teach the family.", ["kunjungan rumah", "ganti perban"]),
    ("rawat", "Dirawat di rumah sakit", "The patient is admitted to hospital.", ["opname"]),
], name="Luka kaki (uji)")


@pytest.mark.parametrize("text", [
    "Tiap Selasa kami turun ke rumah-rumah pasien yang lukanya belum kering.",
    "Bulan lalu kami keliling ke rumah warga yang kakinya luka.",
    "Perban baru saya yang bawa ke rumahnya, sekalian cek kakinya.",
    "Perawat datang ke rumah saya dua kali seminggu.",                 # the speaker's house, visited
    "Perawat naik motor, lalu antar ke rumah obat dan perban.",        # her ride not beside the verb
])
def test_a_visit_home_told_by_its_going_is_evidence_of_the_visit_code(text):
    assert codes_of_paragraph(OUTREACH, text, interview=True) == {"kunjungan"}


@pytest.mark.parametrize("text", [
    "Waktu itu suami langsung bawa ke rumah sakit kabupaten.",        # a hospital, no home
    "Sesudah kontrol di puskesmas, saya pulang ke rumah.",       # going home, no visit
    "Perawat belum pernah datang ke rumah, kami yang ke puskesmas.",  # the visit denied
    "Kalau dia rewel, saya bawa ke rumah neneknya sebentar.",         # a relative's house
    "Sepulang sekolah dia jalan ke rumah temannya main layangan.",     # a friend's house
    "Ikan yang tidak laku saya bawa ke rumah sendiri.",                # one's own house: going home
    "Kalau ada surat, saya datang ke rumah pendeta.",                  # the family goes to a worker's house
    "Anak yang panas saya antar ke rumah bidan kampung.",              # a worker's house: no visit home
    "Belanjaan banyak, jadi bentor antar ke rumah.",                   # a ride home, no one visiting
])
def test_no_visit_home_is_no_evidence(text):
    assert codes_of_paragraph(OUTREACH, text, interview=True) == set()


def test_only_a_code_whose_keywords_hold_a_visit_home_reads_it():
    assert visit_told_rules(OUTREACH.codes[0]) and visit_told_rules(OUTREACH.codes[1]) == []


def test_a_code_about_something_a_visit_brings_keeps_its_own_keyword_only():
    """Its label names neither a visit nor a worker: the massage is its matter, not who comes."""
    massage = minimal_codebook([
        ("urut", "Pijat tradisional mudah didapat", "A masseur is easy to find, even one who comes to the house.",
         ["tukang urut", "datang ke rumah"])], name="Luka kaki (uji)")
    assert visit_told_rules(massage.codes[0]) == []
    assert codes_of_paragraph(massage, "Anak saya turun ke rumah-rumah jual kue.", interview=True) == set()
