"""Round 29 (issue 14): real news pages about JKN/BPJS enrolment, read with the Wori codebook.
Development and check sets of real Indonesian news pages (kept outside the repository) showed
these regularities on several outlets; the sentences below are new ones written for this file.
"""

from __future__ import annotations

import pytest

from test_coding_round27_realdocs import news  # one paragraph of a news page

HELP_REGISTER = "bantuan_pendaftaran"


# -- a regional government paying residents' premiums ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Pemkab Minahasa Selatan menanggung iuran BPJS Kesehatan bagi 12 ribu warga kurang mampu tahun ini.",
    "# Iuran JKN Ribuan Warga Pesisir Talaud Dibayar Pemda",
    "Sebanyak 8.400 penduduk lanjut usia akan dibayarkan iuran kepesertaannya melalui APBD 2026.",
])
def test_a_regional_government_paying_residents_premiums_is_registration_help(text):
    assert HELP_REGISTER in news(text)


@pytest.mark.parametrize("text", [
    # an employer's duty: the premiums of its own officials
    "Pemkab menanggung iuran BPJS Kesehatan bagi seluruh perangkat desa dan keluarganya.",
    # a coverage figure: members counted, no act
    "Sebanyak 31 ribu jiwa telah menjadi peserta BPJS yang iurannya dibiayai oleh pemerintah daerah.",
    "Pemkab telah menganggarkan iuran PBI APBD bagi 20 ribu jiwa, sehingga cakupan kepesertaan JKN "
    "sudah mencapai 97 persen.",
    # premiums not borne
    "Pemda tidak bisa membayar iuran BPJS bagi tiga ribu warga miskin yang dicoret tahun lalu.",
])
def test_officials_premiums_counts_and_unpaid_premiums_are_not(text):
    assert HELP_REGISTER not in news(text)


# -- a patient vehicle by name handed over or put in service, on the vehicle's page ----------------
from test_document_topic import page_codes  # noqa: E402

HELP_REFER = "bantuan_rujukan"


def test_a_village_car_handed_over_or_used_on_its_page_is_referral_help():
    codes = page_codes(["# Lima Desa di Pesisir Talaud Terima Mobil Siaga",
                        "Mobil siaga itu dipakai mengantar warga yang sakit ke rumah sakit daerah.",
                        "Penyerahan mobil siaga dilakukan wakil bupati kepada lima hukum tua di alun-alun.",
                        "Sejak bulan lalu ambulans desa itu dimanfaatkan juga oleh warga kampung sebelah."])
    assert all(HELP_REFER in codes[i] for i in (2, 3))


def test_hopes_and_thanks_at_the_handover_are_not():
    codes = page_codes(["# Lima Desa di Pesisir Talaud Terima Mobil Siaga",
                        "Mobil siaga itu dipakai mengantar warga yang sakit ke rumah sakit daerah.",
                        "Bupati berharap mobil siaga yang diterima desa dirawat dengan baik.",
                        "Kepala desa mengucapkan terima kasih atas mobil siaga yang diberikan pemkab."])
    assert HELP_REFER not in codes[2] and HELP_REFER not in codes[3]


# -- the data of the poor or of recipients checked, on a page about the insurance ----------------
def test_recipients_data_checked_on_an_insurance_page_is_registration_help():
    codes = page_codes(["# Ribuan Peserta PBI JKN di Sangihe Dinonaktifkan",
                        "Kementerian Sosial menonaktifkan 4.000 peserta PBI JKN di kabupaten itu bulan lalu.",
                        "# Dinsos Sangihe Validkan Data Penerima",
                        "Dinsos bersama para kapitalaung kini memverifikasi data warga miskin itu satu per satu."])
    assert HELP_REGISTER in codes[2] and HELP_REGISTER in codes[3]


def test_officials_asked_to_check_data_or_data_checked_on_another_page_are_not():
    asked = page_codes(["# Ribuan Peserta PBI JKN di Sangihe Dinonaktifkan",
                        "Kementerian Sosial menonaktifkan 4.000 peserta PBI JKN di kabupaten itu bulan lalu.",
                        "Bupati berkata para kapitalaung harus rajin memverifikasi data warga miskin."])
    other = page_codes(["# Panen Cengkih Turun Tahun Ini",
                        "Harga cengkih di pasar Tahuna jatuh karena panen raya di daerah lain.",
                        "Dinas pertanian memverifikasi data petani penerima bibit."])
    finding = page_codes(["# Ribuan Peserta PBI JKN di Sangihe Dinonaktifkan",
                          "Kementerian Sosial menonaktifkan 4.000 peserta PBI JKN di kabupaten itu bulan lalu.",
                          "Hasil verifikasi data gizi bulan Maret menunjukkan 40 balita pendek di pulau itu."])
    assert HELP_REGISTER not in asked[2] and HELP_REGISTER not in other[2] and HELP_REGISTER not in finding[2]
