""""orang" names anyone (codebook_words.ANYONE): a label's "orang pintar" or "orang tua" is said
by its other word, so "orang" alone, or paired with another word of the code, is no evidence.
Sentences and codebook written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import content_words
from tests.helpers import codes_of_paragraph

HEALERS = parse_codebook("""
name: Kesehatan jiwa (test)
themes:
  - id: pengobatan
    label: Pengobatan
    categories:
      - id: jalur
        label: Jalur
        codes:
          - id: penyembuh
            label: Berobat ke orang pintar
            definition: The family seeks healing from a traditional healer before or beside medical care.
            keywords: [dukun, orang pintar]
          - id: rahasia
            label: Keluarga menyembunyikan pasien
            definition: The family keeps a sick relative out of sight of the neighbours.
            keywords: [disembunyikan, dikunci]
""")


def codes(text: str, interview: bool = False) -> set[str]:
    return codes_of_paragraph(HEALERS, text, interview)


def test_orang_is_no_content_word():
    assert content_words("Berobat ke orang pintar") == ["berobat", "pintar"]


@pytest.mark.parametrize("text, coded", [
    # "orang" beside a word related to the definition's "care": anyone, not a healer
    ("Seorang ayah yang merawat anaknya sejak 2020 kini bekerja di pelabuhan.", False),
    ("Banyak orang di kampung itu sudah mendapat perawatan di Puskesmas.", False),
    # the healer named by the keyword
    ("Sebelum ke Puskesmas, keluarga membawa pasien kepada orang pintar di kampung sebelah.", True),
    ("Keluarga itu lebih dulu pergi ke dukun sebelum berobat ke rumah sakit.", True),
])
def test_anyone_is_no_healer(text, coded):
    assert ("penyembuh" in codes(text)) == coded
