"""A turn that nearly copies one of a code's `examples:` is that code's evidence, as a keyword is
(pipeline/coding/example_copies.py). Sentences written for these tests but one trial turn."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: Imunisasi anak (test)
themes:
  - id: tema
    label: Imunisasi
    categories:
      - id: kategori
        label: Keluarga
        codes:
          - id: ayah_melarang
            label: Ayah melarang anak diimunisasi
            definition: Ayah tidak mengizinkan anaknya disuntik vaksin.
            keywords: [ayah larang, suami tidak izinkan]
            examples:
              - "Kita pe laki bilang ade nda usah disuntik, nanti panas."
          - id: demam
            label: Demam sesudah imunisasi
            definition: Anak demam atau rewel sesudah disuntik.
            keywords: [demam, panas tinggi]
          - id: stop_rokok
            label: Istri minta berhenti merokok
            definition: Istri menegur suami supaya berhenti merokok.
            keywords: [istri larang, minta berhenti]
            examples:
              - "Kita pe bini so marah-marah, dia bilang berhenti jo itu rokok."
          - id: kambuh
            label: Berhenti lalu kambuh
            definition: Perokok berhenti lalu merokok lagi.
            keywords: [berhenti merokok, merokok lagi]
""")


@pytest.mark.parametrize("turn, code", [
    ("Iyo, kita so marah-marah. Kita bilang berhenti jo itu rokok, kasiang ade.", "stop_rokok"),   # the trial's
    ("Papa dorang bilang ade nda usah disuntik, takut nanti panas.", "ayah_melarang"),
    ("Depe laki bilang anak nda usah disuntik lagi karna dulu panas.", "ayah_melarang"),
])
def test_a_near_copy_of_an_example_is_the_code(turn, code):
    assert code in codes_of_paragraph(CODEBOOK, turn, interview=True)


@pytest.mark.parametrize("turn, code", [
    ("Kita bilang minum aer banyak kalau so panas.", "ayah_melarang"),
    ("Dia so berhenti dua bulan, mar marah-marah terus.", "stop_rokok"),
])
def test_two_words_of_an_example_are_no_copy(turn, code):
    assert code not in codes_of_paragraph(CODEBOOK, turn, interview=True)
