"""A sum of money (Rp, rupiah) and the words of budgeting (anggaran, menganggarkan,
mengalokasikan) are related words of a code about costs and funding (data/related_words.tsv):
together they say money was set aside, in words the researcher's keywords do not list. A
paragraph that only sets a village meeting's time and place is background, whatever it discusses."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook

FUNDING = one_code_codebook(
    "biaya_sumur", "Biaya dan pendanaan sumur bor",
    "The money a borehole takes: its cost, a household lacking money, village funds or subsidies for it.",
    ["biaya", "iuran", "mahal"], name="Studi air (test)")


@pytest.mark.parametrize("paragraph, coded", [
    ("Tahun depan kecamatan menganggarkan Rp120 juta bagi sumur bor sekolah.", True),
    ("Untuk dua dusun di bukit telah dialokasikan Rp85 juta dari kas kabupaten.", True),
    ("Sebanyak 1.200 jiwa tinggal di dusun pesisir yang belum punya sumur bor.", False),
    # a meeting's time and place (counts.BACKGROUND)
    ("Musyawarah desa yang membahas biaya sumur bor berlangsung pada Kamis, 3 April, di balai desa.", False),
])
def test_a_sum_set_aside_is_funding(paragraph, coded):
    assert codes_of_paragraph(FUNDING, paragraph) == ({"biaya_sumur"} if coded else set())
