"""Round 23 (issue 14): more real news pages about JKN/BPJS enrolment, read with the Wori codebook.
A grown development set of real Indonesian news pages (kept outside the repository) showed these
regularities; the sentences below are new ones written for this file.
"""

from __future__ import annotations

import pytest

from pipeline.coding.lemmas import word_analyzer
from test_coding_distinctions import HELP_REGISTER, INFORM, REACTIVE
from test_coding_documents import coded_paragraph


def news(text: str) -> set[str]:
    """Codes of one paragraph of an online news page."""
    return coded_paragraph(text, "Berita daring")


# -- the KIS is the card itself: a district or kelurahan distributing it hands families their cards --
@pytest.mark.parametrize("text", [
    "Pemerintah kecamatan mulai mendistribusikan KIS kepada 4.100 keluarga di enam desa pekan ini.",
    "Pendistribusian KIS di kelurahan itu dilanjutkan lurah bersama para ketua RW sampai Jumat.",
])
def test_a_local_government_distributing_kis_is_registration_help(text):
    assert HELP_REGISTER in news(text)


@pytest.mark.parametrize("text", [
    # a ministry and the post office sending cards nationwide: no local actor
    "Menteri menyebut pendistribusian KIS, KIP dan KKS berlangsung serentak lewat kantor pos.",
    # a deactivated card is not handed out
    "Ribuan KIS yang dibagikan tahun lalu kini dinonaktifkan oleh pemerintah pusat.",
])
def test_kis_sent_nationwide_or_deactivated_is_not_registration_help(text):
    assert HELP_REGISTER not in news(text)


# -- advocacy and statistics are not registration work ------------------------------------------
@pytest.mark.parametrize("text", [
    # a region proposed for a scheme
    "Dinas kesehatan akan mengajukan Kabupaten Sangihe supaya ditetapkan sebagai daerah UHC prioritas.",
    # a count recorded
    "Dinas sosial mencatat jumlah peserta PBI daerah hingga akhir tahun sebanyak 52.410 jiwa.",
    "Sampai Maret, penerima bantuan iuran dari APBD tercatat 8.930 orang di kota itu.",
    # families registering themselves, the scheme's name holding its "bantuan"
    "Sejak pagi puluhan warga antre di kantor dinas untuk mendaftarkan diri sebagai penerima bantuan iuran.",
])
def test_advocacy_statistics_and_self_registration_are_not_registration_help(text):
    assert HELP_REGISTER not in news(text)


def test_listing_names_for_the_scheme_is_still_registration_help():
    assert HELP_REGISTER in news("Petugas desa mendata warga miskin lalu mengusulkan nama-nama mereka sebagai "
                                 "peserta PBI ke dinas sosial.")


# -- registering while healthy is the opposite of registering only when ill ---------------------
@pytest.mark.parametrize("text", [
    "Seorang pedagang datang ke kantor BPJS untuk mendaftar JKN meski tidak sedang sakit.",
    "Petugas mengingatkan warga agar mendaftar JKN selagi sehat, jangan menunggu sakit dulu.",
])
def test_registering_while_healthy_is_not_registering_when_ill(text):
    assert REACTIVE not in news(text)


def test_registering_because_a_child_is_ill_is_still_coded():
    assert REACTIVE in news("Seorang ibu baru mendaftar JKN di kantor BPJS setelah anaknya sakit dan "
                            "harus dirawat di rumah sakit.")


# -- outreach about civil papers alone is the registry's, not outreach about the insurance ------
def test_outreach_about_civil_papers_alone_is_not_insurance_outreach():
    assert INFORM not in news("Dinas kependudukan juga menyosialisasikan kepada warga pulau itu pentingnya "
                              "memiliki akta kelahiran.")


def test_outreach_about_papers_for_the_insurance_is_still_outreach():
    assert INFORM in news("Puskesmas menyosialisasikan kepada warga bahwa KK dibutuhkan untuk pendaftaran "
                          "BPJS anak.")


# -- an owner's -nya after a derived noun or an acronym the tables do not list whole -------------
@pytest.mark.parametrize("word, norm", [
    ("kepesertaannya", "kepesertaan"), ("pelayanannya", "pelayanan"), ("bpjsnya", "bpjs"), ("kknya", "kk"),
])
def test_nya_after_a_derived_noun_or_an_acronym_is_its_owner(word, norm):
    assert word_analyzer().analyze(word)[0] == norm


@pytest.mark.parametrize("word, norm", [("KIAnya", "kia"), ("ASInya", "asi"), ("IUDnya", "iud"), ("PONEDnya", "poned")])
def test_nya_after_an_acronym_in_capitals_is_its_owner_even_with_vowels(word, norm):
    assert word_analyzer().analyze(word)[0] == norm


@pytest.mark.parametrize("word", ["sebenarnya", "bertanya", "hanya", "tanya"])
def test_words_ending_in_nya_of_their_own_keep_it(word):
    assert word_analyzer().analyze(word)[0] == word


def test_outreach_about_keeping_ones_membership_active_is_outreach():
    assert INFORM in news("Bupati menilai sosialisasi yang rutin membuat warga desa lebih rajin menjaga "
                          "kepesertaannya.")


# -- registration work worded without a help word -----------------------------------------------
@pytest.mark.parametrize("text", [
    # an office adding people to the scheme
    "Dinas kesehatan akan menambah jumlah penerima karena masih banyak balita stunting yang belum terdaftar.",
    "\"Selama anggaran cukup, kami terus menambah jumlah keluarga yang iurannya dibayar daerah,\" ujarnya.",
    # an office listing poor residents while the insurance is the topic
    "Dinas sosial mendata masyarakat kurang mampu. Sampai Juni, sebanyak 3.400 jiwa di antaranya masuk PBI daerah.",
    # "pihaknya": the office of the official quoted
    "Menurut Rottie, hingga kini pihaknya sudah memasukkan 4.020 jiwa warga dengan premi dari APBD.",
])
def test_registration_work_without_a_help_word_is_registration_help(text):
    assert HELP_REGISTER in news(text)


@pytest.mark.parametrize("text", [
    # a quota asked for, an aid programme's recipients
    "Pemkab meminta Kemensos menambah kuota agar jumlah peserta PBI bertambah.",
    "Dinas sosial akan menambah jumlah penerima bansos beras tahun depan.",
    # poor residents listed for another programme, no insurance in sight
    "Petugas kelurahan mendata warga miskin untuk bantuan beras bulan ini.",
])
def test_quotas_and_other_programmes_are_not_registration_help(text):
    assert HELP_REGISTER not in news(text)
