"""A Manado function word whose form is also a rare KBBI root ("mar" but, "dapa" get, "ato" or)
is still no word of a code's example (function_words._manado_function_words): only a root the
glosser also knows as common Indonesian ("pas", "sapa") is kept. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.function_words import example_content_words, is_function_word
from pipeline.coding.quotation_guess import guessed_codes

BOOK = parse_codebook("""
name: Petani cengkih (test)
themes:
  - {id: t, label: Kerja kebun, categories: [{id: c, label: Keluhan, codes: [
      {id: jatuh, label: Jatuh dari pohon, keywords: [jatuh, tangga], definition: 'patah tulang sesudah jatuh',
       examples: ['Tangga patah, mar kita masih pegang dahan.']},
      {id: racun, label: Racun rumput, keywords: [semprot, racun], definition: 'pusing sesudah semprot racun',
       examples: ['Abis semprot, kepala rasa berat.']}]}]}
""")


@pytest.mark.parametrize("word", ["mar", "dapa", "ato", "lei"])
def test_rare_root_homographs_are_manado_function_words(word):
    assert is_function_word(word)


def test_an_example_drops_its_conjunction():
    assert "mar" not in example_content_words("Tangga patah, mar kita masih pegang dahan.")


def test_a_shared_conjunction_places_no_quote():
    # "mar" alone would tie the quote to the fall code through its example
    guess = guessed_codes(BOOK, [("Panen tahun ini sadiki, mar harga bagus.",)])[0]
    assert guess is None
