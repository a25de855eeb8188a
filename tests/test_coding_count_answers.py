"""A count answers a question whether there is something with yes (answers.opening_count):
"Ada anak yang kena KIPI?" "Tahun lalu tiga, ..." takes the code the question names, as "Ada, ..."
does. Not a year or an hour, not a denied count, not a count said further on."""

from __future__ import annotations

import pytest

from tests.test_coding_minimal import MINIMAL, answer_codes


@pytest.mark.parametrize("question, answer, code", [
    ("Ada anak yang kena KIPI sesudah campak?", "Tahun lalu tiga, dorang panas dua hari.", "takut"),
    ("Pernah ada keluarga yang bilang vaksin haram?", "Dua keluarga, waktu ada pesan di grup WA.", "agama"),
    ("Ada anak yang kena KIPI di dusun ini?", "Banyak. Mama-mama so biasa kompres.", "takut"),
    ("Keluarga di sini masih ada yang bilang vaksin haram?", "Sebagian kecil saja, yang di atas gunung.", "agama"),
])
def test_a_count_opening_the_answer_says_yes_to_what_the_question_names(question, answer, code):
    assert code in answer_codes(MINIMAL, question, answer)


@pytest.mark.parametrize("question, answer", [
    ("Ada anak yang kena KIPI?", "Tahun 2019 torang pindah ke sini dari Tahuna."),    # a year
    ("Ada anak yang kena KIPI?", "Jam tujuh pagi kita so di pasar."),                  # an hour
    ("Ada anak yang kena KIPI?", "Satu pun nyanda ada, puji Tuhan."),                  # a count denied
    ("Ada anak yang kena KIPI?", "Kemarin di balai desa ada dua anak menangis."),      # a count further on
])
def test_only_a_count_of_what_was_asked_opening_the_answer_says_yes(question, answer):
    assert answer_codes(MINIMAL, question, answer) == set()
