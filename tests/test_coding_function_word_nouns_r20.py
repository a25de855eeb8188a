"""A codebook's ke-...-an noun of a function word keeps its own sense in the related-word rule:
"kelainan" (an abnormality) is not "lain" (other), "keadaan" (a condition) not "ada" (there
is) (keywords._derived_own). The codebook (children's eyesight) and the sentences are written
for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: mata_anak
title: Penglihatan anak sekolah
themes:
  - id: mata
    label: Penglihatan
    categories:
      - id: temuan
        label: Temuan
        codes:
          - id: kelainan_mata
            label: Kelainan mata ditemukan guru
            definition: A teacher or a parent sees that the child squints at the board.
            keywords: ["juling", "rabun"]
          - id: kacamata
            label: Membeli kacamata
            definition: The family buys glasses for the child, or cannot afford them.
            keywords: ["kacamata", "optik"]
""")

OTHER = "Guru yang lain juga datang ke rumah waktu itu."
OTHER_SPOKEN = "Orang tua lain bilang anak mereka pintar."


def test_other_is_not_an_abnormality():
    assert "kelainan_mata" not in codes_of_paragraph(CODEBOOK, OTHER, interview=True)
    assert "kelainan_mata" not in codes_of_paragraph(CODEBOOK, OTHER_SPOKEN, interview=True)


def test_the_abnormality_itself_still_counts():
    assert "kelainan_mata" in codes_of_paragraph(CODEBOOK, "Guru bilang matanya juling sejak kecil.", interview=True)
