"""The Wori codebook on recent regional news about JKN (round 32, issue 14: provinces and regencies
of Sulawesi, Maluku, NTT, Kalimantan and Sumatra, pages kept outside the repository).

New sentences written for these tests: premium aid a regional government gives to its PBPU and BP
members, its agreement with BPJS Kesehatan on the members it pays for, free insurance as its
programme, and an office or a hospital helping a card's reactivation are registration help; the
centre's PBI named in full, an agreement whose steps are listed after it, a hospital's contract
with BPJS, an agreement not signed, insurance free no longer, help denied, a family's own
reactivation and a village group helped to be active again are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from tests.helpers import codes_of_paragraph

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")


@pytest.mark.parametrize("text", [
    # premium aid a regional government gives
    "Kepala Bappeda menyampaikan bahwa Pemprov memberikan bantuan iuran bagi Pekerja Bukan Penerima Upah "
    "(PBPU) dan Bukan Pekerja (BP) dalam rangka Universal Health Coverage (UHC) di seluruh kabupaten.",
    "Bantuan iuran tersebut diperuntukkan bagi peserta PBPU Pemda mulai bulan Juli sampai akhir tahun.",
    # its agreement with BPJS Kesehatan on the members it pays for
    "Tujuh kabupaten/kota di provinsi itu menandatangani kerja sama penyelenggaraan JKN bagi peserta "
    "Pekerja Bukan Penerima Upah (PBPU) dan Bukan Pekerja (BP) di kantor gubernur.",
    "Kini 97 persen penduduk kabupaten itu sudah menjadi peserta berkat kerja sama pemerintah kabupaten "
    "dengan BPJS Kesehatan sejak awal tahun.",
    # free insurance as a regional government's programme
    "Program BPJS Kesehatan gratis itu termasuk janji kampanye Bupati untuk keluarga kurang mampu di pesisir.",
    # an office or a hospital helping a card's reactivation
    "Sejak penonaktifan massal itu, rumah sakit berupaya membantu proses reaktivasi bagi pasien cuci darah "
    "yang datang berobat.",
    "Bila kartunya nonaktif, petugas puskesmas langsung berkoordinasi dengan Dinas Sosial untuk proses "
    "pengaktifan sehingga pengobatan tidak terhenti.",
    "Operator desa sudah mengusulkan agar keanggotaan nelayan yang menunggak itu kembali aktif.",
])
def test_regional_premiums_agreements_and_reactivation_help_are_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    # the centre's PBI named by its full name
    "Sebagian besar warga desa itu adalah Penerima Bantuan Iuran (PBI) yang iurannya dibayar APBN.",
    # an agreement on steps listed after it: the steps are the registration work
    "Pemerintah Kabupaten dan BPJS Kesehatan menandatangani kerja sama percepatan kepesertaan JKN bagi "
    "anak balita pada hari Senin.",
    # a hospital's contract with BPJS
    "Pemerintah kabupaten meminta BPJS Kesehatan memperpanjang kerja sama dengan RSUD agar peserta PBPU "
    "tetap dilayani.",
    # not signed
    "Pemkab belum menandatangani kerja sama dengan BPJS Kesehatan untuk peserta PBPU tahun ini.",
    # free no longer
    "Kata Wali Kota, mulai tahun depan BPJS Kesehatan tidak lagi gratis bagi warga yang tergolong mampu.",
    # help denied, a family's own reactivation
    "Puskesmas tidak membantu proses reaktivasi, sehingga warga harus datang sendiri ke kantor BPJS.",
    "Ibu itu mengurus sendiri pengaktifan kembali kartunya setelah tiga kali ditolak di loket.",
    # something other than the card or the membership active again
    "Perangkat desa ikut membantu supaya kelompok arisan itu aktif kembali.",
])
def test_the_centres_pbi_other_agreements_and_a_familys_own_errand_are_not(text):
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)
