"""Round 22 (issue 14): what real news pages about JKN/BPJS enrolment say that the Wori codebook
missed or misread. A development set of real Indonesian news paragraphs (kept outside the
repository) showed regularities of form; the sentences below are new ones written for this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.ingest import read_batch
from test_coding_distinctions import HELP_REFER, HELP_REGISTER, REACTIVE
from test_coding_documents import coded_paragraph

MINIMAL = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori_minimal.yaml")


# -- membership data verified or validated by an office or a village: registration work -----------
@pytest.mark.parametrize("text", [
    "Dinas Sosial kini memverifikasi ulang data peserta JKN yang dinonaktifkan bersama pemerintah desa.",
    "Daftar nama itu dikirim ke kelurahan agar divalidasi ulang sebagai peserta PBI.",
])
def test_membership_data_verified_is_registration_help(text):
    assert HELP_REGISTER in coded_paragraph(text)


@pytest.mark.parametrize("text", [
    # a civil-registry number checked by a system, not members' entitlement
    "Sistem yang terhubung dengan BPJS Kesehatan memungkinkan validasi NIK secara daring.",
    # a hospital's claim checked
    "Tim rumah sakit memverifikasi klaim peserta JKN setiap akhir bulan.",
])
def test_other_verification_is_not_registration_help(text):
    assert HELP_REGISTER not in coded_paragraph(text)


# -- insurance cards handed to families: they were enrolled -------------------------------------
def test_cards_handed_to_families_are_registration_help():
    assert HELP_REGISTER in coded_paragraph(
        "Camat menyerahkan kartu KIS kepada dua puluh keluarga nelayan di balai desa, Senin.")


def test_an_explanation_about_the_card_is_not_handing_it_over():
    assert HELP_REGISTER not in coded_paragraph(
        "Setiap bulan di posyandu kami memberikan penjelasan tentang kartu BPJS kepada para ibu.")


# -- names from the welfare database proposed for PBI -------------------------------------------
def test_welfare_database_proposed_is_registration_help():
    assert HELP_REGISTER in coded_paragraph(
        "Setiap triwulan kelurahan mengusulkan warga yang sudah masuk DTKS ke dinas.")


def test_a_road_proposed_is_not():
    assert HELP_REGISTER not in coded_paragraph("Setiap triwulan kelurahan mengusulkan perbaikan jalan ke dinas.")


# -- a patient shuttle run by a government: referral transport -----------------------------------
def test_patient_shuttle_is_referral_help():
    assert HELP_REFER in coded_paragraph(
        "Pemerintah kabupaten meluncurkan layanan antar jemput pasien rawat jalan secara gratis.")


# -- a patient picked up for the referral: referral help, not registration help -----------------
def test_pickup_for_a_referral_is_not_registration_help():
    codes = coded_paragraph("Warga cukup menghubungi kantor Dinas Sosial. Petugas mengatur jadwal rujukan "
                            "dan titik penjemputan pasien, lalu sopir mengantar pasien ke rumah sakit.")
    assert HELP_REGISTER not in codes
    assert HELP_REFER in codes


# -- "datang langsung ke kantor": in person, not registering in a hurry ---------------------------
def test_coming_in_person_is_not_registering_in_a_hurry():
    assert REACTIVE not in coded_paragraph(
        "Keluarga pasien bisa datang langsung ke kantor Dinas Sosial, lalu petugas menyiapkan jadwal rujukan.")


# -- minimal codebook: the verb that reports a figure does not second a weak keyword --------------
def _minimal_document_codes(tmp_path, paragraph: str) -> set[str]:
    """Codes of one news paragraph under wori_minimal.yaml, read as a document."""
    (tmp_path / "N1.md").write_text("---\ntype: document\ninformant: N1\nrole: Berita daring\n---\n"
                                    f"{paragraph}\n", encoding="utf-8")
    batch = read_batch(tmp_path)
    return set(code_segments(batch.segments, MINIMAL, batch.informants)["code_id"])


def test_a_figure_recorded_does_not_second_a_weak_keyword(tmp_path):
    codes = _minimal_document_codes(tmp_path, "Dinas Sosial mencatat penerima PBI daerah hingga akhir Juni "
                                              "mencapai 48.120 jiwa, naik dari tahun lalu.")
    assert "membantu_pendaftaran" not in codes


def test_names_recorded_by_cadres_still_second_it(tmp_path):
    codes = _minimal_document_codes(tmp_path, "Kader mencatat nama balita yang belum punya PBI, lalu "
                                              "puskesmas membantu pendaftaran mereka.")
    assert "membantu_pendaftaran" in codes


# -- "BPJS Kesehatan" is the insurer's name: its "kesehatan" is no word of health promotion -------
def test_the_insurers_name_is_not_two_words_of_outreach(tmp_path):
    codes = _minimal_document_codes(tmp_path, "Kami siapkan BPJS kesehatan bagi keluarga nelayan. Selama ini "
                                              "kartu BPJS Kesehatan baru aktif setelah dua minggu.")
    assert "sosialisasi_pemerintah_desa_puskesmas" not in codes
