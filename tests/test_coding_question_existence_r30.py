"""A yes to a question whether a place is there ("Di desa ada Polindes?"), which names a code
only by that place, says the place exists, not that anyone uses it (question_reading.read_question,
answers.thing_asked); a yes to a question whether one went there still does, as one to whether
there was an activity at the place (test_coding_question_places.py). The
codebook (adolescent health at village maternity posts) and the sentences are written for this test."""

from __future__ import annotations

from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import answer_codes

CODEBOOK = minimal_codebook_yaml([
    ("ikut", "Memanfaatkan Polindes", "Remaja datang ke Polindes untuk timbang dan konseling.",
     ["Polindes"]),
    ("anemia", "Anemia remaja putri", "Remaja putri kurang darah atau minum tablet tambah darah.", ["tablet tambah darah"]),
], name="Kesehatan remaja di pulau")


def test_a_yes_that_the_place_exists_takes_no_code_of_its_use():
    assert "ikut" not in answer_codes(CODEBOOK, "Di desa ini ada Polindes?", "Ada, di balai desa tiap Sabtu.")


def test_a_yes_that_one_went_there_does():
    assert "ikut" in answer_codes(CODEBOOK, "Ade pernah pergi ke Polindes?", "Pernah, dua kali.")
