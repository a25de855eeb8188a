"""A keyword naming which one of a series ("... pertama", "... kedua") keeps that word
(issue 14, round 19c): its other words alone name any of the series, not the keyword."""

from __future__ import annotations

from pipeline.coding.keyword_rule import keyword_words


def test_an_ordinal_stays_a_word_of_the_keyword():
    assert keyword_words("imunisasi campak kedua") == ["imunisasi", "campak", "kedua"]
    assert keyword_words("kunjungan nifas pertama") == ["kunjungan", "nifas", "pertama"]
    assert keyword_words("timbang bayi terakhir") == ["timbang", "bayi", "terakhir"]


def test_other_stop_words_still_drop():
    assert keyword_words("sudah periksa hamil") == ["periksa", "hamil"]
