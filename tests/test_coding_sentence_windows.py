"""Words a codebook gives loosely (a keyword's words in another order, label or definition
words) count together in a document only inside one sentence (pipeline/coding/sentence_span.py):
"... di rumah. Kunjungan ..." is no home visit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
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
    # (not "Kunjungan balita ...": that sentence alone holds a related pair, kunjungan … balita)
    "Penimbangan bulan Mei dilakukan di balai desa dan sebagian di rumah. Kunjungan ke posyandu naik.",
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


def test_speech_runs_on_across_sentence_ends_as_before():
    assert "kunjungan_rumah" in codes("Kader datang ke rumah. Kunjungan itu tiap bulan.", interview=True)
