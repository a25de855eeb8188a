"""Issue 16, round 9 of the helpers (second pass): nouns that spaCy's tables give a meN- form are
not taken for verb roots. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.gloss.indonesian import IndonesianVocabulary
from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # beking before a noun-first word makes the thing (not mengacarakan, melagukan); an event is held (making.py)
    ("Besok torang mo beking acara syukuran di balai desa.",
     "Besok kita akan mengadakan acara syukuran di balai desa."),
    ("Kita beking lagu for pesta kaweng.", "Saya membuat lagu untuk pesta pernikahan."),
    # also when a sound rule found the noun (kalompok -> kelompok)
    ("Anak-anak beking kalompok ampa orang.", "Anak-anak membuat kelompok empat orang."),
])
def test_making_a_noun_first_word_is_making_the_thing(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_noun_first_words_are_no_verb_roots():
    vocabulary = IndonesianVocabulary()
    assert not vocabulary.is_verb_root("acara")
    assert not vocabulary.is_verb_root("kelompok")
    assert vocabulary.is_verb_root("potong")  # a verb root the list leaves alone


def test_word_list_rejects_an_unknown_role(tmp_path):
    words = tmp_path / "indonesian.tsv"
    words.write_text("word\trole\nacara\tthing\n", encoding="utf-8")
    with pytest.raises(InputError, match="noun"):
        IndonesianVocabulary(words_path=words)


@pytest.mark.parametrize("source, expected", [
    # a person, dapa, a verb and a thing pointed at: what the person can do to it
    ("Dia dapa bawa tu lemari sandiri.", "Dia bisa membawa lemari itu sendiri."),
    ("Ngana dapa dorong tu gerobak?", "Kamu bisa mendorong gerobak itu?"),
    # a thing before dapa, or a person after the verb, keeps the passive
    ("Tu anjing dapa pukul tu anak.", "Anjing itu dipukul anak itu."),
    ("Dia dapa pukul depe papa.", "Dia dipukul ayahnya."),
])
def test_dapa_with_a_pointed_object_is_ability(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # an Indonesian word written with a hyphen stays itself (was "pertama-tamat": tama -> tamat)
    ("Pertama-tama torang pigi ka puskesmas.", "Pertama-tama kami pergi ke puskesmas."),
    ("Pertama-tama saya mendaftar di puskesmas.", "Pertama-tama saya mendaftar di puskesmas."),
])
def test_a_hyphenated_indonesian_word_is_not_glossed_part_by_part(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # ada + verb with a count of times: the visits are done and counted, not going on (was 'sedang datang')
    ("Bidan ada datang ka rumah satu kali.", "Bidan datang ke rumah sekali."),
    ("Kader ada datang dua kali ka sini.", "Kader datang dua kali ke sini."),
    # without a count the act is going on
    ("Dorang ada bacirita di muka rumah.", "Mereka sedang mengobrol di depan rumah."),
])
def test_a_counted_act_is_no_progressive(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # after a feeling towards an act, pake is the act (was 'takut dengan susuk': the verb dropped)
    ("Kita tako pake susuk.", "Saya takut pakai susuk."),
    ("Dia malas pake masker.", "Dia malas pakai masker."),
    # after the act it is done with, pake is the instrument
    ("Mama cuci pake sabun.", "Ibu cuci dengan sabun."),
])
def test_pake_after_a_feeling_is_the_act(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # deng between two people after the verb joins them (was 'saya dengan bayi')
    ("Bidan periksa kita deng bayi di rumah.", "Bidan memeriksa saya dan bayi di rumah."),
    # deng after the verb is company
    ("Kita pigi deng mama ka pasar.", "Saya pergi dengan ibu ke pasar."),
])
def test_deng_between_two_people_is_dan(glosser, source, expected):
    assert translate(glosser, source) == expected
