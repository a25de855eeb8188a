"""An Indonesian turn whose gloss only repeats its words is not shown twice on a review card, also
when redaction masked a number in it ("[NIK]", "[TELP]": the gloss keeps the brackets)."""

from __future__ import annotations

from pipeline.review.gloss_view import repeats_words


def test_a_masked_number_does_not_make_a_repeating_gloss_tell_something():
    text = "Nomor saya [TELP], kartu BPJS belum aktif."
    gloss = "nomor saya [TELP] kartu BPJS belum aktif"
    assert repeats_words(text, gloss)


def test_a_gloss_that_translates_a_word_is_still_shown():
    # the bracketed item is the only difference: it is compared as a word, not passed over as a mask
    assert not repeats_words("Nomor saya [TELP], kartu BPJS belum aktif.", "nomor saya [PHONE] kartu BPJS belum aktif")
