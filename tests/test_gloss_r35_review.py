"""Round 35's gloss rules read on sentences they were not tuned on (the review of round 35): where
each fired wrongly or missed, and where it must still fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import assert_reads


@pytest.mark.parametrize("source, expected, wrong", [
    # love told of another, or for another: ngana is spoken to, not loved aloud (intimate.py)
    ("Kita sayang ngana pe cucu-cucu, dorang pintar skali.", "Saya ", "Aku "),
    ("Kita rindu pa ngana pe papa, so lama nyanda lia.", "Saya ", "Aku "),
    ("Tuhan cinta pa ngana, kita ini cuma orang berdosa.", "saya ini", "aku ini"),
    ("Ngana pe pacar ada tunggu pa kita di muka gereja.", "saya", "aku"),
    # ... and still aloud to the one loved
    ("Kita rindu ngana pe suara, sayang.", "Aku ", "Saya "),
    ("Kita cinta pa ngana.", "Aku ", "Saya "),
])
def test_the_intimate_register_needs_the_love_to_be_the_speakers_for_the_one_addressed(source, expected, wrong):
    assert_reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Kamari torang pe sapi lari ka kobong.", "Kemarin ", "Ke sini "),    # a possessor opens the subject
    ("Kamari ngana!", "Ke sini kamu", "Kemarin"),                        # hither and the one called, no predicate
    ("Tong pe kambing lepas kamari subuh.", "kemarin subuh", "ke sini"),   # a part of the day, no verb before
    ("Datang kamari pagi-pagi, torang mo bacabut rumput.", "ke sini pagi", "kemarin"),   # a verb to complete
])
def test_kamari_opening_a_clause(source, expected, wrong):
    assert_reads(source, expected, wrong)


def test_kaya_before_what_another_owns_is_likeness():
    assert_reads("Ngana pe jalang kaya ngana pe opa.", "seperti", "kaya kakek")
    assert_reads("Dorang pe opa kaya skali.", "kaya", "seperti")


@pytest.mark.parametrize("source, expected, wrong", [
    ("Anak-anak nyanda tau bahaya petasan.", "tahu bahaya petasan", "berbahaya"),   # the danger after knowing
    ("Tu jembatan itu bahaya kalu banjir.", "itu berbahaya", "adalah"),              # a state, no noun predicate
])
def test_bahaya(source, expected, wrong):
    assert_reads(source, expected, wrong)
