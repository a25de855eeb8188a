"""A label's "kali" after a number or an ordinal counts times ("pertama kali"): it gives its
code no word, so "tiga kali" in a turn is no evidence (pipeline/coding/counting.py). The
codebook (a toddler's first words) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import content_words
from pipeline.coding.counting import counts_times
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: bicara_balita
title: Perkembangan bahasa balita
themes:
  - id: bahasa
    label: Bahasa balita
    categories:
      - id: awal
        label: Awal bicara
        codes:
          - id: kata_pertama
            label: Anak pertama kali menyebut kata
            definition: The parent tells when the toddler said a first word and which word it was.
            keywords: ["kata pertama", "mulai bicara"]
          - id: dongeng
            label: Membacakan dongeng
            definition: Someone in the family reads stories aloud to the toddler at bedtime.
            keywords: ["dongeng", "buku cerita"]
""")


def test_a_count_of_times_is_no_word_of_a_label():
    assert counts_times("pertama", "kali") and counts_times("tiga", "kali") and counts_times("ketiga", "kali")
    assert not counts_times("di", "kali")
    assert "kali" not in content_words("Anak pertama kali menyebut kata")
    assert "kali" in content_words("Mandi di kali belakang kampung")


def test_times_counted_in_a_turn_name_no_code():
    turn = "Orang tua saya sudah datang tiga kali minggu ini, bawa sayur."
    assert "kata_pertama" not in codes_of_paragraph(CODEBOOK, turn, interview=True)
