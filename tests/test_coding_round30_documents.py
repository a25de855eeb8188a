"""Round 30, documents with a researcher's own minimal codebook: a circular letter's grounds are
background; a definition by cause is a definition; a fare is the travel code's matter, a sum paid
under a rule is a fine, and "17 ribu lebih warga" counts people (see codebooks/README.md)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.background import is_background
from pipeline.coding.coder import code_segments
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml, one_code_codebook
from tests.test_coding_minimal import segments

BURNS = one_code_codebook("luka_bakar", "Luka bakar pada nelayan",
                          "Nelayan yang terkena luka bakar saat memasak di perahu.", ["luka bakar", "tersiram"],
                          name="Studi keselamatan nelayan")


# -- a circular letter's grounds and the formula that hands its points over --------------------------

@pytest.mark.parametrize("text", [
    "Sehubungan dengan bertambahnya nelayan yang mengalami luka bakar di atas perahu, dengan ini "
    "disampaikan beberapa hal sebagai berikut:",
    "Dalam rangka mengurangi luka bakar pada awak kapal, bersama ini kami sampaikan langkah-langkah berikut.",
])
def test_a_letters_grounds_take_no_code(text):
    assert is_background(text)
    assert codes_of_paragraph(BURNS, text) == set()


def test_a_point_of_the_letter_still_counts():
    text = "3. Setiap kapten kapal menyediakan kotak obat untuk luka bakar dan mengajarkan cara pertolongan pertama."
    assert not is_background(text)
    assert codes_of_paragraph(BURNS, text) == {"luka_bakar"}


# -- a definition by cause ("X adalah gangguan akibat ...") --------------------------------------------

def test_a_definition_by_cause_is_background():
    text = "Luka bakar adalah kerusakan kulit akibat api, air panas atau minyak yang tersiram ke tubuh."
    assert is_background(text)
    assert codes_of_paragraph(BURNS, text) == set()


def test_a_report_naming_a_cause_is_no_definition():
    text = "Dua nelayan mengalami luka bakar akibat kompor meledak di perahu pada hari Senin."
    assert not is_background(text)
    assert codes_of_paragraph(BURNS, text) == {"luka_bakar"}


# -- sums of money: a fare, a fine under a rule, a count after "lebih" -------------------------------

SCREENING = parse_codebook(minimal_codebook_yaml([
    ("biaya_tes", "Biaya tes dan kartu jaminan",
     "Whether the test costs money or the insurance card covers it. Not coded when the cost named is only "
     "the fare to the clinic.", ["biaya", "gratis"]),
    ("jarak", "Jarak ke Puskesmas", "The clinic being far away and the road or the sea between.",
     ["jauh", "ojek"]),
], name="Studi skrining"), source="test.yaml")
TEST_COST = one_code_codebook("biaya_tes", "Biaya tes dan kartu jaminan",
                              "Whether the test costs money or the insurance card covers it.", ["biaya", "gratis"],
                              name="Studi skrining")


@pytest.mark.parametrize("text", [
    "Untuk sampai ke pustu warga menumpang perahu, tiga puluh ribu sekali jalan.",
    "Dari dusun atas mereka harus sewa mobil, dua ratus ribu pulang pergi.",
])
def test_a_fare_is_no_cost_of_the_test_where_travel_has_a_code(text):
    assert "biaya_tes" not in codes_of_paragraph(SCREENING, text, interview=True)


def test_a_fare_stays_a_cost_where_no_code_is_about_travel():
    text = "Dari dusun atas mereka harus sewa mobil, dua ratus ribu pulang pergi."
    assert codes_of_paragraph(TEST_COST, text, interview=True) == {"biaya_tes"}


def test_the_price_of_the_test_is_still_a_cost():
    text = "Di klinik swasta pemeriksaan itu harganya tiga ratus ribu, jadi banyak ibu tidak mau."
    assert "biaya_tes" in codes_of_paragraph(SCREENING, text, interview=True)


@pytest.mark.parametrize("text", [
    "Desa sudah keluarkan perdes soal sampah. Kalau ketahuan buang di pantai, pemilik bayar seratus ribu.",
    "Torang so sepakat di rapat jemaat, yang bakar sampah di jalan bayar lima puluh ribu.",
])
def test_a_sum_paid_under_a_rule_is_a_fine(text):
    assert "biaya_tes" not in codes_of_paragraph(TEST_COST, text, interview=True)


def test_a_conditional_price_without_a_rule_is_a_cost():
    text = "Kalau mau periksa di rumah sakit kota, bayar dua ratus ribu sekali datang."
    assert codes_of_paragraph(TEST_COST, text, interview=True) == {"biaya_tes"}


def test_thousands_more_than_and_people_count_people():
    text = "Sasaran skrining di kabupaten itu 24 ribu lebih warga, tersebar di sembilan kecamatan."
    assert "biaya_tes" not in codes_of_paragraph(TEST_COST, text)


def test_a_sum_of_thousands_more_than_is_still_a_cost():
    text = "Ibu itu harus bayar tiga juta lebih untuk pemeriksaan di klinik swasta."
    assert codes_of_paragraph(TEST_COST, text) == {"biaya_tes"}


# -- a measure that spares people a trip: the codebook's code about travel ----------------------------

CLINIC = parse_codebook(minimal_codebook_yaml([
    ("jarak", "Jarak dan ongkos ke klinik", "The clinic being far away, the road, the boat fare and the time "
     "lost travelling to it.", ["jauh", "ongkos"]),
    ("antre", "Antrean panjang", "Waiting long at the clinic before being seen.", ["antre", "menunggu lama"]),
    ("tenggelam", "Perahu tenggelam", "A boat sinking at sea with people on board.", ["tenggelam", "perahu"]),
], name="Studi layanan pulau"), source="test.yaml")


@pytest.mark.parametrize("text", [
    "2. Membuka pos pemeriksaan di balai desa setiap bulan, sehingga lansia tidak perlu menyeberang ke pulau induk.",
    "Dinas berencana menempatkan dokter di pustu mulai tahun depan agar warga tidak lagi harus ke Tahuna.",
])
def test_a_measure_sparing_a_trip_is_the_travel_codes(text):
    assert codes_of_paragraph(CLINIC, text) == {"jarak"}


def test_a_trip_people_need_not_make_without_a_measure_is_no_evidence():
    text = "Melalui aplikasi itu, warga tidak perlu lagi datang ke kantor untuk mengambil nomor."
    assert codes_of_paragraph(CLINIC, text) == set()


def test_a_trip_spared_in_speech_is_no_evidence():
    text = "Kita minum obat kampung saja, supaya tidak perlu ke klinik."
    assert "jarak" not in codes_of_paragraph(CLINIC, text, interview=True)


def test_the_travel_code_is_the_one_naming_distance_not_a_boat():
    from pipeline.coding.travel_codes import travel_code
    assert travel_code(CLINIC).id == "jarak"
    assert travel_code(TEST_COST) is None


# -- a keyword's negator denies the word after it, not whatever stands near ---------------------------

UNTOLD = parse_codebook(minimal_codebook_yaml([
    ("tidak_tahu_obat", "Tidak tahu obat apa", "The patient was never told what the drug was for.",
     ["tidak tahu obat apa", "belum bisa berjalan"]),
], name="Studi kepatuhan obat"), source="test.yaml")


@pytest.mark.parametrize("text, coded", [
    ("Sampai sekarang saya tidak tahu itu obat apa.", True),
    ("Banyak pasien tidak minum obat selama stok di pustu habis.", False),   # "tidak" denies the taking
    ("Dia tidak malu minum obat di depan tetangga.", False),
])
def test_a_keywords_negator_must_deny_its_own_word(text, coded):
    assert ("tidak_tahu_obat" in codes_of_paragraph(UNTOLD, text)) is coded


def test_a_negated_modal_keeps_its_other_forms():
    """A modal after the negator is no word of its own: "belum dapat berjalan" is "belum bisa berjalan"."""
    assert "tidak_tahu_obat" in codes_of_paragraph(UNTOLD, "Sudah dua minggu anak itu belum dapat berjalan sendiri.")


# -- a keyword saying where keeps its place word: inside is not outside --------------------------------

INDOORS = one_code_codebook("asap_rumah", "Asap rokok di rumah", "Someone smokes where the children are.",
                            ["merokok di dalam rumah", "merokok dekat bayi"], name="Studi rokok keluarga")


@pytest.mark.parametrize("text, coded", [
    ("Di dalam rumah bapak masih merokok setiap malam.", True),
    ("Sekarang bapak selalu merokok di luar rumah, di bawah pohon.", False),
    ("Kakek duduk merokok jauh dari bayi, di teras depan.", False),
    ("Paman sering merokok di dekat bayi waktu menggendong.", True),
])
def test_a_keyword_saying_where_needs_its_place_word(text, coded):
    assert ("asap_rumah" in codes_of_paragraph(INDOORS, text, interview=True)) is coded


# -- a document's source office lends no words: it answers no question --------------------------------

MEDICINE = minimal_codebook_yaml([
    ("obat", "Obat dari Puskesmas", "Lansia mengambil obat darah tinggi dan gula dari puskesmas.",
     ["ambil obat", "obat puskesmas"]),
    ("gereja", "Dukungan kelompok gereja", "Kelompok gereja mengunjungi lansia.", ["kolom", "pendeta"]),
])
WRITTEN_BY = pd.DataFrame([{"informant": "T1", "role": "Petugas Puskesmas"}])
CHECKS_DONE = ("Pemeriksaan tekanan darah, gula darah dan kolesterol diadakan tiap bulan di balai desa; "
               "yang tinggi diberi tablet.")


def _evidence(*turns: tuple[str, str]) -> str:
    return " ".join(code_segments(segments(*turns), parse_codebook(MEDICINE), WRITTEN_BY)["evidence"])


def test_a_documents_source_office_is_no_evidence():
    assert "informant's role" not in _evidence(("doc", "Rencana kegiatan posbindu tahun depan:"), ("doc", CHECKS_DONE))


def test_an_informants_role_still_reads_her_answer():
    assert "puskesmas (informant's role)" in _evidence(("P", "Bagaimana pelaksanaan posbindu di wilayah kerja Bapak?"),
                                                       ("A", "Posbindu kami adakan tiap bulan. " + CHECKS_DONE))


def test_adding_a_travel_code_recodes_the_cost_code():
    """The cost code's fares depend on another code (amounts.fareless_terms) while its own rules
    stay as they were (a code with `rules:` takes no weak evidence): its cache key says so."""
    from pipeline.coding.code_keys import code_keys
    from pipeline.coding.compile_rules import compiled_codebook
    from tests.helpers import one_category_yaml
    cost = {"id": "biaya", "label": "Biaya tes", "definition": "What the test costs.",
            "keywords": [], "rules": [{"all": ["biaya"]}]}
    other = {"id": "lain", "label": "Lain", "definition": "Other matters.", "keywords": [], "rules": [{"all": ["lain"]}]}
    travel = {**other, "id": "jalan", "label": "Jarak ke klinik", "definition": "The distance and the fare."}
    alone = compiled_codebook(parse_codebook(one_category_yaml([cost, other]), source="a.yaml"))
    both = compiled_codebook(parse_codebook(one_category_yaml([cost, travel]), source="b.yaml"))
    assert both.fareless and not alone.fareless
    assert code_keys(alone)[0] != code_keys(both)[0]
