"""Round 22, interviews: what a researcher's minimal codebook finds in an interview turn.

* the answer to a request to begin takes no code (question_purpose.asks_leave_to_begin), the first
  sentence of an answer to a question about the informant's work or origin none either
  (question_purpose.asks_background);
* a yes to a yes/no question naming a code is not outweighed by another code's keyword in the
  answer (weak_evidence.without_outweighed);
* "tidak bayar" says "gratis" (antonyms.NEGATED_ANTONYMS).
"""

from __future__ import annotations

import pytest

from pipeline.coding.question_purpose import asks_background, asks_leave_to_begin
from tests.test_coding_minimal import MINIMAL, answer_codes, codes_of


@pytest.mark.parametrize("question, answer", [
    ("Ibu kerja apa?", "Kita jaga warung, mar takut juga kalu anak dapa suntik."),
    ("Selamat siang, Om. Om pe kerja apa?", "Kita sopir, kader ingatkan kalu ada jadwal, mar kita di jalan."),
    ("Bapak asli dari mana?", "Dari Talaud, mar kita pe agama beda deng orang di sini."),
    ("Selamat pagi, Oma. Boleh torang bacirita sadiki?", "Boleh, mar kita takut nanti lama, ada masak."),
])
def test_an_answer_introducing_the_informant_takes_no_code(question, answer):
    assert answer_codes(MINIMAL, question, answer) == set()


def test_what_the_answer_goes_on_to_say_is_coded():
    assert answer_codes(MINIMAL, "Ibu kerja apa?", "Kita jaga warung. Mar kita takut anak dapa suntik.") == {"takut"}


@pytest.mark.parametrize("question, expected", [
    ("Bapak bekerja sebagai apa?", True),
    ("Ibu bertugas di bagian apa?", True),
    ("Ibu sendiri asli Manado?", True),
    ("Suaminya kerja apa?", False),                      # another's work: not the informant introduced
    ("Apa cuaca panas begini mengganggu jualan?", False),
    ("Ibu tidak kerja di mana-mana?", False),
])
def test_background_questions_are_told_from_others(question, expected):
    assert asks_background(question) is expected


@pytest.mark.parametrize("question, expected", [
    ("Selamat sore, Bu. Boleh kita mulai?", True),
    ("Boleh torang bacirita sadiki soal anak?", True),
    ("Boleh cerita tentang mama mertua?", False),       # you tell: a topic, not leave to begin
    ("Boleh kita lihat kartunya?", False),
])
def test_leave_to_begin_is_told_from_other_requests(question, expected):
    assert asks_leave_to_begin(question) is expected


def test_a_yes_to_a_question_naming_the_code_stands_beside_another_codes_keyword():
    codes = answer_codes(MINIMAL, "Ada orang tua yang takut efek imunisasi?",
                         "Ada, mar sesudah kader ingatkan, dorang datang.")
    assert codes == {"takut", "kunjungan"}


COST = """
name: Periksa (test)
themes:
  - id: akses
    label: Akses
    categories:
      - id: biaya
        label: Biaya
        codes:
          - id: biaya_periksa
            label: Biaya periksa dan jaminan
            definition: What a check-up costs and who pays for it.
            keywords: ["gratis", "kartu sehat"]
          - id: jarak
            label: Jarak ke pustu
            definition: Distance to the health post.
            keywords: ["jauh", "ojek"]
"""


@pytest.mark.parametrize("text, expected", [
    ("Nyanda bayar apa-apa di pustu, cuma bensin sadiki.", {"biaya_periksa"}),
    ("Ibu-ibu tidak membayar waktu periksa.", {"biaya_periksa"}),
    ("Dorang bayar sandiri di klinik.", set()),
])
def test_not_paying_is_free(text, expected):
    assert codes_of(text, COST) == expected


