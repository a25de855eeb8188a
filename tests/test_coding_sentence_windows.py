"""Words a codebook gives loosely (a keyword's words in another order, label or definition
words) count together in a document only inside one sentence (pipeline/coding/sentence_span.py):
"... di rumah. Kunjungan ..." is no home visit. A keyword's words do in speech too ("...
merokok. Mereka beli ..." is no `beli rokok`). Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.keywords import KEYWORD_WORDS
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import codes_of_paragraph

VISITS = parse_codebook("""
name: Posyandu (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: jangkauan
        label: Jangkauan
        codes:
          - id: kunjungan_rumah
            label: Kunjungan rumah oleh kader
            definition: Kader datang ke rumah keluarga balita yang tidak hadir.
            keywords: [kunjungan rumah]
          - id: ongkos
            label: Ongkos perjalanan
            definition: Biaya ojek atau angkot ke fasilitas kesehatan.
            keywords: [ongkos ojek]
""")


def codes(text: str, interview: bool = False) -> set[str]:
    return codes_of_paragraph(VISITS, text, interview)


@pytest.mark.parametrize("paragraph", [
    "Penimbangan bulan Mei dilakukan di balai desa dan sebagian di rumah. Kunjungan balita ke posyandu naik.",
    "Ibu hamil diperiksa di rumah sakit daerah! Kunjungan pertama gratis bagi semua peserta.",
])
def test_a_keywords_words_across_a_sentence_end_are_not_the_code(paragraph):
    assert "kunjungan_rumah" not in codes(paragraph)


@pytest.mark.parametrize("paragraph", [
    "Setiap Sabtu kader melakukan kunjungan ke rumah balita yang dua kali absen.",
    "Bidan mencatat bahwa rumah yang sudah mendapat kunjungan kader bertambah.",
])
def test_within_one_sentence_they_still_are(paragraph):
    assert "kunjungan_rumah" in codes(paragraph)


SPENDING = parse_codebook("""
name: Belanja keluarga (test)
themes:
  - id: belanja
    label: Belanja
    categories:
      - id: uang
        label: Uang
        codes:
          - id: beli_rokok
            label: Uang belanja habis untuk rokok
            definition: Uang dapur dipakai lebih dulu untuk membeli rokok.
            keywords: [beli rokok]
          - id: kios
            label: Warung dekat rumah
            definition: Warung atau kios tempat keluarga berbelanja.
            keywords: [warung, kios]
""")


def keyword_evidence(text: str) -> list[str]:
    """The evidence of `beli_rokok` found in an interview answer through the keyword's words."""
    rows = [{"segment_id": f"s{i}", "document": "b.md", "informant": "B1", "speaker": speaker,
             "speaker_role": role, "start": i * 300, "end": i * 300 + len(words), "line": i + 1,
             "language": "ind", "text": words, "gloss": "", "translation": ""}
            for i, (speaker, role, words) in enumerate([("P", "interviewer", "Bagaimana ceritanya?"),
                                                        ("B1", "informant", text)])]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), SPENDING)
    mine = found[(found["segment_id"] == "s1") & (found["code_id"] == "beli_rokok")]
    return [evidence for evidence in mine["evidence"] if KEYWORD_WORDS in evidence]


@pytest.mark.parametrize("turn", [
    "Bapak so lama merokok. Dia beli di kios dekat pante.",
    "Ipar saya rajin merokok! Kalau gajian dia beli ikan banyak.",
    "Anak-anak so coba-coba merokok. Mereka beli di warung dekat sekolah.",   # the trial's turn, shortened
])
def test_in_speech_too_a_keywords_words_across_a_sentence_end_are_no_evidence(turn):
    assert keyword_evidence(turn) == []


@pytest.mark.parametrize("turn", [
    "Rokok yang dia beli di kios tiap hari dua bungkus.",
    "Dia beli dua bungkus rokok sebelum beras.",
])
def test_in_speech_within_one_sentence_they_still_are(turn):
    assert keyword_evidence(turn) != []
