"""Round 31, documents with a researcher's own minimal codebook: hospital care named by a fixed
compound is no family's caring; a duty to report by a deadline is monitoring (see codebooks/README.md)."""

from __future__ import annotations

import pytest

from tests.helpers import codes_of_paragraph, one_code_codebook

HOME_CARE = one_code_codebook("rawat_keluarga", "Perawatan sehari-hari oleh keluarga",
                              "A daughter or a son looks after the frail patient at home: bathing, feeding, turning.",
                              ["merawat", "memandikan"], name="Studi pasien kronis")


# -- hospital care: "rawat inap", "rawat jalan", "biaya perawatan" -------------------------------------

@pytest.mark.parametrize("text", [
    "Pemerintah kabupaten menanggung biaya rawat inap bagi pasien dari pulau-pulau kecil.",
    "Pasien dirujuk ke Puskesmas rawat inap di ibu kota kecamatan bila kondisinya memburuk.",
    "Keluarga diminta mengurus kartu jaminan agar biaya perawatan tidak memberatkan.",
    "Pasien dari pulau menjalani rawat jalan di RSUD setiap bulan.",
])
def test_hospital_care_is_no_familys_caring(text):
    assert codes_of_paragraph(HOME_CARE, text) == set()


def test_a_family_caring_at_home_still_counts():
    text = "Sejak pulang dari rumah sakit, anak perempuannya merawat pasien di rumah setiap hari."
    assert codes_of_paragraph(HOME_CARE, text) == {"rawat_keluarga"}
