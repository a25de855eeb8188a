"""Round 25 grammar of the gloss: jang + a verb whose object is left out is 'jangan di-V', what must
not be done to the one already named (prohibitions.py)."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def translate(source: str) -> str:
    return shared_glosser().gloss(source, "xmm").translation


@pytest.mark.parametrize("source, expected", [
    ("Oma ada tidor, jang kase bangun.", "Nenek sedang tidur, jangan dibangunkan."),
    ("Papa ada karja, jang ganggu dulu.", "Ayah sedang bekerja, jangan diganggu dulu."),
    ("Tu kaki so bengkak, jang urut.", "Kaki itu sudah bengkak, jangan diurut."),
])
def test_a_prohibition_without_its_object_is_passive(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Jang ganggu dia.", "Jangan ganggu dia."),          # the object follows
    ("Jang pigi!", "Jangan pergi!"),                     # no object to take
    ("Jang makang.", "Jangan makan."),                   # used without an object
    ("Ngoni jang ribut.", "Kalian jangan ribut."),       # a state said of the addressee
])
def test_a_prohibition_with_its_object_or_of_no_object_stays(source, expected):
    assert translate(source) == expected
