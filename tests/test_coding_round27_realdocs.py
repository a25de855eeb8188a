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
