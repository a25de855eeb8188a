"""A codebook written as NVivo and MAXQDA invite (a name and a description per code,
`keywords: []`): the label's and definition's words are the code's vocabulary, in speech too,
within a sentence's span; an English label is read through its Indonesian words."""

from __future__ import annotations

import pytest
from helpers import minimal_codebook_yaml
from test_coding_minimal import coded

def codebook(keywords: list[str]) -> str:
    """An island clinic study's codebook: the travel code with `keywords`, the stock-out code with none."""
    return minimal_codebook_yaml([
        ("perjalanan", "Beban perjalanan ke klinik",
         "The distance, fares and exhaustion of travelling to the clinic by boat.", keywords),
        ("obat", "Obat habis", "Medicines or tests run out at the clinic and patients go home without them.", [])],
        "Layanan kesehatan pulau (test)")


ENGLISH = minimal_codebook_yaml([
    ("boat_fares", "Boat fares", "What patients pay to reach the clinic.", []),
    ("stock", "Medicines running out", "Tests or medicines missing at the clinic.", [])], "Island clinics (test)")


def codes(codebook: str, turn: str) -> set[str]:
    return set(coded(codebook, ("P", "Bagaimana?"), ("T1", turn)).code_id)


@pytest.mark.parametrize("turn", [
    "Ongkos pamboat so mahal skali, kong pulang dari sana torang capek.",
    # ten tokens apart: further than two label words may stand, within one sentence
    "Ongkos itu yang torang pikir, kalau musim ombak, pulang torang capek skali.",
])
def test_two_words_of_an_english_definition_find_a_keywordless_code_in_speech(turn):
    assert "perjalanan" in codes(codebook([]), turn)


@pytest.mark.parametrize("turn", [
    "Ongkos itu yang torang pikir, ongkos terus.",   # one definition word, said twice
    "Ongkos itu yang torang pikir tiap kali, kalau so musim ombak kita nyanda tau mo "
    "bekeng apa deng anak-anak di rumah, pulang torang capek.",   # further apart than a sentence
])
def test_one_word_twice_or_two_words_far_apart_are_not_evidence(turn):
    assert "perjalanan" not in codes(codebook([]), turn)


def test_a_code_with_keywords_keeps_its_definition_words_as_weak_support():
    """Its keywords are its vocabulary: two English-definition words alone do not find it."""
    turn = "Ongkos itu yang torang pikir, kalau musim ombak, pulang torang capek skali."
    assert "perjalanan" not in codes(codebook(["antre"]), turn)


def test_an_english_label_is_read_through_its_indonesian_words():
    assert codes(ENGLISH, "Torang bayar ongkos perahu dua ratus ribu pulang pergi.") == {"boat_fares"}
    # "fares" and "boat" in their Indonesian words, further apart than two label words may stand
    assert codes(ENGLISH, "Ongkos itu yang torang pikir, kalau musim ombak, naik perahu.") == {"boat_fares"}
    assert "boat_fares" not in codes(ENGLISH, "Torang pigi pake perahu, mar obat nyanda ada.")


def test_words_related_to_a_keywordless_codes_definition_are_its_weakest_evidence():
    """Near synonyms of "travelling" and "fares" (ojek, bayar): the code's, as its keywords'
    would be; a code with keywords needs one of them related to its keywords or label."""
    turn = "Torang naik ojek, kong musti bayar mahal."
    assert "perjalanan" in codes(codebook([]), turn)
    assert "perjalanan" not in codes(codebook(["antre"]), turn)
    # words of one sense (money) are one piece of evidence
    assert "perjalanan" not in codes(codebook([]), "Torang bayar iuran tiap bulan, mahal.")
