"""A label naming a word and the opposite its negation means ("Persetujuan atau penolakan mertua":
*tidak setuju* is *tolak*) is about both sides: a negated keyword is its matter too ("belum
dapat izin dari mertua"), where a one-sided label's keyword is silenced."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook

BOTH = one_code_codebook(
    "restu_mertua", "Persetujuan atau penolakan mertua",
    "The mother-in-law agrees to or objects to the young mother giving birth at the clinic.",
    ["setuju mertua", "izin mertua"], name="Persalinan (test)")
ONE_SIDED = one_code_codebook(
    "restu_mertua", "Persetujuan mertua",
    "The mother-in-law agrees to the young mother giving birth at the clinic.",
    ["setuju mertua", "izin mertua"], name="Persalinan (test)")


@pytest.mark.parametrize("paragraph", [
    "Ibu itu belum dapat izin dari mertua untuk bersalin di Puskesmas.",
    "Sampai sekarang belum ada izin dari mertua soal tempat bersalin.",
])
def test_a_negated_keyword_counts_for_a_label_naming_both_sides(paragraph):
    assert codes_of_paragraph(BOTH, paragraph) == {"restu_mertua"}
    assert codes_of_paragraph(ONE_SIDED, paragraph) == set()
