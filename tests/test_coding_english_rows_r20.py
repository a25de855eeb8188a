"""Everyday English words of definitions given their Indonesian words (round 20 section of
`english_indonesian.tsv`), and "noticed" read as becoming aware, not as a notice. The codebook
(a village library) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.related import in_indonesian
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: perpustakaan
title: Perpustakaan desa
themes:
  - id: baca
    label: Membaca
    categories:
      - id: buku
        label: Buku
        codes:
          - id: sumbangan_buku
            label: Sumbangan buku
            definition: Books given to the library by a donor or a foundation, or still awaited.
            keywords: ["buku sumbangan", "hibah buku"]
          - id: jam_buka
            label: Jam buka perpustakaan
            definition: When the library is open and who keeps the key.
            keywords: ["jam buka", "kunci"]
""")


def test_everyday_words_have_their_indonesian_words():
    assert "sepatu" in in_indonesian("shoes")
    assert "terima" in in_indonesian("accepting")
    assert "yayasan" in in_indonesian("foundation")
    assert "pemberitahuan" not in in_indonesian("noticed")


def test_a_translated_definition_word_beside_the_codes_own_word_in_a_document():
    paragraph = "Tahun ini sebuah yayasan dari kota mengirim dua kardus buku untuk anak-anak."
    assert "sumbangan_buku" in codes_of_paragraph(CODEBOOK, paragraph)


TRAVEL = parse_codebook("""
name: kontrol
title: Kontrol pasien katarak
themes:
  - id: kontrol
    label: Kontrol
    categories:
      - id: ongkos
        label: Ongkos
        codes:
          - id: kontrol_jauh
            label: Kontrol mata di kota
            definition: Travel to the eye clinic in town for check-ups after the operation.
            keywords: ["klinik mata", "kontrol ulang"]
          - id: obat_tetes
            label: Obat tetes mata
            definition: Using the eye drops as the doctor told.
            keywords: ["obat tetes", "tetes mata"]
""")


def test_travel_is_also_said_as_transport():
    assert "transportasi" in in_indonesian("travel")
    paragraph = "Desa menyediakan transportasi bagi pasien yang harus kontrol ke kota setiap bulan."
    assert "kontrol_jauh" in codes_of_paragraph(TRAVEL, paragraph)
