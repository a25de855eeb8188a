"""A light verb and a word saying only when or where are one piece of related evidence, no pair
(related.circumstance_sense): "datang ... minggu" says someone came some week, not that a midwife
visited. A light verb beside a word of the code's matter still pairs. The codebook (mothers and
children in a fishing village) and the sentences are written for this test."""

from __future__ import annotations

import pytest

from pipeline.coding.related import circumstance_sense
from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import codes_of

CODEBOOK = minimal_codebook_yaml([
    ("nifas", "Kunjungan nifas", "The midwife visits the mother at home in the first weeks after birth.",
     ["kunjungan nifas", "KF1"]),
    ("antar", "Membawa anak sakit ke puskesmas", "Parents take a sick child to the clinic quickly.",
     ["bawa ke puskesmas", "berobat"]),
], name="Kesehatan ibu dan anak")


@pytest.mark.parametrize("text", ["Ibu itu datang satu minggu sekali ke pasar.", "Dorang datang minggu lalu dari kampung."])
def test_coming_at_some_time_is_no_visit(text):
    assert "nifas" not in codes_of(text, CODEBOOK)


def test_coming_with_a_word_of_the_visit_still_is():
    assert "nifas" in codes_of("Bidan datang ke rumah satu minggu sesudah lahir.", CODEBOOK)


def test_which_words_say_only_the_circumstance():
    assert circumstance_sense("datang", frozenset()) == circumstance_sense("minggu", frozenset()) != frozenset()
    assert circumstance_sense("kampung", frozenset())
    assert not circumstance_sense("kampung", frozenset({"kampung"}))   # a place the label names is its own
    assert not circumstance_sense("bidan", frozenset())
