"""Round 22, documents (issue 14): readings of real document prose that hold across studies.

The sentences are new wordings written for this file, not copied from any batch.
"""

from __future__ import annotations

import pytest

from pipeline.coding.attribution import in_source_title
from pipeline.coding.counts import names_a_rate
from pipeline.coding.evidence import term_places
from pipeline.coding.negation import negated_tokens
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.urged_against import urged_against
from pipeline.ingest.documents import is_furniture
from test_coding_distinctions import INFORM, LAZY, REACTIVE
from test_coding_documents import coded_paragraph as paragraph_codes


def coded_paragraph(text: str) -> set[str]:
    """Codes of one paragraph of an online news page."""
    return paragraph_codes(text, "Berita daring")


# -- a practice an appeal urges people not to do is not reported done ---------------------------

@pytest.mark.parametrize("text, evidence", [
    ("Camat berharap para ibu tidak menunda pengurusan kartu JKN sampai balitanya jatuh sakit.", "menunda"),
    ("Dinas meminta warga agar tidak membawa anak yang digigit ke dukun kampung.", "dukun"),
    ('"Jangan tunda imunisasi anak Anda," pesan kepala puskesmas.', "tunda … imunisasi"),
    # a rule's prohibition names what is forbidden, not what was done
    ("Setiap pedagang dilarang menjual rokok batangan kepada anak sekolah.", "rokok batangan"),
])
def test_an_urged_against_practice_is_urged_against(text, evidence):
    assert urged_against(text, evidence)


@pytest.mark.parametrize("text, evidence", [
    # told as done, in another sentence before the appeal
    ("Banyak ibu menunda pengurusan kartu. Camat berharap mereka tidak menunda lagi.", "menunda"),
    # "lagi": what is to stop was done until now
    ("Desa menyurati pemilik warung agar tidak lagi menjual rokok batangan kepada anak.", "rokok batangan"),
    ("Stok dijaga agar tidak ada lagi jadwal imunisasi yang batal.", "batal"),
    # a manner denied: the thing is there
    ("Petugas meminta orang tua tidak mudah percaya pesan berantai di grup keluarga.", "pesan berantai"),
    # "jangan sampai": what is feared may happen
    ("Bidan bilang jangan sampai ibu hamil kena campak.", "campak"),
    # a negation without an appeal
    ("Sebagian keluarga tidak membawa anak ke dukun.", "dukun"),
    # told before the prohibition in its sentence: the act is reported
    ("Warung masih menjual rokok batangan walau sudah dilarang kepala desa.", "rokok batangan"),
])
def test_a_practice_told_or_only_denied_is_not_urged_against(text, evidence):
    assert not urged_against(text, evidence)


def test_an_appeal_not_to_delay_registration_is_outreach_not_delay():
    codes = coded_paragraph("Camat berharap para ibu tidak menunda pengurusan kartu JKN sampai balitanya jatuh sakit.")
    assert INFORM in codes
    assert LAZY not in codes and REACTIVE not in codes


def test_a_delay_told_in_a_document_is_still_coded():
    assert LAZY in coded_paragraph("Banyak ibu menunda pengurusan kartu JKN sampai balitanya jatuh sakit.")


# -- a share of a counted group before a code's words is a statistic ------------------------------

@pytest.mark.parametrize("text, evidence", [
    ("Survei keluarga 2025: 42,5% rumah tangga punya perokok, 30% di antaranya merokok di dapur.", "merokok di dapur"),
    ("Dari pendataan itu, baru 9 dari 40 lansia yang rutin ikut senam lansia.", "senam lansia"),
])
def test_a_share_of_a_counted_group_names_a_rate(text, evidence):
    assert names_a_rate(text, evidence)


@pytest.mark.parametrize("text, evidence", [
    ("Sejak Maret, 9 kader mendatangi rumah lansia dan mengajak mereka ikut senam lansia.", "senam lansia"),
    ("Para bapak kini merokok di luar rumah.", "merokok di luar rumah"),
])
def test_a_count_of_doers_or_no_figure_is_not_a_rate(text, evidence):
    assert not names_a_rate(text, evidence)


