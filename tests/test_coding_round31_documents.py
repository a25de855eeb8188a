"""Round 31, documents with a researcher's own minimal codebook: hospital care named by a fixed
compound is no family's caring; a duty to report by a deadline is monitoring; a clinic's report
saying "kami" names its staff (see codebooks/README.md)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml, one_code_codebook
from tests.test_coding_minimal import segments

HOME_CARE = one_code_codebook("rawat_keluarga", "Keluarga merawat pasien sehari-hari",
                              "A daughter or a son looks after the frail patient at home: bathing, feeding, turning.",
                              ["merawat", "memandikan"], name="Studi pasien kronis")


# -- hospital care: "rawat inap", "rawat jalan", "biaya perawatan" -------------------------------------

@pytest.mark.parametrize("text", [
    "Pemerintah kabupaten menanggung biaya rawat inap bagi pasien dari pulau-pulau kecil.",
    "Pasien dirujuk ke Puskesmas rawat inap di ibu kota kecamatan bila kondisinya memburuk.",
    "Keluarga diminta mengurus kartu jaminan agar biaya perawatan tidak memberatkan.",
    "Pasien dari pulau menjalani rawat jalan di RSUD setiap bulan.",
])
def test_hospital_care_is_no_familys_caring(text):
    assert codes_of_paragraph(HOME_CARE, text) == set()


def test_a_family_caring_at_home_still_counts():
    text = "Sejak pulang dari rumah sakit, anak perempuannya merawat pasien di rumah setiap hari."
    assert codes_of_paragraph(HOME_CARE, text) == {"rawat_keluarga"}


# -- a duty to report by a deadline ------------------------------------------------------------------

BITES = one_code_codebook("gigitan_ular", "Gigitan ular pada petani",
                          "A farmer bitten by a snake in the field or the garden, and what followed.",
                          ["gigitan ular", "dipatuk ular"], name="Studi keselamatan petani")


@pytest.mark.parametrize("text", [
    "2. Setiap Pustu wajib melaporkan setiap gigitan ular kepada Puskesmas induk dalam 1x24 jam.",
    "Bidan desa menyiapkan serum di pos kesehatan; setiap gigitan ular dilaporkan paling lambat dua hari "
    "kepada dokter Puskesmas.",
    # a passive in a relative clause describes what is reported, no other act taking the deadline
    "Pustu wajib melaporkan setiap gigitan ular yang diduga berbisa dalam 1x24 jam.",
])
def test_a_duty_to_report_by_a_deadline_is_monitoring(text):
    assert codes_of_paragraph(BITES, text) == set()


@pytest.mark.parametrize("text", [
    "Pustu Desa Lobu melaporkan tiga gigitan ular pada petani jagung selama musim panen.",
    "Kepala desa melaporkan bahwa dalam 3 hari terakhir terjadi dua gigitan ular di kebun.",
])
def test_a_report_of_what_happened_still_counts(text):
    assert codes_of_paragraph(BITES, text) == {"gigitan_ular"}


@pytest.mark.parametrize("text", [
    "Puskesmas mencatat lima gigitan ular dalam 3 hari setelah banjir surut.",            # the stretch counted over
    "Pustu melaporkan dua gigitan ular dan korban dirujuk ke RSUD dalam 6 jam.",          # the referral's deadline
])
def test_a_report_over_a_stretch_or_another_acts_deadline_still_counts(text):
    assert codes_of_paragraph(BITES, text) == {"gigitan_ular"}


def test_an_offices_name_is_no_verb_of_reporting():
    text = ("Petugas Dinas Kependudukan dan Pencatatan Sipil mendata korban gigitan ular di posko panen paling "
            "lambat sepekan setelah hujan pertama.")
    assert codes_of_paragraph(BITES, text) == {"gigitan_ular"}


def test_a_deadline_of_another_act_is_no_duty_to_report():
    text = ("Dokter Puskesmas memberi serum kepada korban gigitan ular paling lambat enam jam setelah kader "
            "melapor.")
    assert codes_of_paragraph(BITES, text) == {"gigitan_ular"}


# -- a clinic's report in the first person: "kami" is its staff ----------------------------------------

ESCORT = parse_codebook(minimal_codebook_yaml([
    ("antar", "Petugas mengantar pasien", "Clinic staff escort a patient to the hospital.",
     ["petugas mengantar", "ambulans"]),
    ("sendiri", "Keluarga berangkat sendiri", "The family goes to the hospital on its own.", ["sendiri"]),
], name="Studi rujukan"), source="test.yaml")
REPORTED_BY = pd.DataFrame([{"informant": "T1", "role": "Petugas Puskesmas"}])


def _report_codes(paragraph: str) -> set[str]:
    found = code_segments(segments(("doc", "Laporan kegiatan bulan Mei:"), ("doc", paragraph)), ESCORT, REPORTED_BY)
    return set(found.loc[found["segment_id"] == "s1", "code_id"])


def test_a_clinics_kami_is_its_staff():
    assert _report_codes("Kami mengantar tiga ibu hamil ke RSUD untuk bersalin.") == {"antar"}


@pytest.mark.parametrize("paragraph", [
    '"Kami mengantar sendiri anak kami ke RSUD naik perahu," kata seorang ibu dari pulau.',
    "Menurut seorang nelayan, kami mengantar istri ke RSUD dengan perahu sendiri.",
])
def test_a_quoted_or_reported_kami_is_the_speakers_not_the_clinics(paragraph):
    assert "antar" not in _report_codes(paragraph)


def test_a_paragraph_without_the_first_person_takes_no_role():
    assert _report_codes("Tiga ibu hamil berangkat sendiri ke RSUD untuk bersalin.") == {"sendiri"}


# -- a supply run out: a stock-out code's matter told with other supply nouns ----------------------------

WORMS = parse_codebook(minimal_codebook_yaml([
    ("stok", "Kehabisan stok obat cacing", "Albendazole runs out at the clinic, so children get no tablet.", []),
    ("minum", "Anak minum obat cacing", "Children take the deworming tablet at school.", ["minum obat"]),
], name="Studi obat cacing anak sekolah"), source="test.yaml")


@pytest.mark.parametrize("text", [
    "Kiriman albendazol dari kabupaten belum tiba, jadi pembagian di sekolah diundur ke bulan depan.",
    "Pasokan albendazol dari dinas ke Puskesmas terputus selama dua bulan pada semester lalu.",
])
def test_a_supply_run_out_is_a_stock_out(text):
    assert codes_of_paragraph(WORMS, text) == {"stok"}


@pytest.mark.parametrize("text", [
    "Pasokan listrik ke Puskesmas terputus tiga hari setelah hujan deras.",
    "Kiriman surat edaran dari dinas belum tiba, jadi jadwal pembagian di sekolah belum diumumkan.",
])
def test_power_or_a_letter_not_arrived_is_no_stock_out(text):
    assert codes_of_paragraph(WORMS, text) == set()


def test_a_supply_kept_from_running_out_is_no_stock_out():
    text = "Petugas gudang farmasi memastikan persediaan albendazol tidak habis sebelum bulan pemberian obat."
    assert codes_of_paragraph(WORMS, text) == set()


# -- a plan's line of who is responsible ------------------------------------------------------------------

VISITS = one_code_codebook("kunjungan", "Kunjungan rumah oleh bidan dan kader",
                           "The midwife or the cadre visits the family at home.", ["kunjungan rumah"],
                           name="Studi pelayanan nifas")


@pytest.mark.parametrize("text", [
    "Penanggung jawab: pengelola program kunjungan rumah Puskesmas, dibantu bidan desa dan kader.",
    "Pelaksana kegiatan: petugas kunjungan rumah dan kader posyandu di setiap dusun.",
])
def test_who_is_responsible_is_no_measure(text):
    assert codes_of_paragraph(VISITS, text) == set()


@pytest.mark.parametrize("text", [
    "Bidan desa dan kader posyandu melakukan kunjungan rumah kepada ibu nifas pada minggu pertama.",
    "Pelaksana: kader posyandu melakukan kunjungan rumah ke setiap bayi baru lahir di dusunnya.",   # the act told
])
def test_a_measure_its_worker_carries_out_still_counts(text):
    assert codes_of_paragraph(VISITS, text) == {"kunjungan"}


# -- a trip spared by health or by a visit no longer repeated is no travel ----------------------------------

HEART = parse_codebook(minimal_codebook_yaml([
    ("jarak", "Jarak dan ongkos perjalanan ke rumah sakit",
     "The hospital is far: the boat, the fare and the distance.", ["jauh", "ongkos perahu"]),
    ("obat", "Minum obat teratur", "The patient takes the tablets every day.", ["minum obat"]),
], name="Studi gagal jantung"), source="test.yaml")


@pytest.mark.parametrize("text", [
    "Edukasi diet rendah garam diberikan kepada pasien agar kondisinya tetap stabil sehingga tidak perlu ke "
    "rumah sakit lagi.",
    "Formulir diisi di desa agar warga tidak perlu ke kantor kecamatan dua kali.",
])
def test_a_trip_spared_by_health_or_paperwork_is_no_travel(text):
    assert "jarak" not in codes_of_paragraph(HEART, text)


def test_a_trip_spared_by_a_service_brought_near_is_travel():
    text = "Layanan keliling dibuka di pulau agar pasien tidak perlu menyeberang ke rumah sakit lagi."
    assert codes_of_paragraph(HEART, text) == {"jarak"}


@pytest.mark.parametrize("text", [
    "Puskesmas pembantu dibuka di pulau, sehingga pasien yang kontrol rutin tidak perlu menyeberang ke rumah sakit.",
    "Obat dibagikan di pustu, sehingga pasien tidak perlu ke kota dua kali sebulan untuk mengambilnya.",
])
def test_a_trip_spared_for_patients_named_by_their_care_or_made_often_is_travel(text):
    """Health words naming who the patients are ("yang kontrol rutin") and how often a trip was made
    ("dua kali sebulan") leave a trip spared by a service brought near."""
    assert "jarak" in codes_of_paragraph(HEART, text)


RABIES = parse_codebook(minimal_codebook_yaml([
    ("kosong", "Kekosongan stok vaksin anti rabies", "The clinic has run out of the rabies vaccine.", []),
    ("gigitan", "Gigitan anjing", "A person bitten by a dog.", ["digigit anjing"]),
], name="Studi rabies"), source="test.yaml")


def test_a_vaccine_not_arrived_is_a_stock_out():
    text = "Pekan lalu lima korban pulang tanpa suntikan karena vaksin dari provinsi belum tiba di Puskesmas."
    assert "kosong" in codes_of_paragraph(RABIES, text)
