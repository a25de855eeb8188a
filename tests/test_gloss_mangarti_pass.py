"""Issue 16, a pass over the errors on a sample of real Manado Malay (the MangARTI corpus): general
readings it showed wrong. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # a demonstrative before an owner closes the whole possessive phrase
    ("Dia lia tu oto pe roda.", "Dia melihat roda mobil itu."),
    ("Tu tanta pe rumah bagus.", "Rumah tante itu bagus."),
    ("Kita cari tu anak pe sandal.", "Saya mencari sandal anak itu."),
])
def test_a_demonstrative_before_an_owner_closes_the_possessive_phrase(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # an adjective after a subject noun's pe is said of the noun
    ("Tu pasar malam kemarin pe rame skali.", "Pasar malam itu sangat ramai kemarin."),
    ("Kampung pe rame skali.", "Kampung sangat ramai."),
    # after a preposition or a verb the adjective is a noun: what the owner has
    ("Dia pulang deng kampung pe dingin.", "Dia pulang dengan dingin kampung."),
])
def test_an_adjective_after_a_subjects_pe_is_its_predicate(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # pa after for marks whom it is for, a person of any kind, not only a pronoun
    ("Kita beli kue for pa tanta.", "Saya membeli kue untuk tante."),
    ("Ini surat for pa Yance.", "Ini surat untuk Yance."),
])
def test_pa_after_for_is_dropped_before_any_person(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # pulang and bale right after a verb of carrying say where the thing goes
    ("Dia bawa pulang ikang dari pasar.", "Dia bawa pulang ikan dari pasar."),
    ("Bawa bale piring.", "Bawa kembali piring."),
    # pigi after it is only the direction
    ("Bawa pigi puskesmas.", "Bawa ke puskesmas."),
])
def test_pulang_after_a_verb_of_carrying_is_not_a_direction(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # kaweng right after a thing is the wedding it belongs to
    ("Dia beli cincin kaweng di toko.", "Dia membeli cincin pernikahan di toko."),
    ("Mama jahit baju kaweng.", "Ibu menjahit baju pernikahan."),
    ("Tu undangan kaweng so sampe.", "Undangan pernikahan itu sudah sampai."),
    # after a person, or before whom one marries, it is the verb
    ("Depe ade parampuan kaweng deng orang Bitung.", "Adik perempuannya menikah dengan orang Bitung."),
    ("Ngana pe sepupu kaweng taong muka.", "Sepupumu menikah tahun depan."),
])
def test_kaweng_after_a_thing_is_the_wedding(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # kase + a noun of speech gives it; kase selamat congratulates someone, saves something
    ("Om Jemmy kase pidato di gereja.", "Om Jemmy memberi pidato di gereja."),
    ("Torang datang kase selamat pa pangantin.", "Kami datang memberi selamat kepada pengantin."),
    ("Dorang kase salamat barang-barang dari banjir.", "Mereka menyelamatkan barang-barang dari banjir."),
    # telfon and terfon are spellings of telpon
    ("Kita so telfon pa dokter.", "Saya sudah telepon dokter."),
    ("Papa ada terfon pa opa.", "Ayah sedang menelepon kakek."),  # meN- after the progressive (round 14)
])
def test_kase_with_a_noun_and_the_spellings_of_telpon(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_an_adjective_after_pe_that_another_predicate_follows_is_a_noun(glosser):
    assert translate(glosser, "Kita pe anjing pe besar memang bagitu.") == "Besar anjing saya memang begitu."


@pytest.mark.parametrize("source, expected", [
    # kase before a ba- verb makes its root causative
    ("Opa kase babunyi lonceng gereja.", "Kakek membunyikan lonceng gereja."),
    ("Jang kase babunyi tu radio.", "Jangan bunyikan radio itu."),
    ("Mama kase bamandi ade.", "Ibu memandikan adik."),
])
def test_kase_before_a_ba_verb_is_causative(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a word for the sex of a person closes the owner it describes
    ("Anak parampuan pe sapatu ilang.", "Sepatu anak perempuan hilang."),
    ("Dorang cari anak laki-laki pe tas.", "Mereka mencari tas anak laki-laki."),
])
def test_a_sex_word_belongs_to_the_owner_before_pe(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a reduplicated person noun is still a person: pa before it is 'kepada'
    ("Dia pamit pa ade-ade.", "Dia pamit kepada adik-adik."),
    ("Opa bilang makase pa pasarta.", "Kakek mengucapkan terima kasih kepada peserta."),
    # after a word that counts, muka is faces, not the front (wajah since round 31: MangARTI semua wajah)
    ("Semua muka so mera.", "Semua wajah sudah merah."),
    ("Kita lia semua muka di foto.", "Saya melihat semua wajah di foto."),
])
def test_plural_persons_and_counted_faces(glosser, source, expected):
    assert translate(glosser, source) == expected
