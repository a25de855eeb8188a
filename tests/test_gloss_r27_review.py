"""Issue 16, round 27 review (branch r27-FG): sentences written to probe this round's gloss rules
in ordinary speech; none is from a dev or blind set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted", [
    # a school or college after a verb of coming, leaving or taking is the place left, not a stage since
    ("Ade blum pulang dari kuliah.", "belum pulang dari kuliah"),
    ("Anak-anak so pulang dari SD.", "sudah pulang dari SD"),
    ("Kaka baru datang dari SMA.", "datang dari SMA"),
    ("Dia so kaluar dari SMP.", "keluar dari SMP"),
])
def test_dari_a_school_left_is_the_place(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # still a stage of a life without such a verb, or with waktu before it
    ("Torang so kenal dari SMA.", "sejak SMA"),
    ("Kita so karja dari SMP.", "sejak SMP"),
])
def test_dari_a_school_as_a_stage_stays_since(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # baminum with what is drunk after it: the act only
    ("Oma baminum obat.", "minum obat"),
    ("Papa baminum saguer tiap sore.", "minum saguer"),
    ("Dia baminum kopi.", "minum kopi"),
])
def test_baminum_with_a_drink_is_minum(glosser, source, wanted):
    out = translate(glosser, source)
    assert wanted in out and "minuman keras" not in out


@pytest.mark.parametrize("source", ["Om so brenti baminum.", "Dorang baminum di warung."])
def test_baminum_alone_is_alcohol(glosser, source):
    assert "minum minuman keras" in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # blakang after a noun it places (the hind leg, the back door) or before ini (lately) is no back
    ("Kaki blakang sakit.", "Kaki belakang sakit"),
    ("Anjing pe kaki blakang sakit.", "Kaki belakang anjing"),
    ("Dia sakit blakang ini.", "belakang ini"),
])
def test_blakang_not_the_body_back(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    ("Papa pe blakang pegal.", "Punggung ayah pegal"),
    ("Oma sakit blakang.", "sakit punggung"),
])
def test_blakang_that_aches_is_the_back(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # doubled foya is Indonesian foya-foya (squander), not foya 'lie' doubled
    ("Jang foya-foya deng gaji.", "foya-foya"),
    ("Anak muda skarang bafoya-foya.", "berfoya-foya"),
])
def test_foya_foya_is_squandering(glosser, source, wanted):
    out = translate(glosser, source)
    assert wanted in out and "bohong" not in out


def test_foya_alone_is_lying(glosser):
    assert "berbohong" in translate(glosser, "Jang bafoya pa mama.")


@pytest.mark.parametrize("source, wanted", [
    # a baku row's ber- word before a noun is no ba- verb taking meN-: bertemu keeps its form
    ("Dorang so baku lia muka di gereja.", "bertemu muka"),
    ("Kita baku dapa om di pasar.", "bertemu om"),
    # a root that takes an object only with -kan gathers it
    ("Anak-anak baku kumpul botol bekas.", "mengumpulkan botol"),
])
def test_baku_word_before_a_noun(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # ada before what one goes to or is busy at is being at it, not owning one
    ("Kaka ada kerja di Bitung.", "ada kerja"),
    ("Ade ada sekolah.", "ada sekolah"),
])
def test_ada_before_an_occupation_is_no_possession(glosser, source, wanted):
    out = translate(glosser, source)
    assert wanted in out and "punya" not in out


def test_ada_before_an_owned_noun_is_possession(glosser):
    assert "punya rumah" in translate(glosser, "Om ada rumah di Tondano.")


def test_people_doer_opening_a_later_sentence_keeps_the_capital_in_place(glosser):
    # the passive verb now opens the sentence: it takes the capital, orang after it none
    assert "Diambil orang" in translate(glosser, "Sapa yang ambe tu ikang? Orang ambe.")


@pytest.mark.parametrize("source, wanted", [
    # distance is measured from a school as a place
    ("Torang pe rumah jao dari SMP.", "jauh dari SMP"),
    ("Pustu itu dekat dari SD.", "dekat dari SD"),
])
def test_dari_a_school_after_distance_is_the_place(glosser, source, wanted):
    assert wanted in translate(glosser, source)
