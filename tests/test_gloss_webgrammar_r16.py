"""Issue 16, round 16: grammar and particles found on Manado language-learning pages (branch
r16-16v): the glottal nya' 'tidak', a verb + akang opening its clause as a request for a favour,
bole closing its clause as leave. Every sentence here was written for these tests; none is from a
page, the corpus or a data set."""

from __future__ import annotations

import pytest

from pipeline.gloss.tokens import tokenize
from test_gloss import translate


@pytest.mark.parametrize("source, wanted, unwanted", [
    # nya' (the glottal stop written) is short nyanda: the meaning must not be reversed
    ("Papa nya' pigi ka kobong kalamarin.", "Ayah tidak pergi", " nya "),
    ("Kita nya’ tau depe nama.", "Saya tidak tahu", " nya"),
    ("Dorang nya' mau bayar.", "Mereka tidak mau", "nya'"),
])
def test_glottal_nya_negates(glosser, source, wanted, unwanted):
    result = translate(glosser, source)
    assert wanted in result and unwanted not in result


def test_nya_without_glottal_stop_stays():
    # written apart without the mark, nya is Indonesian -nya; only the glottal mark makes it 'not'
    assert tokenize("rumah nya besar")[1] == ["rumah", "nya", "besar"]
    assert tokenize("Om nya' datang")[1] == ["Om", "nya'", "datang"]
    assert tokenize("Om nya’ datang")[2] == [" ", " ", ""]
