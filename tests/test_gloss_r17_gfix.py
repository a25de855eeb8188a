"""Round 17, review fixes of the gloss change (branch r17-gfix). Every sentence here was written for
these tests (none is from the corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("source, expected", [
    # beside the verb makan, minum is the act of drinking, not the drink
    ("Torang so makang deng minum.", "Kami sudah makan dan minum."),
    ("Dorang makan deng minum di rumah.", "Mereka makan dan minum di rumah."),
    # beside the food noun it stays the drink
    ("Bawa kue deng minum for tamu.", "Bawa kue dan minuman untuk tamu."),
])
def test_minum_beside_the_verb_makan_stays_the_act(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # a capitalised word the lexicon knows is no name, though it ends in the glottal stop
    ("Nya' kase.", "Tidak kasih."),
    ("Nya’ usah datang.", "Tidak usah datang."),
    # an unknown one still is
    ("Ko' kase.", "Ko' kasih."),
    ("Nyo' pe kambing so lari.", "Kambing Nyo' sudah lari."),
])
def test_a_known_word_with_the_glottal_stop_is_no_name(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # Kita + a name as its own sentence introduces the speaker after any sentence end, … and : included
    ("Selamat sore… Kita Marlin.", "Selamat sore… Saya Marlin."),
    ("J: Kita Marlin.", "J: Saya Marlin."),
])
def test_kita_and_a_name_after_an_ellipsis_or_a_colon(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # every word opening a clause of condition or time fronts it: klu, jika, saat as kalu, waktu
    ("Klu sore, anak ada pigi pasar?", "Kalau sore, apakah anak pergi ke pasar?"),
    ("Jika sore, bapak ada pigi pasar?", "Jika sore, apakah bapak pergi ke pasar?"),
    ("Saat ibadah, anak ada dudu?", "Saat ibadah, apakah anak duduk?"),
])
def test_any_condition_or_time_word_fronts_the_clause_before_apakah(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # one list of vehicles: what is ridden (pake -> naik) and what speeds along (balari -> melaju)
    ("Opa pake kereta ka Bandung.", "Kakek naik kereta ke Bandung."),
    ("Trek so balari kancang di jalan.", "Truk sudah melaju kencang di jalan."),
])
def test_one_list_of_vehicles_for_riding_and_speeding(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # cuman, like cuma, between the owner and ada: ada is having
    ("Dorang cuman ada motor satu.", "Mereka hanya punya motor satu."),
    ("Torang cuman ada doi sadiki.", "Kami hanya punya uang sedikit."),
])
def test_cuman_between_the_owner_and_ada(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, expected", [
    # tetap, like so and masih, may stand between the vehicle and balari
    ("Oto tetap balari kancang.", "Mobil tetap melaju kencang."),
])
def test_tetap_between_a_vehicle_and_balari(glosser, source, expected):
    assert glosser.gloss(source).translation == expected


@pytest.mark.parametrize("source, translation, state", [
    # a subject moved before a one-word state: the translation puts it first, the gloss keeps the source order
    ("Sanang dia.", "Dia senang.", "senang"),
    ("Lapar ngana?", "Kamu lapar?", "lapar"),
])
def test_the_gloss_keeps_the_source_order_after_a_fronted_state(glosser, source, translation, state):
    result = glosser.gloss(source)
    assert result.translation == translation
    assert result.gloss.startswith(state)


def test_every_subject_front_subjects_moves_brings_the_pronoun_rule_into_play():
    # front_subjects runs only where a key of decide_we's rule was seen: a subject it moves that is
    # no such key would silently never move
    from pipeline.gloss.clause_words import CLOSING_SUBJECTS  # the list front_subjects moves (round 19)
    from pipeline.gloss.pronouns import PRONOUN_KEYS

    assert CLOSING_SUBJECTS <= PRONOUN_KEYS
