"""Round 28 (issue 14): real news pages about JKN/BPJS enrolment, read with the Wori codebook.
Development and check sets of real Indonesian news pages (kept outside the repository) showed
these regularities on three outlets; the sentences below are new ones written for this file.
"""

from __future__ import annotations

import pytest

from test_document_topic import page_codes

HELP_REFER = "bantuan_rujukan"


# -- a village or district getting or having a patient vehicle, on the vehicle's page ------------
def test_a_village_buying_or_being_given_an_ambulance_is_referral_help():
    codes = page_codes(["# Warga Patungan, Desa Tanjung Sari Kini Punya Ambulans Sendiri",
                        "Ambulans itu dipakai mengantar warga yang sakit ke puskesmas kecamatan.",
                        "Tahun lalu pemerintah desa membeli mobil ambulans bekas dari sebuah klinik.",
                        "Seorang pengusaha setempat menghibahkan satu mobil ambulans lagi bulan ini."])
    assert all(HELP_REFER in codes[i] for i in (0, 2, 3))


def test_villages_counted_as_having_an_ambulance_or_not_having_one_are_not():
    codes = page_codes(["# Ambulans Desa Jadi Andalan Warga Pesisir",
                        "Ambulans desa mengantar pasien ke rumah sakit kabupaten setiap pekan.",
                        "Di kecamatan itu baru tiga desa yang memiliki ambulans.",
                        "Desa tetangganya belum memiliki ambulans sama sekali."])
    assert HELP_REFER not in codes[2] and HELP_REFER not in codes[3]


def test_owning_an_ambulance_on_a_page_about_something_else_is_not():
    codes = page_codes(["# Panen Raya Cengkih di Kecamatan Utara",
                        "Petani menjual cengkih ke pengepul dengan harga yang lebih baik tahun ini.",
                        "Kepala desa bilang desanya sudah punya ambulans, hasil tabungan dana desa."])
    assert HELP_REFER not in codes[2]


# -- officials asked to be proactive or to make sure people are enrolled -------------------------
from test_coding_round27_realdocs import news  # noqa: E402  (one paragraph of a news page)

HELP_REGISTER = "bantuan_pendaftaran"


@pytest.mark.parametrize("text", [
    "Bupati Sangihe meminta para kepala desa lebih pro aktif mendata warga miskin yang belum punya BPJS Kesehatan.",
    "Para lurah diminta memastikan seluruh warganya sudah terdaftar sebagai peserta JKN sebelum akhir tahun.",
])
def test_officials_asked_to_be_proactive_or_make_sure_is_no_registration_help(text):
    assert HELP_REGISTER not in news(text)


@pytest.mark.parametrize("text", [
    # a task ordered, with its deadline: the villages' listing
    "Camat meminta para kepala desa menyusun daftar balita yang belum terdaftar JKN paling lambat pekan depan.",
    # the one asking enrols the people itself
    "Wali kota meminta lurah memastikan data warga miskin lengkap, karena pemkot akan mendaftarkan mereka "
    "sebagai peserta PBI APBD bulan depan.",
])
def test_a_task_ordered_or_an_enrolment_by_the_one_asking_stays_registration_help(text):
    assert HELP_REGISTER in news(text)
