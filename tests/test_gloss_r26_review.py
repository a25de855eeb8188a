"""Issue 16, round 26 review (branch r26-FG): sentences written to probe this round's gloss rules
in ordinary speech; none is from a dev or blind set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted", [
    # purpose takes a comma too: 'so that', not 'although'
    ("Ade bawa payung, biar nyanda basah.", "payung, biar tidak basah"),
    ("Pake jaket, biar nyanda dingin.", "jaket, biar tidak dingin"),
    ("Tutup jendela, biar nyamuk nyanda maso.", "jendela, biar nyamuk tidak masuk"),
    ("Papa kerja keras, biar de pe anak bole skola.", "keras, biar anaknya bisa sekolah"),
    ("Torang simpan doi, biar ada kalu sakit.", "uang, biar ada kalau sakit"),
])
def test_biar_after_a_comma_can_be_purpose(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # the main clause fails or holds in spite of the other, or biar's clause concedes a fact or a lack
    ("Dia nyanda mo makang, biar mama so bujuk.", "walaupun ibu sudah"),
    ("Om tetap pigi melaut, biar ombak.", "walaupun"),
    ("Dorang nyanda pernah minta-minta, biar nyanda ada beras.", "walaupun tidak ada beras"),
    ("Biar dia mara, kita nyanda peduli.", "Walaupun dia marah"),
])
def test_biar_after_a_comma_still_concedes(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # ta after the person told, before an aspect word, a modal or a negation: the subject kita 'saya'
    ("Bilang pa dia ta so mo pulang.", "saya sudah mau pulang"),
    ("Tanya pa dia ta bole iko.", "saya bisa ikut"),
    ("Kase tau pa oma ta nyanda datang.", "saya tidak datang"),
])
def test_ta_after_the_person_told_is_the_speaker(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_ta_after_a_person_before_a_verb_stays_undergoing(glosser):
    assert "terkena" in translate(glosser, "Ade ta kena pisow.")


@pytest.mark.parametrize("source, wanted", [
    # in a relative, a time or a state after dapa lia is not what was seen
    ("Anak yang dapa lia pucat musti pigi ka dokter.", "yang terlihat pucat"),
    ("Orang yang dapa lia kemarin so pulang ka Bitung.", "yang terlihat kemarin"),
    # an object with its demonstrative is: the one who saw
    ("Orang yang dapa lia kejadian itu musti lapor.", "yang melihat kejadian itu"),
])
def test_dapa_lia_in_a_relative(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # an act held back so that something does not happen: purpose, though the main clause is negated
    ("Kita nyanda kase tau pa oma, biar dia nyanda susah hati.", "nenek, biar dia tidak"),
    ("Torang nyanda pigi ka pasar, biar nyanda tatular.", "pasar, biar tidak"),
    # sentence-initial, before a request
    ("Biar nyanda masuk angin, pake baju panjang.", "Biar tidak"),
])
def test_biar_avoiding_is_purpose(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # a Manado verb with its own ma- is the thing's own act, not what it undergoes
    ("Lampu itu baru manyala.", "baru menyala"),
    ("Aer itu musti mandidi dulu.", "harus mendidih"),
])
def test_thing_with_actor_verb_keeps_it(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_bare_verb_after_a_thing_is_still_undergone(glosser):
    assert "harus dibuat" in translate(glosser, "Tu pagar musti beking ulang.")


@pytest.mark.parametrize("source, wanted", [
    # kwa after a verb's object: the subject was the speaker, kwa appeals (kan)
    ("Kita so bilang pa om kwa kemarin.", "kan kemarin"),
    ("Kita so kase doi pa dia kwa tadi.", "kan tadi"),
])
def test_kwa_after_an_object_is_kan(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_kwa_after_a_third_person_subject_still_grants(glosser):
    assert "memang" in translate(glosser, "Om kwa nyanda suka ikang.")


def test_so_nyanda_baku_mara_is_the_state_no_longer_held(glosser):
    # so nyanda: no longer, like nyanda ... le
    assert "sudah tidak saling marah" in translate(glosser, "Kaka deng ade so nyanda baku mara.")
