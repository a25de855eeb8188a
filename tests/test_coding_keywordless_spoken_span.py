"""A code written with `keywords: []` reads two of its label's and definition's words within a
spoken sentence's span in speech (three times WEAK_WINDOW: a turn says its point over a run of
clauses), a written sentence's (twice) in a document (label_rules._definition_windows).
Codebook and sentences written for this test (kitchen smoke)."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("asap_tungku", "Sesak karena asap tungku", "Napas berat atau batuk dari asap kayu bakar di dapur.", []),
    ("air_sumur", "Air sumur keruh", "Air minum yang diambil dari sumur galian terlihat kotor.", []),
], name="Rumah sehat"), source="test.yaml")

# "sesak" and "tungku" some twenty tokens apart, in one sentence
FAR = ("Tiap pagi saya sesak, apalagi kalau hujan turun dari subuh sampai siang hari "
       "dan anak-anak semua main di dalam dekat tungku.")


def test_two_words_a_long_spoken_sentence_apart_code_a_turn():
    assert "asap_tungku" in codes_of_paragraph(CODEBOOK, FAR, interview=True)


def test_in_a_document_they_stand_too_far_apart():
    assert "asap_tungku" not in codes_of_paragraph(CODEBOOK, FAR)
