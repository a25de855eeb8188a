"""The Wori codebook on real plan-like prose about JKN (round 31, issue 14: regency budgets, DPRD
recommendations, regulations and insurer statements kept outside the repository).

New sentences written for these tests: a regional budget named in full, a premium made free by a
regional subsidy, a budget set aside for members and a premium that rises by a percentage are a
regional government paying its residents' premiums; the centre's subsidy and a share of the
population covered are not registration work; a reminder to pay premiums is no outreach.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from tests.helpers import codes_of_paragraph

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")


@pytest.mark.parametrize("text", [
    "Tahun ini dana Rp 12 miliar dialokasikan dari Anggaran Pendapatan dan Belanja Daerah guna membiayai iuran "
    "BPJS Kesehatan bagi warga nelayan.",
    "Iuran peserta kelas III di kota ini digratiskan karena disubsidi pemerintah provinsi.",
    "Pemkab menyiapkan Rp 5 miliar pada APBD tahun depan untuk peserta PBI daerah yang belum terdaftar.",
    "Bupati menegaskan pemerintah kabupaten tetap menanggung iuran BPJS warga miskin meski iuran naik 100 persen.",
])
def test_a_regional_budget_set_aside_or_paying_premiums_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    "Iuran peserta PBI disubsidi pemerintah pusat melalui APBN.",
    "Berkat APBD yang menanggung iuran, kepesertaan JKN di kota itu kini mencapai 96 persen penduduk.",
])
def test_the_centres_subsidy_or_a_share_covered_is_not(text):
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)


def test_a_reminder_to_pay_premiums_is_no_outreach_about_registering():
    """Premium collection (`premium_due`) is left out by every outreach rule, the leaflet and the
    appeal too; a leaflet about registering is outreach."""
    assert "sosialisasi_pemerintah" not in codes_of_paragraph(
        WORI, "Petugas membagikan brosur pengingat pembayaran iuran BPJS kepada pedagang di pasar.")
    assert "sosialisasi_pemerintah" not in codes_of_paragraph(
        WORI, "Petugas memasang spanduk imbauan membayar iuran JKN sebelum tanggal sepuluh.")
    assert "sosialisasi_pemerintah" in codes_of_paragraph(
        WORI, "Petugas puskesmas membagikan brosur tentang cara mendaftar BPJS kepada warga di pasar.")
