"""Round 25 grammar of the gloss: an act of care (suntik, timbang, urut, rawat) with no carer as its
doer is what the patient undergoes, the di- passive (treatment.py)."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def translate(source: str) -> str:
    return shared_glosser().gloss(source, "xmm").translation


@pytest.mark.parametrize("source, expected", [
    # an act of care with no carer as its doer: what the patient undergoes
    ("Abis suntik ade manangis trus.", "Setelah disuntik adik menangis terus."),
    ("Oma so urut kamaring.", "Nenek sudah diurut kemarin."),
    ("Bayi musti timbang dulu.", "Bayi harus ditimbang dulu."),
    ("Kita bawa ade for suntik campak.", "Saya membawa adik untuk disuntik campak."),
])
def test_an_act_of_care_without_its_carer_is_undergone(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # the carer does it, or the patient follows as the object: active
    ("Suster so suntik tadi pagi.", "Suster sudah menyuntik tadi pagi."),
    ("Kita so suntik anak.", "Saya sudah menyuntik anak."),
])
def test_a_carer_or_an_object_keeps_the_act_active(source, expected):
    assert translate(source) == expected
