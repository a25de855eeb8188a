"""Two words naming where and who (a place, a worker: "Puskesmas … bidan") are one piece of
related-word evidence even where the code's label names the place (keywords._institution_sense):
a paragraph about registering at the Puskesmas is no counselling there. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: Layanan rokok (test)
themes:
  - id: tema
    label: Layanan
    categories:
      - id: kategori
        label: Layanan kesehatan
        codes:
          - id: konseling
            label: Konseling berhenti merokok di Puskesmas
            definition: Layanan konseling atau upaya berhenti merokok dari Puskesmas atau petugas kesehatan.
            keywords: [konseling, layanan berhenti merokok, UBM, petugas Puskesmas, penyuluhan]
          - id: biaya
            label: Biaya berobat
            definition: Ongkos dan biaya yang dibayar keluarga untuk berobat.
            keywords: [biaya, ongkos, bayar]
""")


@pytest.mark.parametrize("turn", [
    "Kita pe NIK so daftar di Puskesmas, mar bidan bilang musti bawa KK asli.",   # after the trial's turn
    "Kartu anak kami urus di Puskesmas kemarin, terus bidan minta fotokopi KK.",
    "Waktu hamil kita periksa di Puskesmas, bidan timbang deng ukur tensi.",
])
def test_a_place_and_a_worker_alone_are_no_counselling(turn):
    assert "konseling" not in codes_of_paragraph(CODEBOOK, turn, interview=True)


def test_the_keyword_still_is():
    assert "konseling" in codes_of_paragraph(CODEBOOK, "Bidan di Puskesmas kasih konseling tiap Kamis.", interview=True)
