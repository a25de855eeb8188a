"""Issue 16, helpers' round 15: the faults the round's brief listed (tu before a noun Indonesian
also makes a verb of, tu before a possessive and its predicate, ...), then the errors of
dev_round17. Every sentence here was written for these tests (none is from the corpus, a blind set
or a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # tu opening its clause before a noun Indonesian also makes a verb of, more nouns and the predicate
    ("Tu gunting kain so tumpul.", "Gunting kain itu sudah tumpul."),
    ("tu sisir rambut ada di lemari", "sisir rambut itu ada di lemari"),
    ("Tu kunci gudang so ilang.", "Kunci gudang itu sudah hilang."),
    # a noun after tu keeps tu past it as before
    ("Tu anak pukul dia.", "Anak itu memukul dia."),
])
def test_tu_opening_a_clause_makes_the_next_word_a_noun(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # tu before an owner: it closes the possessive phrase, the untagged word after it is the predicate
    ("tu baju pe kancing lepas", "kancing baju itu lepas"),
    ("Tu rumah pe atap bocor.", "Atap rumah itu bocor."),
    # tu before an object and its adjective closing the clause: itu after the adjective
    ("Jang pake tu baju basah.", "Jangan pakai baju basah itu."),
    ("Kita mo bli tu sapatu mahal.", "Saya mau membeli sepatu mahal itu."),
])
def test_tu_closes_the_possessive_phrase_and_an_objects_adjective(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # ka closing a question written without its question mark asks, as with it: no place follows
    ("Ngana so mandi ka", "Kamu sudah mandi ya"),
    ("Dia so pulang ka, Om", "Dia sudah pulang ya, Om"),
    ("Ngana so mandi ka?", "Kamu sudah mandi ya?"),
    # a place after it: 'ke'
    ("Ngana mo pigi ka pasar", "Kamu mau pergi ke pasar"),
])
def test_ka_closing_an_unpunctuated_question_asks(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # di- on a lexicon verb the lexicon gives inflected: the passive of its root, not di- + meN-
    ("Tu kursi dibekeng om.", "Kursi itu dibuat paman."),
    ("Tu ikang dibamasa oma.", "Ikan itu dimasak nenek."),
    # a ber- verb's passive is its causative's
    ("Tu kobong dibakarja dorang.", "Kebun itu dikerjakan mereka."),
    # an intransitive meN- verb by its lexicon row: married off
    ("Depe ade so dikaweng bulan lalu.", "Adiknya sudah dinikahkan bulan lalu."),
])
def test_di_on_an_inflected_lexicon_verb_is_the_passive_of_its_root(glosser, source, expected):
    assert translate(glosser, source) == expected
