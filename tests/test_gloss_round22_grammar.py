"""Issue 16, round 22 (grammar): constructions the round-19 to round-23 development sets showed wrong,
each as a general rule. Every sentence here was written for these tests (none is from a development
set, a blind set or the MangARTI corpus)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # the doer after a dapa passive: after dari it follows the verb bare, after deng it is 'oleh' (not 'dengan')
    ("Ade dapa mara dari guru tadi.", "Adik dimarahi guru tadi."),
    ("Kita dapa tipu deng tu tukang.", "Saya ditipu oleh tukang itu."),
    # after a verb of getting, dari names the source and stays
    ("Doi itu dapa pinjam dari tetangga.", "Uang itu dipinjam dari tetangga."),
    ("Anak itu dapa ambil dari depe mama.", "Anak itu diambil dari ibunya."),
])
def test_the_doer_of_a_dapa_passive(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a prefixed verb doubled repeats its stem only, the nasal it took kept; other words whole
    ("Tu anak mangis-mangis trus.", "Anak itu menangis-nangis terus."),
    ("Motor nda brenti-brenti.", "Motor tidak berhenti-henti."),
    ("Dorang cuma ba main-main.", "Mereka hanya bermain-main."),
    ("Anak-anak ada di rumah.", "Anak-anak ada di rumah."),
])
def test_a_doubled_prefixed_verb_repeats_its_stem(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_reduplicated_keeps_an_unprefixed_word_whole(glosser):
    vocabulary = glosser.vocabulary
    assert vocabulary.reduplicated("memukul") == "memukul-mukul"
    assert vocabulary.reduplicated("bersih") == "bersih-bersih"


def test_reduplicated_splits_only_a_real_prefix(glosser):
    vocabulary = glosser.vocabulary
    assert vocabulary.reduplicated("belajar") == "belajar-belajar"  # bel- is no prefix
    assert vocabulary.reduplicated("mengapa") == "mengapa-mengapa"  # a question word
    assert vocabulary.reduplicated("terlalu") == "terlalu-terlalu"
    assert vocabulary.reduplicated("menyapu") == "menyapu-nyapu"  # s -> ny kept in the stem
    assert vocabulary.reduplicated("bekerja") == "bekerja-kerja"


@pytest.mark.parametrize("source, expected", [
    ("Dia balajar-balajar di kamar.", "Dia belajar-belajar di kamar."),
    ("Mama basapu-basapu di dapur.", "Ibu menyapu-nyapu di dapur."),
])
def test_a_doubled_verb_without_a_real_prefix_stays_whole(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # the standard of a comparison after lebe + what is graded: 'daripada'
    ("Motor lebe murah dari oto.", "Motor lebih murah daripada mobil."),
    ("Dia lebe suka teh dari kopi.", "Dia lebih suka teh daripada kopi."),
    # an amount, and a place left after a verb, keep 'dari'
    ("Ongkos lebe dari sepuluh ribu.", "Ongkos lebih dari sepuluh ribu."),
    ("Lebe bae ngana pulang dari kantor.", "Lebih baik kamu pulang dari kantor."),
    # a verb after the dari phrase: dari tells where the subject comes from
    ("Lebe banyak orang dari kampung datang.", "Lebih banyak orang dari kampung datang."),
])
def test_the_standard_of_a_comparison_is_daripada(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # ini/itu opening a clause before a noun and the way it goes, or baru + a verb: the subject's determiner
    ("Pak, ini bis lewat Tondano?", "Pak, bus ini lewat Tondano?"),
    ("Ini sayor baru datang.", "Sayur ini baru datang."),
    # baru closing the phrase is the noun's adjective: 'this is ...'
    ("Ini sayor baru.", "Ini sayur baru."),
])
def test_a_clause_opening_demonstrative_before_a_way_or_just(glosser, source, expected):
    assert translate(glosser, source) == expected
