"""A keyword's words apart are read over a wider window in speech (coding/spoken.py), unless a word
of the keyword names a place. Sentences and codebook written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

FISHING = parse_codebook("""
name: Nelayan dan kesehatan (test)
themes:
  - id: kerja
    label: Kerja di laut
    categories:
      - id: risiko
        label: Risiko
        codes:
          - id: berhenti_melaut
            label: Berhenti melaut karena sakit
            definition: A fisherman stops going to sea because of an illness or injury.
            keywords: ["berhenti melaut", "tidak melaut"]
          - id: jual_rumah
            label: Usaha keluarga
            definition: The family sells the catch at home instead of at the market.
            keywords: ["jual di rumah"]
""")


@pytest.mark.parametrize("text, code, interview, coded", [
    # six tokens between the keyword's words: a speaker's aside in between
    ("Bapak so berhenti, dokter bilang tunggu melaut.", "berhenti_melaut", True, True),
    # the same spread in a document paragraph stays apart
    ("Bapak so berhenti, dokter bilang tunggu melaut.", "berhenti_melaut", False, False),
    # a place word a few words off is another house: the fish were sold at the market
    ("Ikan kami jual di pasar, pulang ke rumah.", "jual_rumah", True, False),
])
def test_a_keyword_spread_in_speech(text, code, interview, coded):
    assert (code in codes_of_paragraph(FISHING, text, interview=interview)) == coded
