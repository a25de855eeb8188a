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


@pytest.mark.parametrize("source, expected", [
    # a verb + akang opening its clause asks a favour: 'tolong' in front
    ("Cari akang kita satu kamar murah.", "Tolong carikan saya satu kamar murah."),
    ("kalu ngana ke pasar, bli akang kita sayur", "kalau kamu ke pasar, tolong belikan saya sayur"),
    # after tolong, with dang, after a subject or in a question: no second or no 'tolong'
    ("Tolong angka akang tu kursi.", "Tolong angkatkan kursi itu."),
    ("Bungkus akang dang.", "Tolong bungkuskan."),
    ("Mama masak akang pa torang sup.", "Ibu memasakkan kami sup."),
])
def test_akang_request(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # bole with no act after it grants or asks leave: 'boleh'
    ("Iyo, bole.", "Iya, boleh."),
    ("Kalu bole, kita mo pinjam ngana pe payung.", "Kalau boleh, saya mau pinjam payungmu."),
    # before an act it stays 'bisa' (Manado bole is mostly 'can')
    ("Dia bole angka tu karung.", "Dia bisa mengangkat karung itu."),
])
def test_bole_closing_its_clause(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # pa after a verb of speaking marks the one spoken to: 'kepada', not dropped
    ("Guru so bicara pa dorang pe orang tua.", "Guru sudah bicara kepada orang tua mereka."),
    # ta before an adverb is short kita (no ter- form of an adverb); before a verb alone ter-
    ("Ta lebe suka ikang bakar.", "Saya lebih suka ikan bakar."),
    ("Tu gelas so ta jatuh.", "Gelas itu sudah terjatuh."),
])
def test_speaking_to_and_short_kita(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # noh after the one word that makes a whole sentence insists on it: -lah
    ("Pasti noh. Dia nyanda mungkin lupa.", "Pastilah. Dia tidak mungkin lupa."),
    ("Iyo noh!", "Iyalah!"),
    # after what it points at it stays 'tuh'
    ("Itu noh.", "Itu tuh."),
])
def test_noh_insisting(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # biar + le before a clause concedes it: 'walaupun', le dropped
    ("Biar le ujang, torang tetap pigi.", "Walaupun hujan, kami tetap pergi."),
    ("Biar ley dia mara, kita nyanda takut.", "Walaupun dia marah, saya tidak takut."),
    # le after the subject stays 'juga'
    ("Biar dia le iko.", "Biar dia juga ikut."),
])
def test_biar_le_concedes(glosser, source, expected):
    assert translate(glosser, source) == expected
