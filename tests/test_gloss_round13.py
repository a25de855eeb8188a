"""Issue 16, round 8 pass of this round: general readings the development sets showed wrong.
Every sentence here was written for these tests (none is from the MangARTI corpus, a blind set or
a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # a word that never closes a noun phrase takes the next noun into what is possessed
    ("Depe mantan suami so kaweng ulang.", "Mantan suaminya sudah menikah lagi."),
    ("Kita pe mantan pacar tinggal di Bitung.", "Mantan pacar saya tinggal di Bitung."),
    ("Torang pe calon pendeta datang bisuk.", "Calon pendeta kami datang besok."),
    # an ordinary noun still closes it: the next word is the predicate
    ("Kita pe anak saki.", "Anak saya sakit."),
])
def test_a_word_before_nouns_stays_with_its_noun_in_a_possessive(glosser, source, expected):
    assert translate(glosser, source) == expected
