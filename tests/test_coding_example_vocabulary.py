"""Which words of a code's example quotation are evidence of it (pipeline/coding/example_vocabulary.py):
not who, where, when or how many, and never one word twice. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.example_vocabulary import telling_words
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: Air bersih desa (test)
themes:
  - id: tema
    label: Tema
    categories:
      - id: kategori
        label: Air di rumah
        codes:
          - id: tampung_hujan
            label: 1.1 Warga menampung air hujan
            definition: Warga menyimpan air hujan dari atap untuk dipakai sehari-hari.
            keywords: [tampung]
            examples:
              - "Hari Sabtu Om Beni bawa dorang pe drum biru, kong pasang talang di seng, jam lima so penuh."
          - id: beli_galon
            label: 1.2 Warga membeli air galon
            definition: Warga membeli air isi ulang untuk minum.
            keywords: [galon]
""")


def test_names_days_hours_pronouns_and_light_verbs_are_no_example_words():
    words = telling_words(CODEBOOK.codes[0].examples)
    assert {"drum", "talang", "seng", "penuh"} <= set(words)
    assert not {"sabtu", "beni", "bawa", "dorang", "jam", "lima"} & set(words)


@pytest.mark.parametrize("turn, coded", [
    # two content words of the example close together: evidence of its code
    ("Kalau ujan, torang taruh drum di bawah talang.", True),
    # its small words are every turn's: a day, an hour, a pronoun, a light verb
    ("Hari Sabtu jam lima dorang bawa anak-anak ke pasar.", False),
    # one word of the example said twice is one word
    ("Drum itu dulu drum minyak, skarang kosong.", False),
])
def test_what_an_example_lends_a_turn(turn, coded):
    assert ("tampung_hujan" in codes_of_paragraph(CODEBOOK, turn, interview=True)) is coded
