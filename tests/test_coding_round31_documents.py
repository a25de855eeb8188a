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


# -- a duty to report by a deadline ------------------------------------------------------------------

BITES = one_code_codebook("gigitan_ular", "Gigitan ular pada petani",
                          "A farmer bitten by a snake in the field or the garden, and what followed.",
                          ["gigitan ular", "dipatuk ular"], name="Studi keselamatan petani")


@pytest.mark.parametrize("text", [
    "2. Setiap Pustu wajib melaporkan setiap gigitan ular kepada Puskesmas induk dalam 1x24 jam.",
    "Bidan desa menyiapkan serum di pos kesehatan; setiap gigitan ular dilaporkan paling lambat dua hari "
    "kepada dokter Puskesmas.",
])
def test_a_duty_to_report_by_a_deadline_is_monitoring(text):
    assert codes_of_paragraph(BITES, text) == set()


@pytest.mark.parametrize("text", [
    "Pustu Desa Lobu melaporkan tiga gigitan ular pada petani jagung selama musim panen.",
    "Kepala desa melaporkan bahwa dalam 3 hari terakhir terjadi dua gigitan ular di kebun.",
])
def test_a_report_of_what_happened_still_counts(text):
    assert codes_of_paragraph(BITES, text) == {"gigitan_ular"}


def test_an_offices_name_is_no_verb_of_reporting():
    text = ("Dinas Kependudukan dan Pencatatan Sipil membuka pos pertolongan gigitan ular di balai desa paling "
            "lambat dua hari sejak musim panen dimulai.")
    assert codes_of_paragraph(BITES, text) == {"gigitan_ular"}


def test_a_deadline_of_another_act_is_no_duty_to_report():
    text = ("Dokter Puskesmas memberi serum kepada korban gigitan ular paling lambat enam jam setelah kader "
            "melapor.")
    assert codes_of_paragraph(BITES, text) == {"gigitan_ular"}
