"""Everyday English words of definitions given their Indonesian words (round 21 section of
`english_indonesian.tsv`: first aid and home remedies, keeping and culling animals, counting,
lessons). The codebook (farmers and field pests) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.related import in_indonesian
from tests.helpers import codes_of_paragraph

PESTS = parse_codebook("""
name: hama
title: Hama sawah
themes:
  - id: sawah
    label: Sawah
    categories:
      - id: hama
        label: Hama
        codes:
          - id: berantas
            label: Memberantas tikus sawah
            definition: Farmers lay poison or keep the rats away with oil on the dykes.
            keywords: ["gropyokan", "pestisida"]
          - id: kandang_bebek
            label: Bebek di sawah
            definition: Ducks are penned at night and led to the field after the harvest.
            keywords: ["gembala bebek", "itik"]
""")


ROWS = {"poison": "racun", "washes": "cuci", "penned": "kandang", "tied": "ikat", "culling": "musnahkan",
        # the audit of every minimal codebook's definitions
        "honey": "madu", "feet": "kaki", "fate": "takdir", "placenta": "ari-ari", "screening": "skrining",
        "cans": "kaleng", "knees": "lutut", "condoms": "kondom"}


def test_everyday_words_have_their_indonesian_words():
    for english, indonesian in ROWS.items():
        assert indonesian in in_indonesian(english), english


def test_a_translated_definition_word_beside_the_codes_own_word_in_a_document():
    paragraph = "Kelompok tani menabur racun di pematang sebelum tanam supaya tikus tidak naik."
    assert "berantas" in codes_of_paragraph(PESTS, paragraph)


def test_a_spouse_has_no_row():
    # suami, istri: a widow's turn about her late husband is no family's cooking
    assert in_indonesian("spouse") == ()
