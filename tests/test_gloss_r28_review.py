"""Issue 16, round 28 review (branch r28-FG): sentences written to probe this round's gloss rules
in ordinary speech; none is from a dev or blind set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted, unwanted", [
    # a capitalised Ka after a modal, a negation or a time word is still the goal's ke
    ("Dorang mo Ka Tomohon lusa.", "Ke Tomohon", "Kak Tomohon"),
    ("Lusa Ka Bitung.", "Ke Bitung", "Kak Bitung"),
    ("Opa so lama nyanda Ka Tondano.", "Ke Tondano", "Kak Tondano"),
])
def test_capital_ka_before_a_goal_is_ke(glosser, source, wanted, unwanted):
    out = translate(glosser, source)
    assert wanted in out and unwanted not in out


@pytest.mark.parametrize("source, wanted", [
    # after a preposition of company or a comma it is the title
    ("Ade bamain deng Ka Sinta.", "dengan Kak Sinta"),
    ("Papa karja di Bitung, Ka Yoni di Tomohon.", "Kak Yoni"),
])
def test_capital_ka_before_a_person_is_kak(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # a capitalised kin term paired by deng with the one opening the sentence reads as that one
    ("Oma deng Opa so tidor.", "Nenek dan Kakek"),
    ("Papa deng Mama ada pigi ka gereja.", "Ayah dan Ibu"),
])
def test_kin_pair_opening_a_sentence_is_read_alike(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_capital_kin_inside_a_sentence_still_kept(glosser):
    assert "Opa" in translate(glosser, "Torang tunggu Opa di pelabuhan.")


@pytest.mark.parametrize("source, wanted", [
    # a limb or the clitic after angka is what is lifted, however high
    ("Angka kaki kiri tinggi.", "Angkat kaki"),
    ("Angka tangan kanan tinggi.", "Angkat tangan"),
])
def test_angka_a_limb_is_lifted(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_angka_of_a_test_stays_the_number(glosser):
    assert "Angka gula" in translate(glosser, "Angka gula darah Opa so tinggi.")


@pytest.mark.parametrize("source, wanted", [
    # the speaker's own group named, or a habit of meeting: 'kami'
    ("Torang basudara so jarang baku dapa skarang.", "Kami"),
    ("Torang sekeluarga tiap taong baku dapa di kampung.", "Kami"),
    ("Torang biasa baku dapa di pasar.", "Kami"),
])
def test_group_or_habit_of_meeting_is_kami(glosser, source, wanted):
    assert translate(glosser, source).startswith(wanted)


def test_meeting_proposed_is_still_kita(glosser):
    assert translate(glosser, "Torang baku dapa di pelabuhan jo.").startswith("Kita")


@pytest.mark.parametrize("source, unwanted", [
    # no object: a verb whose only meN- form is causative stays bare after (nyanda) ada yang
    ("Di rapat nyanda ada yang bicara.", "membicarakan"),
])
def test_someone_bare_verb_not_causative(glosser, source, unwanted):
    assert unwanted not in translate(glosser, source)


def test_someone_who_does_it_keeps_men(glosser):
    assert "menjaga" in translate(glosser, "Malam nyanda ada yang jaga.")


@pytest.mark.parametrize("source", [
    # waiting with nothing after it after a clause about a thing is the person's own
    "Oto so pigi, musti tunggu.",
    "Kamar so penuh, musti tunggu dulu.",
])
def test_musti_tunggu_after_a_thing_is_not_passive(glosser, source):
    assert "ditunggu" not in translate(glosser, source)


def test_musti_after_a_thing_still_passive(glosser):
    assert "dijahit" in translate(glosser, "Celana so robek, musti jahit.")


@pytest.mark.parametrize("source, wanted", [
    # sabong before ayam is the cockfight, not soap
    ("Om suka pigi sabong ayam.", "sabung ayam"),
    ("Di kampung ada sabong ayang tiap Sabtu.", "sabung ayam"),
])
def test_sabong_ayam_is_cockfight(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_a_duration_before_torang_is_no_group(glosser):
    # a number counting years is no group of the speaker's: the long time apart is still 'kita'
    assert "kita tidak bertemu" in translate(glosser, "Wah, so tiga bulan torang nyanda baku dapa.")


def test_capital_ka_after_a_time_word_before_a_predicate_is_kak(glosser):
    assert "Kak Yuli" in translate(glosser, "Tadi Ka Yuli ada datang.")


@pytest.mark.parametrize("source, wanted", [
    # an owned kin term is a kin noun however written: a name takes no owner
    ("Ngana pe Oma masih kuat?", "Nenekmu"),
    ("Dorang pe Papa so pensiun.", "Ayah mereka"),
])
def test_owned_capital_kin_is_the_kin_noun(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source", [
    # a doubled time noun after a verb of motion is when, not an object ('melarikan') nor a goal
    "Om lari subuh-subuh di pante.",
    "Dorang lari malam-malam dari kampung.",
])
def test_doubled_time_after_lari_is_when(glosser, source):
    out = translate(glosser, source)
    assert "melarikan" not in out and "ke subuh" not in out


@pytest.mark.parametrize("source, wanted", [
    # itu after a subject noun and its adjective closes that subject; the noun after it is the predicate
    ("Tensi tinggi itu musuh.", "Tekanan darah tinggi itu musuh"),
    ("Kalu aer kotor itu bahaya.", "air kotor itu berbahaya"),
])
def test_itu_after_noun_and_adjective_closes_the_subject(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_itu_after_an_adjective_predicate_still_determines(glosser):
    assert "sepatu ini" in translate(glosser, "Bagus skali ini sapatu.")


@pytest.mark.parametrize("source", [
    # an activity after a clause about a thing that is not worn or dirty is the person's own
    "Ujian nasional so dekat, musti baca.",
    "Rapat so mulai, musti tulis.",
])
def test_musti_activity_after_an_unworn_thing_is_the_persons(glosser, source):
    out = translate(glosser, source)
    assert "dibaca" not in out and "ditulis" not in out


def test_musti_activity_after_a_dirty_thing_is_done_to_it(glosser):
    assert "dicuci" in translate(glosser, "Kalu gelas so kotor, musti cuci.")
