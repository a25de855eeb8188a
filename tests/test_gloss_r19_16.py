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


@pytest.mark.parametrize("source, expected", [
    # kase + a verb that takes an object already: its plain meN- form, no -kan (one list in indonesian.py)
    ("Om kase buka tu lemari.", "Paman membuka lemari itu."),
    ("Kakak kase kunci pagar.", "Kakak mengunci pagar."),
    ("Tolong kase ikat tu karong.", "Tolong ikat karung itu."),
    # the same verbs undergone by a thing keep the plain di- form
    ("Tu lemari musti kase kunci.", "Lemari itu harus dikunci."),
])
def test_kase_before_a_transitive_verb_takes_no_suffix(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
