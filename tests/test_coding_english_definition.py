"""A definition written in English brings its words' Indonesian correspondences also for words
spaCy's English lemma table lacks because they are their own lemma (keywords.is_english)."""

from __future__ import annotations

import pytest

from pipeline.coding.related import is_english, related_words
from tests.test_coding_minimal import codes_of


@pytest.mark.parametrize("word", ["afraid", "pregnant", "health", "dizziness"])
def test_an_english_table_word_spacy_lacksis_english(word):
    assert is_english(word)


@pytest.mark.parametrize("word", ["takut", "hamil", "online", "tv"])
def test_an_indonesian_word_is_not(word):
    assert not is_english(word)


FEAR = """
name: Takut (uji)
themes:
  - id: sikap
    label: Sikap
    categories:
      - id: rasa
        label: Rasa
        codes:
          - id: cemas
            label: Ragu suntik
            definition: Mothers are afraid of the needle.
            keywords: [tolak vaksin]
"""


def test_an_own_lemma_english_word_brings_its_indonesian_word():
    assert codes_of("Dia khawatir kalau anak disuntik.", FEAR) == {"cemas"}


def test_complementary_food_is_not_accompanying():
    words = related_words()
    found = {r for w in words.indonesian("complementary") for r in (w, *words.related(w))}
    assert "makanan pendamping" in found and "mengantar" not in found
