"""A keyword naming people by their work ("bidan", "kader") says who acts, not what the turn is
about: alone it is weak evidence, even when the label names them as the ones who act
("Konseling menyusui oleh bidan dan kader"); with another word of its code it stands."""

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
