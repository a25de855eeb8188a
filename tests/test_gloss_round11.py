"""Issue 16, second pass of round 10: general readings the development sets showed wrong (the
capital of a sentence-opening possessor, kase giving to a person, negated dapa after a person).
Every sentence here was written for these tests (none is from the MangARTI corpus, a blind set or a
development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # the capital belonged to the sentence, not to the word: it moves to the owned noun
    ("Guru pe meja rusak.", "Meja guru rusak."),
    ("Anak pe sepatu ilang.", "Sepatu anak hilang."),
    # names, acronyms and places keep theirs
    ("Yance pe motor baru.", "Motor Yance baru."),
    ("BPJS pe kartu ilang.", "Kartu BPJS hilang."),
    # a title and name opening the sentence: both stay behind the owned noun, which takes the capital
    ("Guru Ani pe meja rusak.", "Meja Guru Ani rusak."),
])
def test_a_sentence_opening_possessor_passes_its_capital_on(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a person, then the thing given: giving
    ("Oma kase kita kue dua.", "Nenek memberi saya kue dua."),
    # an Indonesian noun the lexicon lacks is a thing given, not a causative
    ("Puskesmas kase brosur for ibu-ibu.", "Puskesmas memberi brosur untuk ibu-ibu."),
    # a person, then an act: kase lets (mengizinkan; round 12: no longer the colloquial 'kasih')
    ("Mama kase kita pigi.", "Ibu mengizinkan saya pergi."),
])
def test_kase_before_a_thing_given_is_memberi(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a person cannot do it: ability, the active verb
    ("Kayu itu panjang skali, dia nyanda dapa potong.", "Kayu itu sangat panjang, dia tidak bisa memotong."),
    # a thing cannot undergo it: the passive stays
    ("Pintu ini nyanda dapa buka.", "Pintu ini tidak bisa dibuka."),
])
def test_negated_dapa_after_a_person_is_ability(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Kita antar oma pi Tomohon.", "Saya mengantar nenek ke Tomohon."),
    ("Dorang kirim surat pi kantor.", "Mereka mengirim surat ke kantor."),
    # another verb between: pigi is a motion of its own
    ("Dia bawa motor kong pi pasar.", "Dia mengendarai motor lalu pergi ke pasar."),
])
def test_pigi_after_a_verb_of_taking_is_its_direction(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # siapa asking for the doer of the verb after it takes yang
    ("Sapa da cuci ini piring?", "Siapa yang mencuci piring ini?"),
    # as object or after a preposition it does not
    ("Ngana tunggu sapa?", "Kamu tunggu siapa?"),
    ("Deng sapa ngana datang?", "Dengan siapa kamu datang?"),
    # apa asking for the object of a person's verb closing its clause takes yang
    ("Apa dorang cari kamarin?", "Apa yang mereka cari kemarin?"),
    # not before an adjective, nor when the verb has its object
    ("Apa dia so sehat?", "Apakah dia sudah sehat?"),
    ("Apa ngana suka ikang?", "Apakah kamu suka ikan?"),
])
def test_question_words_asking_for_a_doer_or_an_object_take_yang(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_siapa_inside_a_clause_before_mo_and_a_verb_takes_yang(glosser):
    assert translate(glosser, "Dorang tanya sapa mo pimpin ibadah.").startswith("Mereka bertanya siapa yang mau ")


@pytest.mark.parametrize("source, expected", [
    # a request's particle between the verb and itu + its object
    ("Makang jo itu pisang, kita so kanyang.", "Makan saja pisang itu, saya sudah kenyang."),
    # a place after the object: itu still follows its noun, not the place
    ("Angka dang itu meja ka dapur.", "Tolong angkat meja itu ke dapur."),
    # ni after a time noun closes it: a preposition after it is no noun to move past
    ("Ibadah sore ni di gereja.", "Ibadah sore ini di gereja."),
])
def test_demonstratives_stay_with_their_own_noun(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_satu_merged_into_its_measure_keeps_the_sentence_capital(glosser):
    assert translate(glosser, "Satu kali satu minggu, hari Sabtu.").startswith("Sekali seminggu")


def test_sayang_after_an_interjection_is_pity(glosser):
    assert translate(glosser, "Astaga, sayang e.") == "Astaga, kasihan ya."
    assert translate(glosser, "Aduh, sayang.") == "Aduh, kasihan."
    assert translate(glosser, "Kita sayang pa dia.").startswith("Saya sayang")  # love, as a verb


@pytest.mark.parametrize("source, expected", [
    # a noun after a verb of motion is where one goes: an event, a person one visits
    ("Besok torang pigi pesta kaweng.", "Besok kita pergi ke pesta pernikahan."),
    ("Oma so datang ibadah.", "Nenek sudah datang ke ibadah."),
    # a time noun is when, not where
    ("Papa pulang malam.", "Ayah pulang malam."),
])
def test_a_noun_after_a_verb_of_motion_is_its_destination(glosser, source, expected):
    assert translate(glosser, source) == expected
