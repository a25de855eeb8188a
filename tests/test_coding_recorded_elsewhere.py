"""A paper still recorded, registered or living at another place is missing here ("KK-nya masih
tercatat di kabupaten lain"), as one still held elsewhere is ("KK masih di Bitung"):
negation.denied_tokens, for a code that names an absence."""

from tests.helpers import codes_of_paragraph, one_code_codebook


def _no_family_card():
    return one_code_codebook("tanpa_kk", "Tidak memiliki kartu keluarga",
                             "Registration is blocked because the family has no family card here.",
                             ["KK", "kartu keluarga"], name="Studi jaminan anak")


def test_a_card_still_recorded_elsewhere_is_missing_here():
    codebook = _no_family_card()
    text = "Sebagian buruh kebun sawit itu kartu keluarganya masih terdaftar di Flores, jadi bayinya belum bisa diusulkan."
    assert codes_of_paragraph(codebook, text) == {"tanpa_kk"}


def test_a_card_recorded_here_is_not_missing():
    codebook = _no_family_card()
    text = "Semua keluarga nelayan di pulau itu sudah tercatat dalam KK yang baru dicetak bulan Mei."
    assert codes_of_paragraph(codebook, text) == set()
