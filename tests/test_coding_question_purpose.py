"""What an interviewer turn is for (pipeline/coding/question_purpose.py): a greeting or an
address names the person asked, not the answer's topic; the informant's work role says who
answers, not what every question is about."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.question_purpose import addressed_spans
from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import segments

CODEBOOK = minimal_codebook_yaml([
    ("penyuluhan", "Penyuluhan menyusui oleh bidan dan kader", "Bidan atau kader mengajari ibu cara menyusui di posyandu.",
     ["ajari menyusui", "kelas ibu"]),
    ("kampung", "Dukungan kepala kampung", "The village head funds or backs the posyandu.",
     ["kepala kampung", "dana kampung"]),
])


def _codes(question: str, answer: str, role: str = "") -> set[str]:
    turns = segments(("P", question), ("A", answer))
    informants = pd.DataFrame([{"informant": "T1", "role": role}]) if role else None
    found = code_segments(turns, parse_codebook(CODEBOOK), informants)
    return set(found.loc[found["segment_id"] == "s1", "code_id"])


@pytest.mark.parametrize("text, addressed", [
    ("Selamat sore, Pak Lurah. Ada kegiatan apa minggu ini?", ["Selamat sore, Pak Lurah. "]),
    ("Bu Bidan, bagaimana dengan kelas ibu?", ["Bu Bidan,"]),
    ("Bagaimana dengan kelas ibu, Oma Lien?", [", Oma Lien?"]),
    ("Terima kasih sudah mau ditemui. Anaknya umur berapa?", ["Terima kasih sudah mau ditemui. "]),
    ("Bagaimana lurah membantu posyandu?", []),
])
def test_greetings_and_addresses_are_told_from_the_question(text, addressed):
    assert [text[start:end] for start, end in addressed_spans(text)] == addressed


@pytest.mark.parametrize("question", [
    "Selamat pagi, Pak Kepala Kampung. Apa pekerjaan warga di sini?",
    "Pak Kepala Kampung, apa pekerjaan warga di sini?",
])
def test_a_greeting_or_address_naming_the_informant_lends_the_answer_no_topic(question):
    assert _codes(question, "Kebanyakan petani kelapa dan nelayan.") == set()


def test_the_same_words_asked_about_still_lend_their_topic():
    assert _codes("Apa yang dikerjakan kepala kampung untuk posyandu?",
                  "Kebanyakan petani kelapa dan nelayan.") == {"kampung"}


def test_a_midwife_asked_how_long_she_has_worked_is_not_asked_about_her_counselling():
    assert _codes("Sudah berapa tahun Ibu bekerja di desa ini?", "Sudah tujuh tahun, dulu saya di posyandu kota.",
                  role="Bidan desa") == set()


VISITS = minimal_codebook_yaml([
    ("kunjungan", "Kunjungan rumah oleh kader", "Kader mendatangi rumah keluarga untuk mengingatkan jadwal.",
     ["kunjungan rumah", "ketuk pintu"]),
    ("keputusan", "Keputusan keluarga soal imunisasi", "Who in the family decides whether the child is immunised.",
     ["putuskan", "izin suami"]),
])


def test_the_informants_work_role_is_not_what_every_question_asks_about():
    """A cadre asked about refusals is not asked about her visits: "kader" from her role is
    no question term for a minimal code's question rule."""
    turns = segments(("P", "Ada yang menolak karena agama?"),
                     ("A", "Ada satu keluarga, waktu kami datang mereka tutup pintu."))
    informants = pd.DataFrame([{"informant": "T1", "role": "Kader posyandu"}])
    assert code_segments(turns, parse_codebook(VISITS), informants).empty


def test_a_work_role_is_lent_aside_and_a_kinship_role_or_the_questions_own_words_are_asked():
    from pipeline.coding.answers import Question
    asked = Question(frozenset({"kader", "jadwal"})).with_role(frozenset({"kader", "bidan", "suami"}))
    assert asked.terms == {"kader", "jadwal", "bidan", "suami"}
    assert asked.asked == {"kader", "jadwal", "suami"}


def test_a_topic_word_only_the_role_holds_is_cited_as_the_roles_not_the_questions():
    """"puskesmas" of "Petugas Puskesmas" is in no question: evidence names the text it cites."""
    codebook = minimal_codebook_yaml([
        ("obat", "Obat dari Puskesmas", "Lansia mengambil obat darah tinggi dan gula dari puskesmas.",
         ["ambil obat", "obat puskesmas"]),
        ("gereja", "Dukungan kelompok gereja", "Kelompok gereja mengunjungi lansia.", ["kolom", "pendeta"]),
    ])
    turns = segments(("P", "Bagaimana pelaksanaan posbindu di wilayah kerja Bapak?"),
                     ("A", "Posbindu kami adakan tiap bulan. Kami periksa tekanan darah, yang tinggi kami beri tablet."))
    informants = pd.DataFrame([{"informant": "T1", "role": "Petugas Puskesmas"}])
    evidence = " ".join(code_segments(turns, parse_codebook(codebook), informants)["evidence"])
    assert "puskesmas (question)" not in evidence and "puskesmas (informant's role)" in evidence


def test_a_kinship_word_or_title_addressing_the_informant_is_not_what_was_asked():
    """"Oma tinggal dengan siapa?" asks the grandmother about her household, not about a
    grandmother's influence: a word of address is no term the question rule takes as asked."""
    codebook = minimal_codebook_yaml([
        ("pengaruh", "Pengaruh oma dan mertua", "Nenek atau mertua menasihati ibu soal makanan bayi.",
         ["nasihat nenek", "pantangan"])])
    turns = segments(("P", "Oma tinggal dengan siapa sekarang?"),
                     ("A", "Dengan anak bungsu, cucu dua orang. Opa sudah lama meninggal."))
    assert code_segments(turns, parse_codebook(codebook)).empty
    # the relative the question speaks of is asked: "Mertua ikut bilang?" is about the in-law
    asked = segments(("P", "Mertua ikut bilang sesuatu?"), ("A", "Iya, katanya bayi harus dikasih makanan lembek."))
    assert set(code_segments(asked, parse_codebook(codebook))["code_id"]) == {"pengaruh"}


@pytest.mark.parametrize("question", [
    "Selamat siang, Pak. Sudah berapa lama Bapak jadi kepala kampung?",
    "Ibu di posyandu Mawar sudah berapa lama?",
    "Sudah berapa lama Ibu bertugas sebagai bidan di sini?",
])
def test_an_answer_saying_how_long_the_informant_has_served_takes_no_code(question):
    answer = "Sejak 2016. Dulu saya yang ajari menyusui di kelas ibu, sekarang urus dana kampung."
    assert _codes(question, answer) == set()
    assert _codes("Apa yang Ibu kerjakan minggu lalu?", answer) == {"penyuluhan", "kampung"}


def test_how_long_something_has_been_missing_is_a_question_of_the_study():
    assert _codes("Sudah berapa lama kelas ibu tidak jalan?",
                  "Sudah tiga bulan, bidan yang ajari menyusui pindah ke kota.") == {"penyuluhan"}


@pytest.mark.parametrize("question", [
    "Apakah Puskesmas melatih kader untuk ajari menyusui?",
    "Sudah ada pelatihan ajari menyusui untuk kader di sini?",
])
def test_a_yes_to_a_question_about_training_staff_affirms_no_code(question):
    assert _codes(question, "Iya, dua hari di Manado tahun lalu.") == set()
    assert _codes("Kader di sini pernah ajari menyusui?", "Iya, dua hari di Manado tahun lalu.") == {"penyuluhan"}
