"""Round 27 (issue 14): real news pages about JKN/BPJS enrolment, read with the Wori codebook.
A development set of real Indonesian news pages (kept outside the repository) showed these
regularities on three outlets; the sentences below are new ones written for this file.
"""

from __future__ import annotations

import pytest

from test_coding_distinctions import INFORM
from test_coding_documents import coded_paragraph


def news(text: str) -> set[str]:
    """Codes of one paragraph of an online news page."""
    return coded_paragraph(text, "Berita daring")


# -- the insurer's own outreach is not the district's, village's or clinic's ---------------------
@pytest.mark.parametrize("text", [
    "BPJS Kesehatan mengajak para pedagang pasar untuk segera mendaftar JKN selagi masih sehat.",
    "Imbauan agar warga mendaftarkan bayinya ke JKN sejak lahir disampaikan Deputi Direksi BPJS "
    "Kesehatan wilayah Sulawesi dalam jumpa pers, Selasa.",
    "Kepala Kantor Cabang BPJS Kesehatan Tahuna menggelar sosialisasi pendaftaran peserta JKN "
    "di sebuah hotel, Kamis.",
])
def test_the_insurers_own_appeal_or_outreach_is_not_the_governments(text):
    assert INFORM not in news(text)


@pytest.mark.parametrize("text", [
    # a joint programme: the district beside the insurer
    "BPJS Kesehatan bersama Pemkab Sitaro menggelar sosialisasi pendaftaran JKN di tiap kecamatan.",
    # the clinic's own outreach, the insurer only the topic
    "Petugas puskesmas mengajak ibu-ibu di posyandu mendaftarkan anaknya sebagai peserta BPJS Kesehatan.",
    # a district official's appeal
    "Bupati mengimbau warga yang belum punya kartu BPJS Kesehatan segera mendaftar lewat kantor desa.",
])
def test_outreach_by_the_district_village_or_clinic_stays_outreach(text):
    assert INFORM in news(text)


# -- a patient vehicle's provision, running costs or free use, on a page about the vehicle -------
from test_document_topic import page_codes  # noqa: E402  (the page-level helper lives there)

HELP_REFER = "bantuan_rujukan"


def test_a_patient_vehicles_costs_on_its_own_page_are_referral_help():
    codes = page_codes(["# Kecamatan Pesisir Kini Punya Dua Ambulans Desa",
                        "Dua desa di kecamatan itu menerima ambulans desa dari pemerintah kabupaten pekan lalu.",
                        "Sopir dan bahan bakar ditanggung dari anggaran desa, jadi warga tidak membayar apa pun.",
                        "Pengadaan dua mobil itu dianggarkan Rp 400 juta pada tahun ini."])
    assert HELP_REFER in codes[2] and HELP_REFER in codes[3]


def test_the_same_costs_on_a_page_about_something_else_are_not():
    codes = page_codes(["# Festival Budaya Tahunan Digelar di Alun-Alun Kota",
                        "Ribuan warga memadati alun-alun kota untuk menyaksikan pawai budaya.",
                        "Sopir dan bahan bakar ditanggung dari anggaran desa, jadi warga tidak membayar apa pun.",
                        "Pengadaan dua mobil itu dianggarkan Rp 400 juta pada tahun ini."])
    assert HELP_REFER not in codes[2] and HELP_REFER not in codes[3]


def test_a_hearse_paid_by_the_village_is_not_referral_help():
    codes = page_codes(["# Desa Sukamaju Luncurkan Ambulans Desa Gratis",
                        "Ambulans itu melayani warga yang sakit menuju puskesmas dan rumah sakit.",
                        "Mobil yang sama juga mengantar jenazah ke pemakaman secara gratis."])
    assert HELP_REFER not in codes[2]
