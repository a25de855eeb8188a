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


# -- round 35 review: the same verbs outside a service flow ------------------------------------

from helpers import minimal_codebook, paragraph_codings  # noqa: E402

_VILLAGE = minimal_codebook([
    ("evaluasi", "EVAL-PEL", "Evaluasi pelatihan guru: kuesioner, pre-test, post-test.", ["kuesioner", "post-test"]),
    ("gotong", "Gotong royong warga", 'Warga bekerja bersama, "kerja bakti".', ["kerja bakti"]),
    ("pupuk", "Pemupukan", "Pemberian pupuk organik atau kimia ke lahan.", ["pupuk"]),
], name="Kehidupan desa")


@pytest.mark.parametrize("text, code", [
    ("Peserta mengisi kuesioner post-test pada hari terakhir kursus menjahit.", "evaluasi"),
    ("Warga menyiapkan konsumsi untuk kerja bakti membersihkan saluran sawah.", "gotong"),
    ("Isi kegiatan adalah pembagian pupuk organik kepada kelompok tani.", "pupuk"),      # isi, the noun
    ("Siapkan lahan dua minggu sebelum tanam, lalu taburkan pupuk kandang merata.", "pupuk"),
])
def test_the_served_doing_other_work_than_papers_keeps_its_code(text, code):
    """Only a step with the flow's papers or to an office is the served's part of a service."""
    assert code in set(paragraph_codings(_VILLAGE, text)["code_id"])


@pytest.mark.parametrize("sentence, step", [
    ("Warga mengajukan keberatan kepada panitia pemilihan atas penghitungan suara.", False),
    ("Ia naik perahu sampai dermaga, lalu serahkan ke mantri jaga.", False),     # told as it happened, no papers
    ("Kunjungi kebun setiap pagi untuk melihat hama.", False),                    # going, to no office
    ("Pemohon menyiapkan fotokopi ijazah dan pas foto.", True),
    ("Kunjungi loket perpustakaan daerah untuk memperpanjang pinjaman.", True),
])
def test_a_step_of_the_flow_handles_its_papers_or_goes_to_an_office(sentence, step):
    assert is_applicants_step(sentence) is step
