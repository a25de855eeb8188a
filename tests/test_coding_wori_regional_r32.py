"""The Wori codebook on recent regional news about JKN (round 32, issue 14: provinces and regencies
of Sulawesi, Maluku, NTT, Kalimantan and Sumatra, pages kept outside the repository).

New sentences written for these tests: premium aid a regional government gives to its PBPU and BP
members, and its agreement with BPJS Kesehatan on the members it pays for, are the district enrolling
its residents; the centre's PBI named in full, an agreement whose steps are listed after it, a
hospital's contract with BPJS and an agreement not signed are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from tests.helpers import codes_of_paragraph

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")


@pytest.mark.parametrize("text", [
    "Kepala Bappeda menyampaikan bahwa Pemprov memberikan bantuan iuran bagi Pekerja Bukan Penerima Upah "
    "(PBPU) dan Bukan Pekerja (BP) dalam rangka Universal Health Coverage (UHC) di seluruh kabupaten.",
    "Bantuan iuran tersebut diperuntukkan bagi peserta PBPU Pemda mulai bulan Juli sampai akhir tahun.",
])
def test_premium_aid_a_regional_government_gives_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


def test_the_centres_pbi_named_in_full_is_not():
    assert "bantuan_pendaftaran" not in codes_of_paragraph(
        WORI, "Sebagian besar warga desa itu adalah Penerima Bantuan Iuran (PBI) yang iurannya dibayar APBN.")


@pytest.mark.parametrize("text", [
    "Tujuh kabupaten/kota di provinsi itu menandatangani kerja sama penyelenggaraan JKN bagi peserta "
    "Pekerja Bukan Penerima Upah (PBPU) dan Bukan Pekerja (BP) di kantor gubernur.",
    "Kini 97 persen penduduk kabupaten itu sudah menjadi peserta berkat kerja sama pemerintah kabupaten "
    "dengan BPJS Kesehatan sejak awal tahun.",
])
def test_a_regional_agreement_with_bpjs_on_the_members_it_pays_for_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    # an agreement on steps listed after it: the steps are the registration work
    "Pemerintah Kabupaten dan BPJS Kesehatan menandatangani kerja sama percepatan kepesertaan JKN bagi "
    "anak balita pada hari Senin.",
    # a hospital's contract with BPJS
    "Pemerintah kabupaten meminta BPJS Kesehatan memperpanjang kerja sama dengan RSUD agar peserta PBPU "
    "tetap dilayani.",
    # not signed
    "Pemkab belum menandatangani kerja sama dengan BPJS Kesehatan untuk peserta PBPU tahun ini.",
])
def test_other_agreements_are_not(text):
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    "Sejak penonaktifan massal itu, rumah sakit berupaya membantu proses reaktivasi bagi pasien cuci darah "
    "yang datang berobat.",
    "Bila kartunya nonaktif, petugas puskesmas langsung berkoordinasi dengan Dinas Sosial untuk proses "
    "pengaktifan sehingga pengobatan tidak terhenti.",
])
def test_an_office_or_hospital_helping_reactivate_cards_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    "Puskesmas tidak membantu proses reaktivasi, sehingga warga harus datang sendiri ke kantor BPJS.",
    "Ibu itu mengurus sendiri pengaktifan kembali kartunya setelah tiga kali ditolak di loket.",
])
def test_help_denied_or_a_familys_own_reactivation_is_not(text):
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)
