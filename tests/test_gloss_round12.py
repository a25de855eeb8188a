"""Issue 16, third pass of round 10: general readings the development sets showed wrong (le after
an event, ...). Every sentence here was written for these tests (none is from the MangARTI corpus,
a blind set or a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # closing its clause right after an event: it happens once more
    ("Anak muntah le, kita nda tidor.", "Anak muntah lagi, saya tidak tidur."),
    ("Dia so jatuh le.", "Dia sudah jatuh lagi."),
    ("Ujang le.", "Hujan lagi."),
    # after a person, or before the predicate: also
    ("Oma le, dia so datang.", "Nenek juga, dia sudah datang."),
    ("Mama le mo pigi.", "Ibu juga mau pergi."),
    # after a state: also
    ("Dorang ada le.", "Mereka ada juga."),
])
def test_le_after_an_event_is_lagi(glosser, source, expected):
    assert translate(glosser, source) == expected
