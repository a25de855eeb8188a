"""Issue 16, round 16: words that Manado language-learning pages list, kept where usage agrees
(lexicon.tsv section 'Manado language-learning pages'; false_friends.tsv rows tong and masa).
Every sentence here was written for these tests; none is from a page, the corpus or a data set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted, unwanted", [
    # tong is short torang before an aspect word or pe; before sampah it is the Indonesian bin
    ("Tong so bayar depe iuran kalamarin.", "Kami sudah", "tong"),
    ("Papa bilang tong pe oto so rusak.", "mobil kami", "tong"),
    ("Ngana buang tu plastik di tong sampah.", "tong sampah", "kami"),
    # ba-makang is intransitive 'makan', not memakan
    ("Ade ada bamakang di dapur.", "makan di dapur", "memakan"),
    # bagigi is menggigit (gigit, final t dropped), not bergigi 'having teeth'
    ("Tu anjing ja bagigi orang lewat.", "menggigit", "bergigi"),
    ("Oma pe ayam so batolor.", "bertelur", "batolor"),
    # oda refuses, aida protests; masa before bagitu is the Indonesian 'surely not'
    ("Oda, kita nimau minum tu obat.", "Tidak, ", "Oda"),
    ("Aida, masa bagitu dang?", "masa begitu", "masak"),
    ("Ba-apa dorang di kobong?", "Sedang apa mereka", "ber-apa"),
    ("Mama taruh forok deng sendok di meja.", "garpu", "forok"),
    ("Ambe dulu falo-falo di kamar mandi.", "gayung", "falo"),
    ("Tu dodoku dekat sekolah so rusak.", "Jembatan itu", "dodoku"),
    ("Dia pe anak parampuang fasung skali.", "cantik", "fasung"),
    ("Dia lai nyanda datang ka posyandu.", "juga", " lai "),
    # a list's regular sound correspondence where the sound rules picked another root or none
    ("Ado, ade pe panta ada bisul.", "Aduh, pantat adik", "pantak"),
    ("Opa pake capatu puti ka gereja.", "sepatu putih", "capatu"),
])
def test_page_words(glosser, source, wanted, unwanted):
    result = translate(glosser, source)
    assert wanted in result and unwanted not in result


@pytest.mark.parametrize("source, expected", [
    # a frequency before skali counts ('once a month'); it is no predicate skali grades
    ("Kita pigi kontrol sebulan sekali.", "sebulan sekali."),
    ("Dorang timbang ade seminggu sekali di posyandu.", "sekali"),
])
def test_frequency_before_skali_is_not_graded(glosser, source, expected):
    result = translate(glosser, source)
    assert expected in result and "sangat" not in result
