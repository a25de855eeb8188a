"""Answers to a yes/no question that take the code it names without a word of assent: a count
says there are some (answers.opening_count: "Ada anak yang kena KIPI?" "Tahun lalu tiga, ..."),
and a thing asked about said not to be there stays the code's matter (answers.denies_existence,
question_reading.take_up_denial: "Di masjid ada fatwa soal vaksin haram?" "Belum ada. ..."). Not a
year or an hour, a denied count, a count further on; not an answer saying nobody does something
("Ada yang takut ...?" "Nyanda ada."), not a "no" to a question about an act."""

from __future__ import annotations

import pytest

from pipeline.coding.answers import asks_existence, denies_existence
from tests.test_coding_minimal import MINIMAL, answer_codes


@pytest.mark.parametrize("question, answer, code", [
    ("Ada anak yang kena KIPI sesudah campak?", "Tahun lalu tiga, dorang panas dua hari.", "takut"),
    ("Pernah ada keluarga yang bilang vaksin haram?", "Dua keluarga, waktu ada pesan di grup WA.", "agama"),
    ("Ada anak yang kena KIPI di dusun ini?", "Banyak. Mama-mama so biasa kompres.", "takut"),
    ("Keluarga di sini masih ada yang bilang vaksin haram?", "Sebagian kecil saja, yang di atas gunung.", "agama"),
    ("Di masjid ada fatwa soal vaksin haram?", "Belum ada. Ustad cuma bilang tanya ke dokter.", "agama"),
    ("Keluarga di sini punya KIPI kit dari puskesmas?", "Mana ada, torang cuma pake kompres.", "takut"),
    ("Di kampung ada aturan soal vaksin haram?", "Di desa nyanda ada. Cuma di gereja pernah dibahas.", "agama"),
    ("Di sini ada fatwa soal vaksin haram?", "Kalau di desa, tidak ada. Di kota mungkin.", "agama"),
    # a yes closing a first sentence after what it is limited to (answers.closing_yes)
    ("Mama-mama di sini takut anak panas sesudah suntik?", "Kalau yang anak pertama iyo. Yang lain so biasa.", "takut"),
    ("Ada yang bilang vaksin itu haram?", "Dulu di pengajian, betul. Sekarang jarang.", "agama"),
])
def test_a_count_or_a_thing_said_not_there_takes_the_code_the_question_names(question, answer, code):
    assert code in answer_codes(MINIMAL, question, answer)


@pytest.mark.parametrize("question, answer", [
    ("Ada anak yang kena KIPI?", "Tahun 2019 torang pindah ke sini dari Tahuna."),    # a year
    ("Ada anak yang kena KIPI?", "Jam tujuh pagi kita so di pasar."),                  # an hour
    ("Masih takut bawa anak ke posyandu?", "Tiga bulan lalu kita pindah ke kota."),    # a time ago
    ("Ada anak yang kena KIPI?", "Dua minggu kita di kampung, baru pulang."),          # how long
    ("Ada anak yang kena KIPI?", "Torang dua so pigi ke puskesmas kemarin."),        # who, by a pronoun
    ("Ada anak yang kena KIPI?", "Ngana dua musti bawa kartu, kata bidan."),        # who: any pronoun (pronouns.py)
    ("Ada anak yang kena KIPI?", "Satu pun nyanda ada, puji Tuhan."),                  # a count denied
    ("Ada anak yang kena KIPI?", "Kemarin di balai desa ada dua anak menangis."),      # a count further on
    ("Ada juga yang takut anaknya disuntik?", "Nyanda ada, samua mau."),               # nobody is afraid
    ("Ada anak yang kena KIPI bulan ini?", "Belum ada, puji Tuhan."),                  # no child had it
    ("Pernah dengar vaksin itu haram?", "Nyanda pernah, baru kali ini."),              # an act denied
    ("Mama-mama di sini takut anak panas?", "Kita nyanda tahu itu, iyo."),           # a closing yes after a denial
    ("Mama-mama di sini takut anak panas?", "Torang pigi ke pustu pagi-pagi kong tunggu bidan sampe siang, iyo."),
    ("Mama-mama di sini takut anak panas?", "Kalau pagi, ya."),                       # "ya" as a tag
])
def test_other_answers_without_assent_take_no_code(question, answer):
    assert answer_codes(MINIMAL, question, answer) == set()


@pytest.mark.parametrize("text, expected", [
    ("Belum ada. Pemerintah bilang tahun depan.", "Belum ada"),
    ("Sekarang so nyanda ada, dulu ada.", "Sekarang so nyanda ada"),
    ("Kalau di sini, tidak ada.", "Kalau di sini, tidak ada"),   # a fronted topic set off by a comma
    ("Enggak ada, Bu. Dulu pernah.", "Enggak ada"),   # colloquial negators, as Jakarta speech says them
    ("Engga ada.", "Engga ada"),
    ("Ngga ada.", "Ngga ada"),
    ("Kagak ada, paling di kota.", "Kagak ada"),
    ("Nyanda ada yang datang.", None),      # the clause goes on: someone not coming
    ("Tidak tahu.", None),
])
def test_the_first_clause_saying_a_thing_is_not_there(text, expected):
    assert denies_existence(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Di perahu ada baju pelampung?", True),
    ("Bapak punya kartu BPJS?", True),
    ("Ada petugas yang datang ke kebun?", False),
    ("Kenapa belum ada jamban?", False),
    ("Keluarga itu belum punya KK?", False),
])
def test_a_question_whether_a_thing_is_there_or_had(text, expected):
    assert asks_existence(text) is expected


@pytest.mark.parametrize("negator", ["engga", "kagak", "enggak", "ngga"])
def test_a_colloquial_negator_denies_the_keyword_after_it(negator):
    answer = f"Anak saya {negator} takut disuntik, sudah biasa."
    assert answer_codes(MINIMAL, "Anak-anak di sini bagaimana waktu imunisasi?", answer) == set()
