"""English definition words read in their general sense (issue 14, round 19c): a row of the
English -> Indonesian table must not give only a narrow sense that the codebook did not mean."""

from __future__ import annotations

from pipeline.coding.related import related_words


def test_sign_is_a_sign_not_a_signature():
    # "any sign of swelling", "signs on the wall": a mark or symptom, not "tanda tangan"
    table = related_words()
    assert "tanda" in table.indonesian("sign")
    assert "tanda tangan" not in table.indonesian("signs")


def test_copying_someone_is_imitating():
    # "boys copying their uncles": imitation, not a photocopy
    assert "tiru" in related_words().indonesian("copying")
    assert "fotokopi" not in related_words().indonesian("copying")


def test_take_is_taking_or_bringing_not_drinking():
    # "takes the goats to the field": no drinking in it
    table = related_words()
    assert "minum" not in table.indonesian("takes")
    assert "bawa" in table.indonesian("take")
