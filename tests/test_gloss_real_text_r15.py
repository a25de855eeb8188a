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
    ("Baju ini pas for ngana.", "Baju ini pas untukmu."),
    ("Kita pe sambal depe rasa pas.", "Sambal saya rasanya pas."),
    # before jam: at that hour
    ("Dia minum obat tiap hari pas jam tujuh.", "Dia minum obat setiap hari pada jam tujuh."),
    # after a noun before the clause it opens, and opening one: the conjunction
    ("Dorang tunduk kapala pas pendeta badoa.", "Mereka tunduk kepala waktu pendeta berdoa."),
    ("Pas ujang, torang tinggal di rumah.", "Waktu hujan, kami tinggal di rumah."),
])
def test_pas_is_exactly_there_fitting_at_an_hour_or_when(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # rupa opening its clause, or before an adjective: it seems
    ("Rupa dia so pulang.", "Sepertinya dia sudah pulang."),
    ("Tu kamar rupa kotor.", "Kamar itu sepertinya kotor."),
    # before a noun or a verb it compares: 'seperti'
    ("Depe suara rupa guru.", "Suaranya seperti guru."),
])
def test_rupa_opening_a_clause_or_before_a_state_is_sepertinya(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Torang bilang slamat pa pangantin.", "Kami mengucapkan selamat kepada pengantin."),
    ("Oma bilang makase pa dokter.", "Nenek mengucapkan terima kasih kepada dokter."),
    # elsewhere bilang stays
    ("Dia bilang nyanda mo datang.", "Dia bilang tidak mau datang."),
])
def test_bilang_before_a_formula_is_mengucapkan(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # kawin, the Indonesian spelling of kaweng: after a thing the wedding, after a person marries
    ("Torang mo pigi ka pesta kawin.", "Kami akan pergi ke pesta pernikahan."),
    ("Kita pe kaka so kawin.", "Kakak saya sudah kawin."),
    # after yang (or another function word) no thing owns it: people marry
    ("Di kampung banyak yang kaweng muda.", "Di kampung banyak yang menikah muda."),
    ("Ada yang kawin blum sah.", "Ada yang kawin belum sah."),
])
def test_kawin_after_a_thing_is_the_wedding(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # the last item of a list of three or more, whatever its words
    ("Kita bli ikang, sayor ijo, deng tahu goreng.", "Saya membeli ikan, sayur hijau, dan tahu goreng."),
    # a second act after a verb that takes a partner: not the partner
    ("Dorang bacarita deng tatawa sampe malam.", "Mereka bercerita dan tertawa sampai malam."),
    # a partner, an instrument or the means stay 'dengan'
    ("Dia bacarita deng oma.", "Dia bercerita dengan nenek."),
    ("Dia cuma deng bajalan kaki ka pasar.", "Dia hanya dengan berjalan kaki ke pasar."),
])
def test_deng_closing_a_list_or_before_a_second_act_is_dan(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Jalan ka kobong nyanda gampang.", "Jalan ke kebun tidak mudah."),
    ("Dorang maso satu-satu ka dalam ruangan.", "Mereka masuk satu per satu ke dalam ruangan."),
    ("Pakean kotor so tatumpuk di kamar mandi.", "Pakaian kotor sudah menumpuk di kamar mandi."),
    ("Torang bagadang sampe subuh.", "Kami begadang sampai subuh."),
])
def test_lexicon_rows_from_the_larger_corpus(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # food after so/blum with no object: done
    ("Ikang bakar so masak.", "Ikan bakar sudah matang."),
    ("Pisang blum masak, jang ambe dulu.", "Pisang belum matang, jangan diambil dulu."),
    # a person cooks
    ("Oma so masak di dapur.", "Nenek sudah memasak di dapur."),
])
def test_masak_of_food_after_so_is_matang(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a ba- cooking verb after a dish is its participle, also before a noun naming the dish further
    ("Oma jual ikang bagoreng rica di pasar.", "Nenek menjual ikan goreng cabai di pasar."),
    # after a person it is the act
    ("Papa bagoreng ikang.", "Ayah menggoreng ikan."),
])
def test_cooking_participle_before_a_noun_after_a_dish(glosser, source, expected):
    assert translate(glosser, source) == expected
