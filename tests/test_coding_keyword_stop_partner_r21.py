"""A keyword of one content word and stop words ("belajar bersama", "cuci sendiri") is read, in
speech, through its content word alone (pipeline/coding/topic_keywords.py), unless the code's label
writes the stop word too: then the stop word is the code's matter ("Kos sendiri ..." is living
alone, not living). The codebook (student life in a boarding house) and the sentences are
written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: asrama
title: Kehidupan mahasiswa di asrama
themes:
  - id: harian
    label: Kegiatan harian
    categories:
      - id: kegiatan
        label: Kegiatan di asrama
        codes:
          - id: kelompok
            label: Kelompok studi malam
            definition: Students preparing for exams together in the evening.
            keywords: ["belajar bersama"]
          - id: sendiri
            label: Tinggal sendiri di kamar
            definition: A student who has a room of her own and lives without a roommate.
            keywords: ["tinggal sendiri"]
""")


def _codes(answer: str) -> set[str]:
    return codes_of_paragraph(CODEBOOK, answer, interview=True)


def test_the_content_word_of_a_keyword_with_a_stop_word_counts_alone_in_speech():
    assert "kelompok" in _codes("Tiap Kamis kami belajar di ruang tengah sampai jam sepuluh.")


def test_a_stop_word_the_label_writes_is_needed():
    assert "sendiri" not in _codes("Adik saya tinggal di lantai dua, dekat dapur umum.")
