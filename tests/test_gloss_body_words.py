"""Malay body words the gloss reads whole: "buah pinggang" is the kidney (ginjal), so a
codebook's "ginjal" finds a Manado Malay turn about it; "buah" alone stays fruit.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    ("Dokter bilang kita pe buah pinggang so rusak.", "Dokter bilang ginjal saya sudah rusak."),
    ("Buah pinggang tu oma so lemah.", "Ginjal nenek itu sudah lemah."),
    ("Dia jual buah di pasar.", "Dia menjual buah di pasar."),
])
def test_buah_pinggang_is_the_kidney(glosser, source, expected):
    assert translate(glosser, source) == expected
