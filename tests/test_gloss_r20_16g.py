"""Issue 16, round 20 (branch r20-16g): gloss debts, then the grammar errors counted on dev_round17-20.
Every sentence here was written for these tests (none is from the corpus, a blind set or a development
set)."""

from __future__ import annotations

import pytest

CASES = [
    # dapa + a perceiving act before pa + a person: verbforms decides the act is the perceiver's (one
    # place; dative.py only drops pa as the object marker), also for hearing; a di- form keeps its doer
    ("Kita dapa dengar pa dorang ba cirita.", "Saya mendengar mereka bercerita."),
    ("Dia dapa lia pa samua orang.", "Dia melihat semua orang."),
    ("Tu doi dapa ambe pa polisi.", "Uang itu diambil oleh polisi."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_20_gloss(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
