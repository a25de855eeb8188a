"""Round 27, documents: a plan's indicators are background; photo captions (see codebooks/README.md)."""

from __future__ import annotations

import pytest

from pipeline.coding.counts import is_background
from tests.helpers import codes_of_paragraph, one_code_codebook

SCREENING = one_code_codebook("skrining_gula", "Pemeriksaan gula darah di Posbindu",
                              "Warga memeriksakan gula darah di Posbindu.", ["gula darah", "posbindu"],
                              name="Studi diabetes desa")


# -- a plan's indicators say what success is measured by, not a measure ---------------------------

@pytest.mark.parametrize("text", [
    "Indikator keberhasilan: persentase warga di atas 40 tahun yang diperiksa gula darah di Posbindu.",
    "D. Indikator: jumlah Posbindu aktif; jumlah warga yang memeriksakan gula darah setiap bulan.",
    "Indikator capaian program ini adalah 80 persen warga dewasa diperiksa gula darahnya di Posbindu.",
])
def test_a_plans_indicators_take_no_code(text):
    assert is_background(text)
    assert codes_of_paragraph(SCREENING, text) == set()


def test_a_measure_naming_an_indicator_later_still_counts():
    text = "Kader memeriksa gula darah warga di Posbindu setiap bulan; hasilnya menjadi indikator program."
    assert not is_background(text)
    assert codes_of_paragraph(SCREENING, text) == {"skrining_gula"}