def test_a_count_reported_as_an_indicator_names_a_rate():
    text = "Hasil kegiatan dilaporkan tiap triwulan ke kecamatan, termasuk jumlah kelas ibu balita yang terlaksana."
    assert names_a_rate(text, "kelas ibu balita")
    assert not names_a_rate("Jumlah kelas ibu balita yang terlaksana bertambah sejak kader dilatih.", "kelas ibu balita")


# -- the office in a source's title is who speaks ------------------------------------------------

def test_an_office_in_the_sources_title_is_no_evidence():
    text = "Kepala Dinas Pendidikan Kabupaten Sitaro menjelaskan, tahun ini dua sekolah menerima guru pendamping."
    assert in_source_title(text, "Dinas … Pendidikan (keyword words)")


@pytest.mark.parametrize("text, evidence", [
    # a word of the report pairs with the title's
    ("Ketua Komisi Pendidikan menyampaikan bahwa sekolah inklusi menerima 12 murid baru.", "Pendidikan … inklusi"),
    # the office acts in the story
    ("Dinas Pendidikan membuka kelas inklusi. Kepala Dinas Pendidikan mengatakan, kelas itu gratis.", "Dinas … Pendidikan"),
])
def test_an_office_that_acts_or_pairs_with_the_report_is_evidence(text, evidence):
    assert not in_source_title(text, evidence)


def test_a_share_of_a_named_total_names_a_rate():
    text = "Capaian program: dari 860 sasaran, 75 ibu diperiksa dan 4 orang dirujuk ke rumah sakit."
    assert names_a_rate(text, "dirujuk ke rumah sakit")


# -- an official letter's copy list is furniture --------------------------------------------------

def test_a_letters_copy_list_is_furniture():
    assert is_furniture("Tembusan: 1. Gubernur Sulawesi Utara; 2. Ketua Komisi IV DPRD Kabupaten.")
    assert not is_furniture("Tembusan surat itu dibacakan di depan kader posyandu.")


# -- a denied charge states the price -------------------------------------------------------------

@pytest.mark.parametrize("text", ["Pemeriksaan mata di posbindu tidak dikenakan biaya apa pun.",
                                  "Lansia dilayani tanpa dipungut biaya di pustu."])
def test_a_denied_charge_leaves_the_cost_words_affirmed(text):
    doc = coding_nlp()(text)
    cost = [token.i for token in doc if token.text == "biaya"]
    assert cost and not set(cost) & negated_tokens(doc)


def test_a_denied_cost_is_still_denied():
    doc = coding_nlp()("Keluarga itu tidak memikirkan biaya lagi.")
    assert [token.i for token in doc if token.text == "biaya"][0] in negated_tokens(doc)


# -- another scheme's registration is not the health insurance's ---------------------------------

def test_registration_for_workers_social_security_is_not_insurance_outreach():
    assert INFORM not in coded_paragraph(
        "Dinas tenaga kerja juga terus mendorong pendaftaran BPJS Ketenagakerjaan bagi nelayan di desa itu.")
    assert INFORM in coded_paragraph(
        "Puskesmas juga terus mengadakan sosialisasi pendaftaran BPJS Kesehatan bagi nelayan di desa itu.")


# -- review FC 1: a negative word right after the negator is what is urged against ---------------

@pytest.mark.parametrize("text, evidence", [
    ("Bidan desa mengingatkan para ayah agar tidak lupa mengantar bayi ke posyandu bulan depan.", "posyandu"),
    ("Lurah meminta keluarga muda tidak ragu membawa balita ke posyandu terdekat.", "membawa balita"),
    ('"Jangan takut memeriksakan diri ke puskesmas," kata perawat itu.', "memeriksakan diri"),
    ("Petugas gizi berpesan agar ibu muda tidak berhenti memberi ASI sebelum dua tahun.", "memberi ASI"),
])
def test_an_act_after_a_negated_negative_word_is_urged_to_be_done(text, evidence):
    assert not urged_against(text, evidence)


