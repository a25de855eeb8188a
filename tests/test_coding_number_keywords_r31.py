"""A keyword of a word and a number ("jam lima") is an amount of that word: the
word alone is any amount, no evidence of the code (topic_keywords.py); a keyword of a word and
another stop word still lends its word ("minggu pertama")."""

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: ginjal
title: Cuci darah pasien ginjal di kabupaten
themes:
  - id: layanan
    label: Layanan cuci darah
    categories:
      - id: akses
        label: Akses ke unit cuci darah
        codes:
          - id: antri
            label: Menunggu giliran
            definition: Patients wait long for their turn at the dialysis unit.
            keywords: ["jam lima", "giliran pagi"]
          - id: perawat
            label: Perawat unit
            definition: What the unit's nurses do for the patient.
            keywords: ["minggu pertama", "perawat ramah"]
""")


def test_the_word_of_a_number_keyword_is_no_evidence_alone():
    assert "antri" not in codes_of_paragraph(CODEBOOK, "Saya bangun jam berapa saja, tidur tidak nyenyak.",
                                             interview=True)
    assert "antri" in codes_of_paragraph(CODEBOOK, "Kami sudah di sana jam lima, baru dipanggil siang.",
                                         interview=True)


def test_the_word_of_a_keyword_beside_another_stop_word_still_codes_alone():
    assert "perawat" in codes_of_paragraph(CODEBOOK, "Waktu minggu itu saya masih takut jarum.", interview=True)
