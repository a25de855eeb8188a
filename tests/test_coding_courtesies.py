"""The reply to an interviewer turn made only of courtesies (a greeting, thanks, an apology) takes
no code: it returns the courtesy or makes small talk (pipeline/coding/courtesies.py)."""

from __future__ import annotations

import pytest

from pipeline.coding.courtesies import is_courtesy
from tests.test_coding_minimal import MINIMAL, coded


def _codes_of_reply(interviewer: str, reply: str) -> set[str]:
    result = coded(MINIMAL, ("P", interviewer), ("A", reply))
    return set(result[result["segment_id"] == "s1"]["code_id"])


@pytest.mark.parametrize("interviewer, reply", [
    ("Terima kasih banyak, Pak Lurah.", "Sama-sama, jang takut datang lagi kalau perlu data."),
    ("Selamat malam, Ibu. Maaf kami datang malam-malam.", "Nda apa-apa, kita jaga takut kalau ada tamu malam."),
    ("Makasih, Oma.", "Iyo, salam for mama, bilang kader mo kunjungan rumah besok."),
    ("Baik, Ibu. Terima kasih waktunya.", "Iyo, sama-sama, semoga ade nyanda takut disuntik."),
])
def test_a_reply_to_courtesies_takes_no_code(interviewer, reply):
    assert _codes_of_reply(interviewer, reply) == set()


def test_a_courtesy_that_also_asks_is_a_question():
    assert _codes_of_reply("Selamat sore, Bu. Apa yang Ibu khawatirkan?",
                           "Kita takut anak demam sesudah disuntik.") == {"takut"}


@pytest.mark.parametrize("turn, expected", [
    ("Selamat siang, Pak Camat. Terima kasih sudah menerima kami.", True),
    ("Mohon maaf mengganggu, Bu.", True),
    ("Terima kasih. Siapa yang biasa mengingatkan?", False),
    ("Baik. Lalu bagaimana dengan suami?", False),
    ("Maaf, tadi Ibu bilang takut disuntik?", False),
    ("Oke, Pak Guru. Makasih banyak.", True),       # an acknowledgement beside thanks closes the talk
    ("Baik.", False),                                # alone it is a backchannel: the informant goes on
    ("Baik sekali. Terima kasih.", False),           # a judgement, no acknowledgement
    ("Oke, Bu lanjut cerita. Makasih.", False),
    ("Baik, Tanta. Makase banyak.", True),           # the Manado address (answers.ADDRESS_TERMS)      # a request after the address asks the informant to go on
])
def test_courtesies_are_told_from_questions(turn, expected):
    assert is_courtesy(turn) is expected
