"""Issue 16, round 32 (branch r32-G): grammar that real Manado Malay text (MangARTI's mining part and the
development sets) leaves wrong. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # a verb after going out, in, back, up or down, or after a ber- verb, is the next act of the same
    # subject: meN- before its object (active_voice._leads_serial)
    ("Bapa kaluar bawa ember.", "Bapak keluar membawa ember."),
    ("Dorang bakumpul bawa makanan for pesta.", "Mereka berkumpul membawa makanan untuk pesta."),
    # ... after a verb that takes an object, the word after it is that object, no act (beli sapu)
    ("Ade beli sapu baru.", "Adik beli sapu baru."),
    # an untagged Indonesian verb after mo or a modal, with its object after it: the subject's act
    # (predicates._wanted_or_bound)
    ("Ambe gunting for mo potong kartas.", "Ambil gunting untuk memotong kertas."),
    ("Yang kala musti jepit depe hidung.", "Yang kalah harus menjepit hidungnya."),
    ("Dokter bilang musti kurang gula.", "Dokter bilang harus mengurangi gula."),
    # ... a fronted thing undergoes it, and the verbs Indonesian keeps bare after mau stay
    ("Tu ikang musti potong dulu.", "Ikan itu harus dipotong dulu."),
    ("Torang so mo pigi, ngana mo titip apa?", "Kami sudah mau pergi, kamu mau titip apa?"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_32_grammar(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
