"""The distinctions a careful coder makes between codes that share words, in new wordings.

None of these sentences comes from the paper or from the development batches.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook import load_codebook
from pipeline.coding import code_segments
from pipeline.schema import SEGMENT_COLUMNS

CODEBOOK = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")
REACTIVE, LAZY, NO_KK = "urus_saat_rujukan", "malas_mengurus", "tidak_ada_kk"
INFORM, HELP_REGISTER, HELP_REFER = "sosialisasi_pemerintah", "bantuan_pendaftaran", "bantuan_rujukan"


def coded(text: str, role: str = "Ibu balita", question: str = "", language: str = "xmm") -> set[str]:
    """Codes of one informant turn (after `question`, when given), spoken by someone in `role`."""
    rows = []
    if question:
        rows.append({"segment_id": "q", "document": "t.md", "informant": "T1", "speaker": "P",
                     "speaker_role": "interviewer", "start": 0, "end": len(question), "line": 1,
                     "language": "ind", "text": question, "gloss": "", "translation": ""})
    rows.append({"segment_id": "a", "document": "t.md", "informant": "T1", "speaker": "T1",
                 "speaker_role": "informant", "start": 1000, "end": 1000 + len(text), "line": 3,
                 "language": language, "text": text, "gloss": "", "translation": ""})
    informants = pd.DataFrame({"informant": ["T1"], "role": [role]})
    result = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), CODEBOOK, informants)
    return set(result["code_id"])


# -- referral handled by the family vs referral helped by the clinic or village ---------------------

@pytest.mark.parametrize("text", [
    "Torang sandiri yang bawa ade ka rumah sakit pake motor, bensin torang bayar sandiri.",
    "Mama itu pergi sendiri ke dokter anak di kota, tidak ada yang temani.",
    "Kami bawa anak ke klinik swasta, bayar umum karena belum ada kartu.",
])
def test_family_handled_referral_is_not_clinic_help(text):
    assert HELP_REFER not in coded(text)


@pytest.mark.parametrize("text, role", [
    ("Bidan desa ikut antar anak itu ke RSUD pakai ambulans desa.", "Ibu balita"),
    ("Kami dari puskesmas sudah buatkan surat rujukan ke dokter spesialis anak.", "Kepala puskesmas"),
    ("Kalu ada anak dirujuk, torang antar ka rumah sakit, bensin dari desa.", "Hukum tua"),
])
def test_clinic_or_village_helping_the_referral(text, role):
    assert HELP_REFER in coded(text, role)


def test_registering_because_of_a_referral_is_reactive_not_referral_help():
    codes = coded("Waktu ade so dirujuk ka rumah sakit, baru dorang lari urus BPJS di kantor desa.")
    assert REACTIVE in codes and HELP_REFER not in codes


# -- registration help vs information campaigns ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kader so jelaskan syarat daftar BPJS waktu posyandu, mar yang urus tetap dorang sandiri.",
    "Petugas desa bagikan selebaran tentang cara mendaftar JKN ke setiap rumah.",
    "Setiap ibadah kolom kami umumkan bahwa pendaftaran PBI tidak dipungut biaya.",
])
def test_informing_about_registration_is_socialisation_not_help(text):
    codes = coded(text, role="Kader posyandu")
    assert INFORM in codes and HELP_REGISTER not in codes


@pytest.mark.parametrize("text", [
    "Kami bantu isi formulir BPJS dan antar berkasnya ke kantor desa.",
    "Operator desa input data anak-anak yang belum punya kartu supaya diusulkan jadi PBI.",
    "Petugas capil datang ke balai desa, jadi akta anak langsung dibuat di tempat, jemput bola namanya.",
])
def test_doing_the_registration_work_is_help_not_socialisation(text):
    codes = coded(text, role="Sekretaris desa")
    assert HELP_REGISTER in codes and INFORM not in codes


@pytest.mark.parametrize("text", [
    "Disdukcapil menggelar pelayanan jemput bola ke beberapa SMA untuk merekam KTP elektronik siswa yang sudah berumur 17 tahun.",
    "Tahun ini layanan jemput bola menyasar warga lanjut usia yang belum merekam KTP elektronik.",
])
def test_the_civil_registrys_own_outreach_is_not_registration_help(text):
    # identity papers brought to schools or the elderly: another office's work, no insurance in it
    assert HELP_REGISTER not in coded(text, role="Berita daring", language="ind")


@pytest.mark.parametrize("text", [
    # the civil registry's own outreach, but hosted by the village: the village bringing the civil
    # registry to its families, which the code's definition names (what decides is whose occasion)
    "Dukcapil membuka layanan jemput bola di balai desa supaya akta anak-anak bisa langsung dibuat.",
    "Dinas sosial menggelar pelayanan jemput bola pendaftaran BPJS di pasar kecamatan.",
    "Pemerintah desa bersama Dukcapil menggelar layanan keliling pembuatan akta kelahiran di kantor desa.",
])
def test_outreach_with_the_village_or_the_insurance_is_registration_help(text):
    assert HELP_REGISTER in coded(text, role="Berita daring", language="ind")


@pytest.mark.parametrize("text", [
    # fetching someone is an escort, not an office's outreach
    "Bidan desa jemput mama ade ke puskesmas pake oto waktu so mo bersalin.",
    "Kader jemput ibu-ibu lansia ke posyandu tiap bulan for ditimbang.",
    # a clinic's mobile check-ups: no registration or civil paper in them
    "Puskesmas mengadakan pelayanan keliling pemeriksaan gigi anak sekolah di desa-desa.",
])
def test_fetching_someone_or_a_mobile_check_up_is_no_registration_help(text):
    assert HELP_REGISTER not in coded(text, role="Kader", language="ind")


def test_village_only_pointing_the_way_is_neither():
    codes = coded("Nda ada yang bantu, orang kantor desa cuma bilang pigi jo ka capil sandiri. Jadi papa ade yang urus.")
    assert HELP_REGISTER not in codes and INFORM not in codes


# -- reluctance vs missing documents vs reactive registration ------------------------------------------

def test_postponing_until_illness_is_reactive_not_lazy():
    codes = coded("Dorang bilang nanti jo, kalu ade so saki baru mo urus kartu.")
    assert REACTIVE in codes and LAZY not in codes


def test_missing_birth_certificate_is_the_kk_code_not_laziness():
    codes = coded("Belum bisa didaftar karena akta kelahiran anak belum ada, orang tuanya juga belum menikah resmi.")
    assert NO_KK in codes and LAZY not in codes


def test_not_bothering_with_the_forms_is_laziness():
    assert LAZY in coded("Formulir BPJS so dorang pegang dua bulan, mar nda pernah dorang isi.", role="Kader posyandu")


# -- off-topic talk gets no code -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Anak saya suka makan ikan bakar dengan nasi jagung.",
    "Penyuluhan soal imunisasi campak dibuat bulan lalu di balai desa.",
    "Hujan terus, jadi jalan ke kebun licin sekali.",
    "Dia lahir di rumah sakit Bitung, beratnya cuma dua kilo.",
    "Waktu daftar sekolah, guru minta fotokopi KK deng akta.",
    "Dorang bilang anak pendek karena papanya juga pendek, jadi nda apa-apa.",
])
def test_off_topic_talk_gets_no_code(text):
    assert coded(text) == set()
