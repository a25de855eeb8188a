"""Precision of the coder on formal Indonesian documents (news, regulations, minutes, reports).

Documents say much that a careful coder leaves uncoded: definitions, requirement lists, legal
considerations and references, targets, follow-up plans, recommendations, services offered to
whoever lacks a paper, and attribution ("X menjelaskan bahwa ..."). Codes are for what was
reported to have happened: an obstacle people met, outreach or help actually given.

`tests/data/dev3_documents` was written before the codebook was read and measured once with
codebook 1.2 as it stood: pooled kappa 0.499 (recall 1.0 on every code, precision 0.22-0.60 on
four of them). The general document-register exclusions of the codebook brought it to 0.917;
the floor below sits a little under that. The sentences further down are new wordings written
for this file, not copied from any batch.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.coding import evaluate_batch, format_result
from test_coding_distinctions import CODEBOOK, HELP_REFER, HELP_REGISTER, INFORM, LAZY, NO_KK, REACTIVE, coded

DEV3 = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev3_documents"
DEV3_KAPPA_FLOOR = 0.89  # reached 0.917; first measurement 0.499


def coded_paragraph(text: str, role: str = "Laporan kegiatan") -> set[str]:
    """Codes of one document paragraph (no speaker labels: the paragraph is the segment)."""
    return coded(text, role, language="ind")


def test_agreement_on_dev3_documents():
    result = evaluate_batch(DEV3, CODEBOOK)
    assert result["pooled"]["kappa"] >= DEV3_KAPPA_FLOOR, format_result(result)
    # the gains came from precision; recall must not have been paid for them
    assert (result["per_code"]["recall"] >= 0.99).all(), format_result(result)


@pytest.mark.parametrize("text", [
    # definitions
    "Yang dimaksud dengan pendampingan adalah bantuan petugas kepada keluarga dalam mengurus pendaftaran JKN.",
    # follow-up plans and recommendations
    "Rencana tindak lanjut: kader akan mendata balita yang belum punya kartu BPJS dan membantu pendaftarannya.",
    "Rekomendasi: puskesmas perlu meningkatkan penyuluhan tentang manfaat JKN kepada orang tua balita.",
    "Pemerintah desa disarankan memfasilitasi pengusulan PBI bagi keluarga miskin.",
    # aims and methods of a report
    "Laporan ini bertujuan menilai capaian program fasilitasi kepesertaan JKN tahun 2024.",
    "Berdasarkan hasil pendataan ulang, 40 balita belum terdaftar sebagai peserta JKN.",
])
def test_definitions_plans_and_recommendations_stay_uncoded(text):
    assert coded_paragraph(text) == set()


@pytest.mark.parametrize("text", [
    "Penduduk yang belum memiliki akta kelahiran dapat mengurusnya di kantor kecamatan setiap hari Senin.",
    "Bagi masyarakat yang belum terdaftar sebagai peserta JKN, silakan datang ke kantor desa dengan membawa KK.",
    "Persyaratan pengusulan PBI: fotokopi Kartu Keluarga, fotokopi KTP dan surat keterangan tidak mampu.",
    "Bayi baru lahir wajib didaftarkan dengan melampirkan Kartu Keluarga yang sudah memuat nama bayi.",
])
def test_requirements_and_services_offered_stay_uncoded(text):
    assert coded_paragraph(text, role="Pengumuman desa") == set()


@pytest.mark.parametrize("text", [
    "Menimbang bahwa kepesertaan jaminan kesehatan bagi balita perlu difasilitasi oleh pemerintah desa.",
    "Mengingat Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan sebagaimana telah diubah.",
    "Dalam hal peserta dirujuk ke rumah sakit dan kartunya belum aktif, petugas puskesmas membantu pengaktifan.",
    "Pemerintah kecamatan menyelenggarakan sosialisasi kepesertaan JKN paling sedikit empat kali dalam setahun.",
    "Penyuluhan JKN semestinya dilakukan oleh desa, bukan hanya oleh puskesmas.",
])
def test_legal_text_and_norms_stay_uncoded(text):
    assert coded_paragraph(text, role="Peraturan desa") == set()


def test_attribution_is_not_outreach():
    text = "Kepala Dinas Sosial menjelaskan bahwa kepesertaan PBI ditetapkan oleh Kementerian Sosial setiap bulan."
    assert coded_paragraph(text, role="Berita daring") == set()


@pytest.mark.parametrize("text, code", [
    ("Sepanjang Agustus, kader dan bidan desa membantu 18 keluarga mengisi formulir pendaftaran PBI.",
     HELP_REGISTER),
    ("Petugas desa mendata 25 balita tanpa kartu JKN lalu mengusulkan nama mereka ke Dinas Sosial.",
     HELP_REGISTER),
    ("Petugas puskesmas telah memberikan penyuluhan tentang manfaat JKN kepada ibu-ibu di posyandu.", INFORM),
    # a report attributed to someone is still a report of outreach done
    ("Pemegang program melaporkan bahwa penyuluhan JKN telah dilaksanakan di enam posyandu.", INFORM),
    ("Sebanyak 12 balita belum dapat didaftarkan karena orang tuanya belum memiliki Kartu Keluarga.", NO_KK),
    ("Kami menemukan orang tua yang malas mengurus kartu BPJS walaupun sudah diberi formulir.", LAZY),
    ("Sebagian keluarga baru mendaftar JKN ketika anaknya harus dirawat di rumah sakit.", REACTIVE),
    ("Bidan desa mengantar balita yang dirujuk ke RSUD dengan ambulans desa.", HELP_REFER),
])
def test_reported_activities_and_obstacles_are_coded(text, code):
    assert code in coded_paragraph(text)


@pytest.mark.parametrize("text, role, code", [
    # a recommendation letter is help, not a recommendations section
    ("Desa kase surat rekomendasi, kong kami bantu isi formulir BPJS.", "Sekretaris desa", HELP_REGISTER),
    # outreach done, followed by an opinion about who else should do it
    ("Kami so sosialisasi BPJS di posyandu, mar seharusnya desa juga ikut.", "Bidan desa", INFORM),
    # requirements named, then an obstacle or help actually reported
    ("Syaratnya KK dan akta lahir, tapi banyak warga belum memiliki KK.", "Bidan desa", NO_KK),
    ("Syaratnya KK deng KTP, kita yang kumpul kong bawa ka dinas sosial.", "Kader posyandu", HELP_REGISTER),
])
def test_document_register_exclusions_spare_reports_in_interviews(text, role, code):
    assert code in coded_paragraph(text, role=role)