@pytest.mark.parametrize("text, evidence", [
    ("Bidan desa mengingatkan para ayah agar tidak lupa mengantar bayi ke posyandu bulan depan.", "lupa"),
    ('"Jangan takut memeriksakan diri ke puskesmas," kata perawat itu.', "takut"),
])
def test_the_negated_negative_word_itself_is_urged_against(text, evidence):
    assert urged_against(text, evidence)


# -- review FC 6: only a denied charge of money frees what follows -------------------------------

@pytest.mark.parametrize("text, word", [
    ("Saat mendaftar, warga pendatang tidak dimintai surat domisili.", "domisili"),
    ("Petugas yang lalai tidak dikenakan teguran apa pun.", "teguran"),
])
def test_a_denied_charging_of_no_money_is_denied(text, word):
    doc = coding_nlp()(text)
    assert [token.i for token in doc if token.text == word][0] in negated_tokens(doc)


def test_a_denied_charge_of_a_fee_leaves_the_fee_affirmed():
    doc = coding_nlp()("Peserta senam lansia tidak ditarik iuran bulanan.")
    assert [token.i for token in doc if token.text == "iuran"][0] not in negated_tokens(doc)


# -- review FC 2: every place of a piece is read ------------------------------------------------

@pytest.mark.parametrize("text, evidence", [
    ("Kepala desa meminta warga tidak membuang sampah ke sungai. Tetapi sebagian warga tetap membuang sampah "
     "di sana setiap pagi.", "membuang sampah"),
    ("Bidan berharap keluarga tidak menunda persalinan di fasilitas. Beberapa keluarga masih menunda karena "
     "biaya.", "menunda"),
])
def test_a_practice_urged_against_and_told_elsewhere_is_not_urged_against(text, evidence):
    assert not urged_against(text, evidence)


def test_a_practice_urged_against_twice_is_urged_against():
    assert urged_against("Petugas mengimbau warga agar tidak membakar sampah. Ia juga meminta anak-anak "
                         "tidak membakar sampah di halaman sekolah.", "membakar sampah")


# -- review FC 7: a share names a rate within its clause, not a count of doers --------------------

@pytest.mark.parametrize("text, evidence", [
    ("Cakupan mencapai 75 persen dan petugas melakukan pemantauan jentik di semua rumah.", "pemantauan jentik"),
    ("Dari 25 posyandu, 18 pos sudah membuka pojok gizi.", "pojok gizi"),
    ("Tahun lalu 4 dari 6 desa menyediakan ambulans desa.", "ambulans desa"),
])
def test_a_share_beyond_its_clause_or_of_doers_names_no_rate(text, evidence):
    assert not names_a_rate(text, evidence)


def test_a_share_of_those_who_received_a_service_names_a_rate():
    assert names_a_rate("Baru 12 dari 80 balita yang mendapat vitamin A.", "vitamin A")


# -- review FC 10: one search for the places of a term --------------------------------------------

def test_the_places_of_a_term_are_whole_words_in_any_case():
    text = "Posyandu buka. Ada POSYANDU balita, bukan posyandunya."
    assert term_places(text, "posyandu") == [0, 19]
    assert term_places(text, "") == []


def test_only_the_evidence_module_searches_the_places_of_a_term():
    from pathlib import Path
    search = 'finditer(rf"(?<!\\w){re.escape('
    holders = [path.name for path in Path("pipeline/coding").glob("*.py") if search in path.read_text(encoding="utf-8")]
    assert holders == ["evidence.py"]


# -- review FC 11: the codebook guide describes the documents readings of minimal codes --------------

def test_the_codebook_guide_names_the_source_title_and_the_indicator_words():
    from pathlib import Path
    guide = Path("codebooks/README.md").read_text(encoding="utf-8")
    assert "in_source_title" in guide and "indikator" in guide and "dipantau" in guide
