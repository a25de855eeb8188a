"""Manado function words are no word of a code's example (pipeline/coding/function_words.py), and
a lone label word that a keyword's word heads needs another of the code's words
(label_rules._follows_keyword_word). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.function_words import example_content_words, is_function_word
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: Kesehatan ibu (test)
themes:
  - id: tema
    label: Tema
    categories:
      - id: kategori
        label: Sikap keluarga
        codes:
          - id: sembunyi_hamil
            label: Menyembunyikan kehamilan
            definition: The woman keeps it secret from her in-laws or neighbours.
            keywords: [sembunyi, rahasia]
          - id: kerja_kebun
            label: Bekerja di kebun saat mengandung
            definition: The pregnant woman still works in the garden.
            keywords: [kerja kebun, cangkul]
            examples:
              - "Tiap pagi kita iko paitua deng ade sampe siang di kebun, pikul kelapa."
""")


@pytest.mark.parametrize("word", ["deng", "sampe", "torang", "kong", "samua", "dengan"])
def test_manado_function_words(word):
    assert is_function_word(word)


@pytest.mark.parametrize("word", ["sapa", "pas", "bekeng", "kelapa", "kebun"])
def test_roots_and_content_words_are_not_function_words(word):
    assert not is_function_word(word)


def test_an_example_keeps_its_content_words_only():
    words = example_content_words("Kita iko paitua deng ade sampe siang, pikul kelapa.")
    assert {"deng", "sampe"}.isdisjoint(words) and {"pikul", "kelapa"} <= set(words)


@pytest.mark.parametrize("turn, code, coded", [
    # two Manado function words an example shares with a turn are no evidence; two content words are
    ("Dia datang deng mamanya sampe malam, cuma ba cerita.", "kerja_kebun", False),
    ("Dia masih pikul kelapa, padahal so tujuh bulan.", "kerja_kebun", True),
    # a label word a keyword heads is no evidence alone; the keyword still finds the code
    ("Kehamilan kedua ini lancar saja, nyanda ada keluhan.", "sembunyi_hamil", False),
    ("Kita sembunyi kehamilan dari mertua sampe lima bulan.", "sembunyi_hamil", True),
])
def test_what_an_example_or_a_label_lends_a_turn(turn, code, coded):
    assert (code in codes_of_paragraph(CODEBOOK, turn, interview=True)) is coded
