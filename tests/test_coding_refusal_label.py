"""A code whose label negates an act ("Suami tidak mengizinkan") is found where a keyword states
the refusal outright ("suami larang": larang is "tidak mengizinkan"), not only where the text
denies something, and not where the refusal itself is denied ("suami nda larang")."""

from __future__ import annotations

from helpers import codes_of_paragraph, one_code_codebook

NOT_PERMITTED = one_code_codebook(
    "suami_tidak_mengizinkan", "Suami tidak mengizinkan",
    "The husband forbids contraception or the mother must wait for his permission.",
    ["suami larang", "izin suami"], name="KB pasca persalinan (test)")
DISTANCE = one_code_codebook(
    "jarak", "Jarak jauh dan tidak ada transportasi",
    "Distance and lack of transport keep mothers from the clinic.", ["jauh", "ojek"], name="Nifas (test)")


def test_a_keyword_stating_the_refusal_counts_as_written():
    assert codes_of_paragraph(NOT_PERMITTED, "Waktu itu saya mau pasang spiral, tapi suami saya melarang keras.") \
        == {"suami_tidak_mengizinkan"}
    assert codes_of_paragraph(NOT_PERMITTED, "Suaminya larang dia ke klinik, jadi dia tidak jadi suntik.") \
        == {"suami_tidak_mengizinkan"}


def test_a_denied_refusal_is_no_evidence():
    assert codes_of_paragraph(NOT_PERMITTED, "Suami saya tidak pernah melarang, dia malah antar ke klinik.") == set()


def test_a_keyword_naming_the_missing_thing_still_needs_the_denial():
    assert codes_of_paragraph(NOT_PERMITTED, "Saya sudah dapat izin suami, jadi langsung pasang implan.") == set()
    assert codes_of_paragraph(NOT_PERMITTED, "Belum ada izin suami, jadi saya tunggu dulu.") == {"suami_tidak_mengizinkan"}


def test_a_label_negating_a_thing_takes_a_keyword_that_states_the_hardship():
    """'jauh' states the distance outright ('tidak dekat'): evidence as written, while 'ojek'
    still needs the text to say it is missing."""
    assert codes_of_paragraph(DISTANCE, "Rumah kami jauh sekali dari puskesmas, dua jam jalan kaki.") == {"jarak"}
    assert codes_of_paragraph(DISTANCE, "Ada ojek di depan rumah, sepuluh ribu saja.") == set()
    assert codes_of_paragraph(DISTANCE, "Tidak ada ojek kalau malam, jadi kami tunggu pagi.") == {"jarak"}
