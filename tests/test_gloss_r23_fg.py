"""Round 23 (branch r23-FG): fixes of a review of the round's gloss rules. Every sentence here was
written for these tests (none is from a development set, a blind set or the corpus)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("source, expected", [
    # sedap, turunan, famili are plain Indonesian words: an Indonesian sentence stays as written
    ("Sambal ini sedap sekali.", "Sambal ini sedap sekali."),
    ("Jalan turunan ke pantai itu licin.", "Jalan turunan ke pantai itu licin."),
    ("Famili saya datang dari Jakarta.", "Famili saya datang dari Jakarta."),
    # the hereditary disease and the exclamative pe + sedap keep their Manado reading
    ("Depe asma itu penyakit turunan dari depe opa.", "Asmanya itu penyakit keturunan dari kakeknya."),
    ("Tu bubur pe sedap!", "Bubur itu enak sekali!"),
])
def test_indonesian_words_are_no_manado_rows(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
