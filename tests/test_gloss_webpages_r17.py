"""Issue 16, round 17: Manado language-learning pages (branch r17-16w). Every sentence here was
written for these tests; none is from a page, the corpus or a data set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted", [
    # a subject pronoun closing its sentence after a fronted predicate of several words comes first
    ("Nyanda mau pulang kita.", "Saya tidak mau pulang."),
    ("So datang dia e.", "Dia sudah datang ya."),
    ("Blum bisa bajalan ngana.", "Kamu belum bisa berjalan."),
    ("Aida, nimau mandi dia.", "dia tidak mau mandi"),
    # set phrases and spellings a language-learning page attests with its own translation
    ("Dorang cuma baku sedu di muka rumah.", "saling bercanda"),
    ("Torang baru baku kenal kalamarin.", "berkenalan"),
    ("Jang parkir oto sabarang.", "sembarang"),
    ("Kiapa kabar, Tanta?", "Apa kabar"),
    # kita + a name making a whole sentence says who the speaker is, under no prior too
    ("Kita Yolanda.", "Saya Yolanda."),
    ("Selamat pagi. Kita Ronaldo.", "Saya Ronaldo."),
    ("Kita semua.", "Kita semua."),            # no name: Indonesian kita 'we'
    ("Kita Indonesia!", "Kita Indonesia!"),    # a country, no person
    # ada before a ba- verb the rules derive is progressive; cuma between a person and ada keeps possession
    ("Om Jemmy ada bakerja di pelabuhan.", "Jemmy bekerja di pelabuhan"),  # round 21: a job held, no sedang (lasting.works_at)
    ("Oma ada bakerja skarang.", "sedang bekerja"),  # the progressive on a derived ba- verb, with no place of work
    ("Torang cuma ada oto tua.", "hanya punya mobil"),
    ("Di kampung cuma ada satu warung.", "hanya ada"),  # no person: what there is
])
def test_language_learning_page_grammar_and_phrases(glosser, source, wanted):
    assert wanted in translate(glosser, source, prior=None)


@pytest.mark.parametrize("source, kept", [
    ("So lia dia.", "dia."),          # after a verb that takes an object the pronoun is its object
    ("So tinggal dia.", "dia."),      # tinggal dia: only he is left
    ("Kita so pulang dia.", "dia."),  # the sentence has its subject already
    ("So pulang ka rumah dia.", "dia."),  # a noun in the predicate: rumah dia may be 'his house'
])
def test_pronoun_stays_where_it_is_no_fronted_subject(glosser, source, kept):
    assert translate(glosser, source).endswith(kept)


@pytest.mark.parametrize("source, wanted, unwanted", [
    # a noun phrase framed by the same demonstrative on both sides keeps one
    ("Tu guru itu so pinda ka Bitung.", "Guru itu sudah", "itu itu"),
    ("Ni kamar ini talalu panas.", "Kamar ini terlalu", "ini ini"),
    ("Dia so saki ni tiga hari ini.", "sakit tiga hari ini", "ini tiga"),
])
def test_framed_demonstrative_said_once(glosser, source, wanted, unwanted):
    result = translate(glosser, source)
    assert wanted in result and unwanted not in result


def test_a_verb_between_keeps_both_demonstratives(glosser):
    result = translate(glosser, "Tu anak ada bawa itu.")
    assert result.startswith("Anak itu sedang") and result.count("itu") == 2
