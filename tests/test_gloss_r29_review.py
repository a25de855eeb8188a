"""Issue 16, round 29 review (branch r29-FG): sentences written to probe this round's gloss rules
in ordinary speech; none is from a dev or blind set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted, unwanted", [
    # sandiri right after a thing makes it one's own, even after tinggal
    ("Torang tinggal di rumah sandiri, bukang kos.", "rumah sendiri,", "sendirian"),
    ("Ade tidor di ade pe kamar sandiri.", "sendiri", "sendirian"),
    ("Dorang tinggal di dorang pe rumah sandiri, bukang kontrak.", "mereka sendiri,", "sendirian"),
])
def test_sandiri_after_a_thing_is_own(glosser, source, wanted, unwanted):
    out = translate(glosser, source)
    assert wanted in out and unwanted not in out


@pytest.mark.parametrize("source, wanted", [
    # of a person left or staying it is still 'sendirian'
    ("Dorang kase tinggal dorang pe opa sandiri di kampung.", "kakek mereka sendirian"),
    ("Tanta tinggal sandiri skarang.", "sendirian"),
])
def test_sandiri_of_a_person_left_is_alone(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source", [
    "Om Deki so lama karja di bidang sosial.",
    "Kita nyanda tau banyak di bidang ini.",
    "Dia pande dalam bidang apa saja.",
    "Dorang bantu di bidang ekonomi.",
])
def test_bidang_of_a_domain_is_the_field(glosser, source):
    out = translate(glosser, source)
    assert "bidang" in out and "bidan " not in out


@pytest.mark.parametrize("source, wanted", [
    ("Tadi malam kita periksa di bidang desa.", "bidan desa"),
    ("Bidang itu so pulang ka Tondano.", "Bidan itu"),
])
def test_bidang_as_a_person_is_the_midwife(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, wanted", [
    # a price or a count after the number makes jam the watch, an object: meN-
    ("Om Jefri beli jam tiga ratus ribu.", "membeli jam"),
    ("Tanta bawa jam empat biji dari Manado.", "membawa jam"),
])
def test_jam_with_a_price_or_count_is_an_object(glosser, source, wanted):
    assert wanted in translate(glosser, source)


def test_jam_with_a_number_alone_is_when(glosser):
    assert "bangun jam enam" in translate(glosser, "Ade bangun jam enam tadi.")


@pytest.mark.parametrize("source, wanted", [
    # a vehicle named by a phrase (perahu londe) is ridden as its head is
    ("Opa pake perahu londe ka kebun.", "naik perahu londe"),
    ("Dorang pake perahu ka pulau.", "naik perahu"),
])
def test_pake_a_boat_by_its_name_is_naik(glosser, source, wanted):
    assert wanted in translate(glosser, source)


@pytest.mark.parametrize("source, unwanted", [
    # an untagged Indonesian word closing the clause after ada is what one has, not an act going on
    ("Tanta ada kontrak.", "sedang"),
    ("Om Roni ada tamu dari Bitung.", "sedang"),
])
def test_ada_before_a_bare_noun_is_no_progressive(glosser, source, unwanted):
    assert unwanted not in translate(glosser, source)


def test_ada_before_an_act_and_its_object_is_sedang(glosser):
    assert "sedang memasang" in translate(glosser, "Om Roni ada pasang atap.")


def test_a_derived_words_family_shares_its_own_lemma():
    """berpendapat is pendapat's, kependudukan penduduk's: neither is the root's (dapat, duduk)."""
    from pipeline.coding.lemmas import word_analyzer
    analyzer = word_analyzer()
    assert analyzer.analyze("berpendapat")[1] == analyzer.analyze("pendapat")[1] != analyzer.analyze("dapat")[1]
    assert analyzer.analyze("kependudukan")[1] == analyzer.analyze("penduduk")[1] != analyzer.analyze("duduk")[1]


@pytest.mark.parametrize("source, wanted", [
    # a ke-...-an place after bidang is where the midwife serves, no field
    ("Mama pigi ka bidang kelurahan tadi pagi.", "bidan kelurahan"),
    ("Bidang kecamatan so datang ka posyandu.", "Bidan kecamatan"),
])
def test_bidang_of_a_place_is_its_midwife(glosser, source, wanted):
    assert wanted in translate(glosser, source)
