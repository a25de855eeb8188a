"""Issue 16, round 19 (branch r19-16): the round's gloss debts, then errors counted on the MangARTI
corpus's dev part and the newest development sets. Every sentence here was written for these tests
(none is from the corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("source, expected", [
    # so mo is decided by aspect.py alone: a thing's act to come keeps 'sudah mau', bare or with kase
    ("Tu ikang so mo goreng.", "Ikan itu sudah mau digoreng."),
    ("Tu baju so mo cuci.", "Baju itu sudah mau dicuci."),
    ("Pintu so mo kase tutup.", "Pintu sudah mau ditutup."),
])
def test_so_mo_before_a_thing_undergoing_keeps_already(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
