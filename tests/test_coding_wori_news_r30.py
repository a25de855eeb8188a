"""The Wori codebook on real regional news about JKN (round 30, issue 14: a development set of real
pages kept outside the repository).

New sentences written for these tests: a premium subsidy's name (*bantuan iuran*) and a data
update that takes members off the scheme are no registration help; a regional budget paying the
premiums of the members it covers is; urging a target or a faction is no outreach, urging people
is; reluctance to seek care, or officials' indifference, is no family's reluctance to register.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from tests.helpers import codes_of_paragraph

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")


@pytest.mark.parametrize("text", [
    "Untuk reaktivasi kepesertaan PBI (Penerima Bantuan Iuran), syaratnya peserta masuk desil 1 sampai 5 "
    "dan punya penyakit kronis.",
    "Bulan lalu ribuan warga penerima bantuan iuran di kabupaten ini dinonaktifkan karena pemutakhiran "
    "data oleh Kementerian Sosial.",
])
def test_a_subsidy_named_or_members_taken_off_after_a_data_update_is_no_registration_help(text):
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    "Desa memverifikasi data peserta yang dinonaktifkan agar yang masih miskin diaktifkan kembali.",
    "Kader posyandu membantu mendaftarkan keluarga miskin sebagai peserta penerima bantuan iuran.",
    "Pemerintah kabupaten menyiapkan anggaran untuk membayar premi peserta JKN dari keluarga nelayan.",
    "Pemerintah kota mengalokasikan dana untuk mendukung kepesertaan JKN tahun depan.",
])
def test_checking_members_helping_them_or_a_regional_budget_paying_for_them_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


def test_a_regional_budget_paying_its_own_staff_is_not():
    text = "Pemerintah kota menanggung iuran JKN pegawai honorer dan perangkat desa."
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)


def test_urging_a_faction_is_no_outreach_urging_people_is():
    assert "sosialisasi_pemerintah" not in codes_of_paragraph(
        WORI, "Ketua DPRD berjanji mendorong fraksinya agar aturan BPJS Kesehatan segera diubah.")
    assert "sosialisasi_pemerintah" in codes_of_paragraph(
        WORI, "Kepala puskesmas mendorong warga segera mendaftarkan anaknya ke BPJS.")


@pytest.mark.parametrize("text", [
    "Saya tidak mau ada ibu yang enggan membawa bayinya berobat karena tidak punya kartu BPJS.",
    "Kurangnya kepedulian kepala desa membuat banyak warga miskin belum terdaftar BPJS.",
])
def test_reluctance_to_seek_care_or_officials_indifference_is_no_reluctance_to_register(text):
    assert "malas_mengurus" not in codes_of_paragraph(WORI, text)


def test_a_family_reluctant_to_register_still_is():
    assert "malas_mengurus" in codes_of_paragraph(WORI, "Masih ada orang tua yang enggan mengurus kartu BPJS anaknya.")


@pytest.mark.parametrize("text", [
    "Dana itu membayar premi peserta PBPU yang ditanggung pemerintah daerah, juga bantuan iuran bagi peserta "
    "mandiri kelas III.",
    "Tahun ini Dinas Kesehatan Kota Bitung kembali mengalokasikan dana kurang lebih Rp 4 miliar dari APBD "
    "Pemkot agar seluruh warga yang belum terdaftar masuk kepesertaan JKN.",
])
def test_a_regional_budget_beside_a_subsidy_or_in_a_long_lead_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


def test_cut_off_without_notice_is_no_outreach_a_session_is():
    assert "sosialisasi_pemerintah" not in codes_of_paragraph(
        WORI, "Status kepesertaan ribuan peserta PBI di kabupaten itu diputus tanpa pemberitahuan kepada keluarga.")
    assert "sosialisasi_pemerintah" in codes_of_paragraph(
        WORI, "Puskesmas menggelar sosialisasi JKN kepada warga tanpa memungut biaya.")


def test_village_officials_enrolled_as_staff_are_no_registration_help_families_enrolled_are():
    assert "bantuan_pendaftaran" not in codes_of_paragraph(
        WORI, "Pemerintah Kabupaten Sitaro mendaftarkan kepala desa dan perangkat desa sebagai peserta JKN tahap kedua.")
    assert "bantuan_pendaftaran" in codes_of_paragraph(
        WORI, "Pemerintah desa mendaftarkan 40 balita stunting sebagai peserta JKN yang iurannya ditanggung APBD.")


def test_a_hospital_coordinating_with_an_office_is_no_family_registering_when_ill():
    assert "urus_saat_rujukan" not in codes_of_paragraph(
        WORI, "Kalau kepesertaan pasien tidak aktif di rumah sakit, segera dikoordinasikan dengan Dinas Sosial "
              "agar bisa diaktifkan kembali.")
    assert "urus_saat_rujukan" in codes_of_paragraph(
        WORI, "Setelah anaknya dirawat di rumah sakit, ibu itu baru buru-buru ke kantor desa mengurus kartu BPJS.")


def test_the_verification_system_itself_is_no_registration_help():
    assert "bantuan_pendaftaran" not in codes_of_paragraph(
        WORI, "Warga mengeluhkan sistem verifikasi data kepesertaan JKN yang membuat kartu mereka mati mendadak.")


def test_a_village_checking_members_still_is():
    assert "bantuan_pendaftaran" in codes_of_paragraph(
        WORI, "Petugas desa memverifikasi data peserta PBI yang dinonaktifkan agar bisa diusulkan kembali.")
