"""A multi-word keyword said with one word swapped for another of its related-word group is weak
evidence of its code (pipeline/coding/synonym_keywords.py). The codebook (handwashing at primary
schools) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.synonym_keywords import synonym_keyword_rules, synonyms
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: cuci_tangan_sekolah
title: Cuci tangan pakai sabun di sekolah dasar
themes:
  - id: sekolah
    label: Sarana dan pembinaan sekolah
    categories:
      - id: sarana
        label: Sarana
        codes:
          - id: pembinaan
            label: Pembinaan oleh petugas
            definition: A health worker comes to the school to teach or check the children.
            keywords: ["kunjungan sekolah", "guru UKS"]
          - id: stok
            label: Persediaan sabun
            definition: Whether the school has soap at its taps.
            keywords: ["stok sabun kosong", "beli sabun"]
""")

VISITED = "Petugas dari Puskesmas mampir ke sekolah tiap Senin pertama, periksa kuku anak-anak."
PLANNED = "Puskesmas akan menyambangi sekolah dua kali setahun untuk memeriksa kuku murid."
NONE_LEFT = "Di sekolah itu stok sabun tidak ada sejak bulan Juli, anak-anak cuci tangan pakai air saja."
ARRIVING = "Anak-anak datang ke sekolah jam tujuh pagi dengan sepeda."


def test_a_keyword_with_a_word_in_its_synonym_codes_a_turn():
    assert "pembinaan" in codes_of_paragraph(CODEBOOK, VISITED, interview=True)


def test_a_two_word_keyword_with_a_synonym_codes_a_document_paragraph():
    assert "pembinaan" in codes_of_paragraph(CODEBOOK, PLANNED, interview=False)


def test_a_longer_keyword_with_a_synonym_codes_speech_but_not_documents():
    assert "stok" in codes_of_paragraph(CODEBOOK, NONE_LEFT, interview=True)
    assert "stok" not in codes_of_paragraph(CODEBOOK, NONE_LEFT, interview=False)


def test_a_derived_synonym_does_not_match_its_bare_root():
    assert "pembinaan" not in codes_of_paragraph(CODEBOOK, ARRIVING, interview=True)


def test_only_a_word_its_group_lists_as_written_is_swapped():
    assert synonyms("kunjungan")
    assert synonyms("beranak") == ()   # its root "anak" is listed, the word is not


def test_a_kind_noun_or_light_verb_left_alone_is_no_keyword():
    # "alat kebersihan" with its second word swapped would be any device beside any soap
    assert synonym_keyword_rules(["alat kebersihan"], negatable=True) == []
    assert synonym_keyword_rules(["pakai sabun"], negatable=True) == []
    assert synonym_keyword_rules(["jaga kebersihan"], negatable=True)
