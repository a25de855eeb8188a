"""Issue 16, helpers' round 15 (real text): word senses, lexicon rows and spellings found by listing
the errors on the mining and dev parts of a larger part of the MangARTI corpus word by word. Every
sentence here was written for these tests (none is from the corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # after an act or its object, before a place preposition: exactly there
    ("Oto brenti pas di muka gereja.", "Mobil berhenti tepat di depan gereja."),
    ("Bola jatuh pas di atas atap.", "Bola jatuh tepat di atas atap."),
    ("Papa kase turung pa kita pas di muka skolah.", "Ayah menurunkan saya tepat di depan sekolah."),
    # closing its clause or before for: it fits
    ("Baju ini pas for ngana.", "Baju ini pas untuk kamu."),
    ("Kita pe sambal depe rasa pas.", "Sambal saya rasanya pas."),
    # before jam: at that hour
    ("Dia minum obat tiap hari pas jam tujuh.", "Dia minum obat setiap hari pada jam tujuh."),
    # after a noun before the clause it opens, and opening one: the conjunction
    ("Dorang tunduk kapala pas pendeta badoa.", "Mereka tunduk kepala waktu pendeta berdoa."),
    ("Pas ujang, torang tinggal di rumah.", "Waktu hujan, kami tinggal di rumah."),
])
def test_pas_is_exactly_there_fitting_at_an_hour_or_when(glosser, source, expected):
    assert translate(glosser, source) == expected
