"""The Wori codebook on forms real news uses for registration help (round 21, documents).

New sentences written for these tests: an office nearer to families that takes registrations is
registration help; the same office named only for its conditions, or a school's registration, is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from tests.helpers import codes_of_paragraph

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")


@pytest.mark.parametrize("text", [
    "Mulai bulan depan, 40 kantor kelurahan di kota itu siap menerima pendaftaran peserta JKN dari warga sekitar.",
    "Kantor kecamatan juga akan melayani pendaftaran bayi baru lahir sebagai peserta BPJS Kesehatan.",
    "Di dropbox kecamatan, warga bisa mendaftar dipandu petugas yang sudah dilatih BPJS Kesehatan.",
])
def test_an_office_nearer_to_families_taking_registrations_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    "Pendaftaran di kantor kelurahan tidak dipungut biaya apa pun, kata kepala kantor cabang.",
    "Kantor kelurahan tidak melayani pendaftaran peserta JKN pada hari Sabtu.",
    "Sekolah di kecamatan itu menerima pendaftaran murid baru sampai akhir Juni.",
])
def test_an_office_named_for_its_conditions_or_another_registration_is_not(text):
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    "Camat meminta para lurah memberikan data warga tidak mampu agar segera dimasukkan sebagai peserta PBI.",
    "Dinas Sosial mempercepat input data penduduk miskin supaya bisa masuk ke dalam program JKN tahun ini.",
])
def test_data_handed_over_to_put_people_into_the_insurance_is_registration_help(text):
    assert "bantuan_pendaftaran" in codes_of_paragraph(WORI, text)


@pytest.mark.parametrize("text", [
    "Lambatnya pendaftaran disebabkan input data warga yang harus masuk ke dalam program menunggu KTP elektronik.",
    "Seorang anak yang lahir dari ibu peserta JKN cukup didaftarkan oleh orang tuanya lewat aplikasi.",
])
def test_stuck_data_work_or_a_family_registering_itself_is_not(text):
    assert "bantuan_pendaftaran" not in codes_of_paragraph(WORI, text)