# -- review FC 3: an unpaid due is no free service -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Torang belum bayar iuran BPJS so dua bulan, jadi takut pigi pustu.",
    "Mama nyanda bayar tagihan, kartu so nonaktif.",
    "Dorang tidak bayar premi, jadi kartu mati.",
])
def test_an_unpaid_due_is_not_free(text):
    assert "biaya_periksa" not in codes_of(text, COST)


def test_not_paying_anything_is_still_free():
    assert codes_of("Di pustu kita nyanda bayar, cuma antre.", COST) == {"biaya_periksa"}


# -- review FC 4: only the person's job or origin is background ---------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Kalau menurut Bapak, asal kabar vaksin haram itu dari mana?", False),   # a thing's source
    ("Mama asalnya dari mana?", True),
    ("Oma asli dari Sangihe?", True),
    ("Ibu kerja apa saja waktu ada posyandu?", False),                         # a task at a time
    ("Ibu bertugas apa saja di posyandu?", False),
    ("Bapak kerja apa, Pak?", True),
    ("Mama jualan apa di pasar?", True),
])
def test_only_the_persons_job_or_origin_is_background(question, expected):
    assert asks_background(question) is expected


def test_the_first_sentence_answering_a_source_question_is_coded():
    assert answer_codes(MINIMAL, "Menurut Mama, asal orang tolak itu dari mana?",
                        "Karna agama, dorang bilang suntik itu haram.") == {"agama"}


def test_the_first_sentence_answering_a_task_question_is_coded():
    assert answer_codes(MINIMAL, "Ibu kerja apa saja waktu ada posyandu?",
                        "Kita pigi kunjungan rumah par bayi yang belum datang.") == {"kunjungan"}


# -- review FC 5: leave to begin ends the question -----------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Bisa kita bacirita tentang waktu Ade pe anak disuntik?", False),
    ("Boleh torang mulai dari Ibu pe rasa takut?", False),
    ("Boleh kita ngobrol mengenai Ibu pe pengalaman di posyandu?", False),
    ("Boleh kita ngobrol mengenai posyandu, Bu?", True),          # a general topic: leave to begin
    ("Selamat sore, Tante. Boleh torang mulai dulu, Tante?", True),
])
def test_leave_to_begin_ends_the_question(question, expected):
    assert asks_leave_to_begin(question) is expected


def test_an_answer_about_the_topic_named_after_begin_is_coded():
    assert answer_codes(MINIMAL, "Boleh torang mulai dari Ibu pe rasa takut?",
                        "Iyo, kita takut skali, anak panas dua hari.") == {"takut"}


# -- review FC 9: only a yes opening the answer stands beside another code's keyword ---------------

def test_a_yes_later_in_the_answer_does_not_stand_beside_another_codes_keyword():
    codes = answer_codes(MINIMAL, "Ada orang tua yang takut efek imunisasi?",
                         "Kader ingatkan dorang tiap bulan, ada yang datang.")
    assert codes == {"kunjungan"}


# -- review FC 11: the module says what it offers ----------------------------------------------

def test_question_purpose_docstring_names_the_introduction_helpers():
    import pipeline.coding.question_purpose as purpose
    assert all(name in purpose.__doc__ for name in ("asks_background", "asks_leave_to_begin", "after_first_sentence"))


# -- review FC 12: the introductions are found in their own module ------------------------------

def test_introductions_tell_small_talk_from_answers_after_background():
    import pandas as pd

    from pipeline.coding.introductions import introductions
    segments = pd.DataFrame({
        "document": ["A"] * 6,
        "speaker_role": ["interviewer", "informant"] * 3,
        "text": ["Selamat siang, Tante. Boleh torang mulai?", "Iyo, silakan.",
                 "Tante pe kerja apa?", "Kita jual kue. Mar kita takut anak disuntik.",
                 "Ada yang takut imunisasi?", "Ada, banyak."]})
    informant_rows = segments.index[segments["speaker_role"] == "informant"]
    small_talk, answers_after_background = introductions(segments, informant_rows)
    assert small_talk == {0} and answers_after_background == {1}
