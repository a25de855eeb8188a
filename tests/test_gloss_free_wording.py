"""Issue 16, round 3: the wording real free translations use, and the readings mined from the
MangARTI corpus's mining part. Every sentence here was written for these tests (none is from the
corpus or from a blind set); each asserts the reading and, where the old output was wrong, that
the wrong one is gone."""

from __future__ import annotations

import pytest

from evaluation import mangarti as corpus
from evaluation.mine import residual
from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    ("Ni sup panas skali.", "Sup ini sangat panas."),                 # adjective + skali
    ("Kita suka skali ngana pe lagu.", "Saya sangat suka lagumu."),    # a verb of feeling
    ("Torang makang skali sehari.", "Kami makan sekali sehari."),      # 'once' after an action stays
])
def test_skali_grades_the_predicate_before_it(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Beli gula deng kopi di warung.", "gula dan kopi"),               # two nouns
    ("Dia tidor deng perut lapar.", "tidur dengan perut lapar"),      # a manner after a verb
    ("Kita bacarita deng om Ferry.", "dengan om Ferry"),              # a partner
])
def test_deng_is_dan_unless_it_joins_a_partner_or_a_manner(glosser, source, expected):
    assert expected in translate(glosser, source)


@pytest.mark.parametrize("source, expected", [
    ("Tape kapala rasa pusing.", "Kepala saya terasa pusing."),        # a thing feels
    ("Kita rasa lalah skali.", "Saya merasa sangat lelah."),           # a person feels
    ("Depe rasa manis.", "Rasanya manis."),                            # the noun 'taste'
])
def test_rasa_before_a_predicate(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Dia pamit pa oma.", "Dia pamit kepada nenek."),                           # pa before a person
    ("Dorang bawa pa mantri.", "Mereka bawa ke mantri."),                      # ... after carrying
    ("Ini kue for pa ngana.", "Ini kue untuk kamu."),                          # ... after for
    ("Om so datang.", "Om sudah datang."),                                   # a kin term
    ("Om Dany so datang.", "Om Dany sudah datang."),                            # ... a title before a name
    ("Papa pe sapatu ilang.", "Sepatu ayah hilang."),
    ("Ukuran baju so pas.", "Ukuran baju sudah pas."),                          # pas 'fitting'
    ("Pas kita datang, dia so pulang.", "Waktu saya datang, dia sudah pulang."),  # pas 'when'
    ("Torang makang ikang babakar.", "Kami makan ikan bakar."),                 # a cooked dish
    ("Mama ada bagoreng tempe.", "Ibu sedang menggoreng tempe."),               # the act of cooking
    ("Kita nintau kalo bisa dapa jual ni rumah.",
     "Saya tidak tahu kalau bisa menjual rumah ini."),                          # ability, not dijual
    ("Dia mo jadi guru.", "Dia mau menjadi guru."),                             # jadi 'become'
    ("Jadi dorang nda datang.", "Jadi mereka tidak datang."),                   # jadi 'so'
    ("Dorang so jual tu oto.", "Mereka sudah menjual mobil itu."),              # active before 'tu N'
    ("Kita pinjam doi for mo bayar sekolah.", "Saya pinjam uang untuk membayar sekolah."),  # for mo: purpose
    ("ta so musti pulang.", "Saya sudah harus pulang."),                      # ta: short kita
    ("Da ba apa?", "Sedang apa?"),                                              # not berapa
    ("Kita pe nama Yohanis.", "Nama saya Yohanis."),                            # a name is the predicate
    ("Ngoni mo pi mana?", "Kalian mau ke mana?"),                         # going where
    ("Sama-sama.", "Sama-sama."),                                               # alone: you're welcome
    ("Dorang bakarja sama-sama.", "Mereka bekerja bersama."),                   # in a clause: together
])
def test_readings_the_clause_decides(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("word, expected", [
    ("slimut", "selimut"), ("prahu", "perahu"), ("skitar", "sekitar"), ("kartas", "kertas")])
def test_a_dropped_or_a_schwa_lands_on_an_indonesian_root(glosser, word, expected):
    result = glosser.gloss(f"Kita cari {word} itu.", "xmm")
    assert expected in result.translation and word not in result.unknown


@pytest.mark.parametrize("source, expected, wrong", [
    ("Depe kuli so merah.", "kulit", "kuli "),          # not 'labourer'
    ("Satu langka le torang sampe.", "langkah", "langka "),
    ("Bajalang palang-palang.", "perlahan", "palang"),  # not the bar (perlahan: round 31)
    ("Tu kantang so masak.", "kentang", "kantang"),
])
def test_manado_words_that_look_indonesian(glosser, source, expected, wrong):
    out = translate(glosser, source).lower() + " "
    assert expected in out and wrong not in out


def test_residual_miner_finds_a_known_word_read_wrong():
    pairs = [corpus.Pair(f"kuli {n} tipis", f"kulit {n} tipis", i)
             for i, n in enumerate(["satu", "dua", "tiga", "empat"])]
    rows = residual(pairs, lambda word: "kuli" if word == "kuli" else word, lambda sentence: sentence)
    assert [(row[0], row[1], row[2]) for row in rows] == [("kuli", "kuli", "kulit")]


@pytest.mark.parametrize("word, expected", [
    ("mahargai", "menghargai"), ("masapu", "menyapu"), ("mapalu", "memeluk")])  # palu is 'peluk' in Manado
def test_manado_ma_is_the_indonesian_men_prefix(glosser, word, expected):
    assert translate(glosser, f"Dorang {word} itu.") == f"Mereka {expected} itu."
