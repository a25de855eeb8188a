"""A keyword opening with an adverb of manner that goes before its act ("langsung minum") keeps its
order when its words are found apart (keywords.BEFORE_ITS_ACT): after an act the adverb qualifies
the next one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, minimal_codebook

SWALLOWED = minimal_codebook([
    ("telan", "Obat ditelan di depan petugas", "The resident swallows the tablet while the officer watches.",
     ["langsung minum", "di depan petugas"]),
    ("jarak", "Jarak ke puskesmas", "The clinic is far from the village.", ["jauh", "ongkos ojek"]),
], name="Filariasis (uji)")


@pytest.mark.parametrize("text", [
    "Tablet dibagi sore itu, dan kami langsung minum semua.",
    "Kami langsung saja minum, airnya sudah disiapkan.",
])
def test_the_adverb_before_the_act_is_the_keyword(text):
    assert codes_of_paragraph(SWALLOWED, text, interview=True) == {"telan"}


def test_the_adverb_after_the_act_qualifies_the_next_one():
    assert codes_of_paragraph(SWALLOWED, "Tetangga sesudah minum langsung pusing, muntah sampai malam.",
                              interview=True) == set()
