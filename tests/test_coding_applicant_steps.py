"""A service flow's step taken by the person served (bringing, submitting, going: "Pemohon
mengajukan ...", "Datang langsung ke Dinsos dengan membawa ...") is not the office's help
(pipeline/coding/applicant_steps.py); and registration done by an institution itself is no family
registering in reaction to an illness (wori.yaml's urus_saat_rujukan). Sentences written for these
tests, read with the Wori codebook as document paragraphs."""

from __future__ import annotations

import pytest

from pipeline.coding.applicant_steps import is_applicants_step
from test_coding_distinctions import HELP_REGISTER, INFORM, REACTIVE, coded


def page(text: str) -> set[str]:
    return coded(text, "Standar pelayanan", language="ind")


@pytest.mark.parametrize("text", [
    "Pemohon mengajukan permohonan reaktivasi kartu PBI ke operator desa dengan membawa KTP dan KK.",
    "Datang langsung ke kantor Dinas Sosial dengan membawa berkas persyaratan pengaktifan kartu BPJS.",
    "Jika kartu PBI belum aktif, kunjungi kantor desa untuk pengusulan kembali ke Dinas Sosial.",
])
def test_the_applicants_step_is_not_registration_help(text):
    assert HELP_REGISTER not in page(text)


@pytest.mark.parametrize("text", [
    # the officer's step in the same flow
    "Operator desa mengisi formulir usulan PBI lalu mengirimkannya ke Dinas Sosial untuk diverifikasi.",
    # whom the staff register, named by a relative clause: the staff act
    "Orang tua yang membawa KK langsung didaftarkan petugas puskesmas sebagai peserta JKN di posyandu.",
])
def test_the_officers_step_is_still_registration_help(text):
    assert HELP_REGISTER in page(text)


def test_telling_the_public_what_to_bring_is_still_outreach():
    assert INFORM in page("Puskesmas mengimbau warga agar datang ke balai desa dengan membawa KK untuk mendaftar BPJS.")


@pytest.mark.parametrize("sentence, step", [
    ("1. Pemohon menyerahkan berkas ke loket pendaftaran.", True),
    ("Bila persyaratan belum lengkap, lengkapi dulu di kantor kelurahan.", True),
    ("2. Pasien mendapat surat rujukan dari dokter puskesmas.", False),   # received: the giver acts
    ("# Siapkan Ambulans Gratis untuk Warga", False),                     # a headline's bare verb
    ("Keluarga membawa anak ke puskesmas, lalu bidan merujuknya ke RSUD.", False),   # brought a child, no papers
])
def test_what_a_step_of_the_served_is(sentence, step):
    assert is_applicants_step(sentence) is step


@pytest.mark.parametrize("text", [
    "Untuk sementara pendaftaran peserta baru yang dilakukan oleh rumah sakit bagi pasien rawat inap ditutup.",
    "Puskesmas tidak lagi diberi wewenang mendaftarkan pasien rawat inap sebagai peserta BPJS melalui aplikasi.",
    "Warga yang belum memiliki kartu BPJS kini dapat mendaftar di puskesmas atau rumah sakit daerah.",
])
def test_an_institutions_registration_is_no_reactive_registering(text):
    assert REACTIVE not in page(text)


def test_a_family_registering_after_the_hospital_stay_is_still_reactive():
    assert REACTIVE in page("Keluarga itu baru mengurus kartu BPJS di kantor desa setelah anaknya dirawat di rumah sakit.")
