"""A codebook's labels written in English are read in the quotation guess through their
Indonesian words, as its English definitions are; an English function word of a label ("for":
Manado *for* is "untuk") is no word of it. The codebook and the quotes are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.english_labels import label_words
from pipeline.coding.quotation_guess import guessed_codes

CODEBOOK = parse_codebook("""
name: katarak
title: Cataract surgery in the islands
themes:
  - id: operasi
    label: Surgery
    categories:
      - id: jalan
        label: Getting there
        codes:
          - id: ferry
            label: Waiting for the ferry
            definition: Days spent at the harbour before a boat leaves.
            keywords: ["kapal tunda", "tunggu kapal"]
          - id: sight
            label: Hope of seeing again
            definition: What patients expect to see after the eye is operated.
            keywords: ["bisa lia", "terang"]
""")


def test_an_english_label_word_is_read_through_its_indonesian_words():
    words = label_words("Hope of seeing again")
    assert "harapan" in words and "hope" not in words
    assert "for" not in label_words("Waiting for the ferry")


def test_a_word_the_table_does_not_know_stays_as_written():
    assert "var" in label_words("Mendapat VAR dan dosis lanjutan")


def test_manado_for_is_no_word_of_an_english_label():
    quote = ("Kita pe cucu bajual ikan for bli beras.",)
    assert guessed_codes(CODEBOOK, [quote]) == [None]


def test_a_quote_sharing_an_english_labels_word_in_indonesian():
    quote = ("Kita cuma ba harap, kalau Tuhan kase, cucu pe muka kita mo dapa lia ulang.",)
    assert guessed_codes(CODEBOOK, [quote])[0][0] == "sight"
