"""A minimal codebook's `include:` line is read as its definition is (an English one through the
English table), its `exclude:` line as an exclusion: its words are evidence of nothing. The
codebook is written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import code_words, translated_definitions
from pipeline.coding.quotation_guess import description_lemmas

CODEBOOK = parse_codebook("""
name: luka_kaki
title: Foot wounds in diabetes
themes:
  - id: luka
    label: Foot wounds
    categories:
      - id: rawat
        label: Wound care
        codes:
          - id: rawat_luka
            label: Merawat luka di rumah
            definition: Cleaning and dressing the wound at home.
            keywords: ["ganti perban", "cuci luka"]
            include: Include a daughter-in-law or a cousin who dresses it.
            exclude: Amputation and the fear of surgery are not coded here.
          - id: ongkos
            label: Ongkos ke puskesmas
            definition: Fares paid to reach the clinic.
            keywords: [ongkos, "bayar oto"]
""")


def test_an_include_line_gives_words_as_the_definition_does():
    words = translated_definitions(CODEBOOK)["rawat_luka"]
    assert "menantu" in words and "sepupu" in words
    assert {"menantu", "sepupu"} <= set(description_lemmas(CODEBOOK)["rawat_luka"].values())


def test_an_exclude_line_gives_no_words():
    every = set(description_lemmas(CODEBOOK)["rawat_luka"].values()) | set(code_words(CODEBOOK)["rawat_luka"].values())
    assert not {"amputasi", "operasi", "bedah", "takut"} & every
