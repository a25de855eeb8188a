"""Round 15: a new user's tobacco trial found bare *isap* left as 'isap' (Indonesian reads it as
'suck') and *dua-dua* left doubled. Without an object isap is smoking (senses.py); before the thing
sucked it stays 'isap'. Every sentence here was written for these tests but one trial sentence."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    ("mar abis itu dia isap ulang", "tapi setelah itu dia merokok lagi"),   # the trial's turn
    ("Tiap malam dia isap di teras.", "Setiap malam dia merokok di teras."),
    ("Dia nda isap, mar depe bini isap.", "Dia tidak merokok, tapi istrinya merokok."),
    ("Opa isap terus sampe batuk.", "Kakek merokok terus sampai batuk."),
])
def test_isap_without_an_object_is_smoking(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source", [
    "Kita pe ade masih suka isap jempol kalau mo tidor.",
    "Ade isap susu dari botol kong tidor.",
])
def test_isap_before_what_is_sucked_is_not_smoking(glosser, source):
    assert "merokok" not in translate(glosser, source)


@pytest.mark.parametrize("source, expected", [
    ("Papa deng om dua-dua pigi melaut.", "Ayah dan om keduanya melaut."),
    ("Iyo, dua-dua so dapa vaksin.", "Iya, keduanya sudah dapat vaksin."),
])
def test_dua_dua_is_both(glosser, source, expected):
    assert translate(glosser, source) == expected
