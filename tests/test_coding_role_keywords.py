"""A keyword naming people by their work ("bidan", "kader") says who acts, not what the turn is
about: alone it is weak evidence, even when the label names them as the ones who act
("Konseling menyusui oleh bidan dan kader"); with another word of its code it stands. A worker
named by the root of a keyword's verb ("perawat" of merawat) is no match of the keyword."""

from __future__ import annotations

from helpers import codes_of_paragraph, one_code_codebook

COUNSELLING = one_code_codebook(
    "konseling", "Konseling menyusui oleh bidan dan kader",
    "A midwife or cadre teaches or advises the mother about breastfeeding.",
    ["konseling", "bidan", "kader"], name="Layanan nifas (test)")


def test_a_role_alone_is_not_the_code():
    assert codes_of_paragraph(COUNSELLING, "Di desa ini ada tujuh kader, semuanya perempuan dan masih aktif.") == set()
    assert codes_of_paragraph(COUNSELLING, "Sudah dua belas tahun saya jadi bidan di sini, sebelumnya di kota.") == set()


def test_a_role_with_a_word_of_the_code_stands():
    assert codes_of_paragraph(COUNSELLING, "Bidan ajarkan saya cara menyusui yang benar waktu masih di klinik.") \
        == {"konseling"}
    assert codes_of_paragraph(COUNSELLING, "Kami dapat konseling dari kader tiap bulan.") == {"konseling"}


# a place of the health system with a role says which worker, unless the code's act happens there
HOME_VISITS = one_code_codebook(
    "kunjungan", "Kunjungan rumah kader",
    "Posyandu cadres visit mothers at home to remind them of the schedule.",
    ["kunjungan rumah", "kader"], name="Layanan balita (test)")


def test_a_place_with_a_role_says_which_worker_not_what_she_does():
    assert codes_of_paragraph(HOME_VISITS, "Kader di dusun ini ada lima, tiap bulan mereka timbang di posyandu.",
                              interview=True) == set()
    assert codes_of_paragraph(HOME_VISITS, "Honor kader dari dana desa, seratus ribu sebulan.", interview=True) == set()


def test_a_community_body_with_a_role_says_which_worker_too():
    church_cadres = one_code_codebook("kunjungan", "Kunjungan rumah kader",
                                      "Kader PKK dan kader gereja visit mothers at home before the posyandu day.",
                                      ["kunjungan rumah", "kader"], name="Layanan balita (test)")
    assert codes_of_paragraph(church_cadres, "Kader di lorong ini tiga orang, semua anggota PKK.",
                              interview=True) == set()


def test_a_place_the_definition_puts_the_act_in_supports_the_role():
    escorts = one_code_codebook("antar", "Kader mendampingi ibu hamil",
                                "Cadres escort pregnant women to the posyandu or the puskesmas.",
                                ["kader", "mendampingi"], name="Layanan kehamilan (test)")
    assert codes_of_paragraph(escorts, "Ibu Nona, kader di ujung jalan, kemarin dia bilang hari posyandu.",
                              interview=True) == {"antar"}
    # and a word of what the worker does still stands with the role
    assert codes_of_paragraph(HOME_VISITS, "Kader sering datang ke rumah, kasih tahu jadwal timbang.",
                              interview=True) == {"kunjungan"}


# a worker named by the root of a keyword's verb is the worker, not the act
NURSING = one_code_codebook(
    "merawat", "Keluarga merawat orang sakit",
    "Relatives nurse a sick relative at home.",
    ["merawat", "ditugaskan"], name="Kesehatan lansia (test)")


def test_a_role_found_by_a_keywords_root_is_not_the_keyword():
    assert codes_of_paragraph(NURSING, "Tiap Selasa perawat dari klinik lewat di jalan ini.", interview=True) == set()
    assert codes_of_paragraph(NURSING, "Petugas bilang posyandu pindah ke balai.", interview=True) == set()


def test_the_keywords_own_forms_still_stand():
    assert codes_of_paragraph(NURSING, "Dia dirawat kakaknya sendiri tiap malam.", interview=True) == {"merawat"}
