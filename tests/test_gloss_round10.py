"""Issue 16, round 10: general readings the development sets showed wrong (the short da of a
passive, kwa before a 'but', noh, a capitalised verb inside a sentence, karja). Every sentence here
was written for these tests (none is from the MangARTI corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # a thing before da and a verb that takes an object after it: the thing underwent the act
    ("Tape sandal da cure di gereja.", "Sandal saya dicuri di gereja."),
    ("Ikang da jual.", "Ikan dijual."),
    ("Depe kue da ambe orang.", "Kuenya diambil orang."),
    # a person before da acts; a verb with no meN- form stays
    ("Oma da masa sayor.", "Nenek memasak sayur."),
    ("Aer da abis.", "Air habis."),
])
def test_da_after_a_thing_before_a_verb_is_the_passive(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a point granted before the contrary one: memang
    ("Dia kwa pande, mar malas skali ba blajar.", "Dia memang pandai, tapi"),
    # no 'but' in its sentence, said of the hearer: kan
    ("Ngana kwa pande. Mar kita nyanda suka.", "Kamu kan pandai."),
    # said of a third person, granted: memang (round 26, particles.py)
    ("Dia kwa pande. Mar kita nyanda suka.", "Dia memang pandai."),
])
def test_kwa_before_a_but_is_memang(glosser, source, expected):
    assert translate(glosser, source).startswith(expected)


@pytest.mark.parametrize("source, expected", [
    ("Tinggal ngana noh yang blum bayar.", "Tinggal kamu tuh yang belum bayar."),
    ("Noh, depe oto so datang.", "Nah, mobilnya sudah datang."),
])
def test_noh_points_with_tuh_and_opens_with_nah(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_a_capitalised_verb_inside_a_sentence_is_a_name(glosser):
    # bali is Manado 'beli' (buy); Bali inside a sentence is the island
    assert translate(glosser, "Dorang pigi Bali taong lalu.") == "Mereka pergi ke Bali tahun lalu."
    assert translate(glosser, "Bali ikang dua ekor.") == "Beli ikan dua ekor."


@pytest.mark.parametrize("source, expected", [
    ("Depe kaka karja di Tomohon.", "Kakaknya bekerja di Tomohon."),
    ("Kita blum dapa karja.", "Saya belum dapat pekerjaan."),
])
def test_karja_as_a_verb_is_bekerja(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_sadiki_after_lying_down_is_sebentar(glosser):
    assert translate(glosser, "Kita mo baring sadiki.") == "Saya mau berbaring sebentar."


@pytest.mark.parametrize("source, expected", [
    # dari tadi lasts up to now: the progressive stays; tadi alone is past
    ("Dia ada manyanyi dari tadi.", "Dia sedang bernyanyi dari tadi."),
    ("Dia tadi ada manyanyi.", "Dia tadi bernyanyi."),
])
def test_dari_tadi_keeps_the_progressive(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # mo completing a verb of knowing is the wish, whoever the subject
    ("Torang nyanda tau mo pigi ka mana.", "Kami tidak tahu mau pergi ke mana."),
    # torang's own plan is still announced
    ("Torang mo pigi ka Tomohon.", "Kami akan pergi ke Tomohon."),
])
def test_mo_after_a_verb_is_mau(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected, uncertain", [
    ("Tu karung beras barat skali.", "berat", False),         # a degree word: heavy
    ("Angin dari barat kancang skali.", "dari barat", False),  # a direction: west
    ("Dia pe koper barat.", "berat", True),                  # no cue: the Manado reading, reported
])
def test_barat_is_heavy_or_west_by_its_neighbours(glosser, source, expected, uncertain):
    result = glosser.gloss(source)
    assert expected in result.translation
    assert (("barat" in [word for word, _ in result.uncertain]) is uncertain)


def test_deng_after_sama_sama_is_dengan(glosser):
    assert translate(glosser, "Jang minum obat ini sama-sama deng kopi.") == "Jangan minum obat ini bersama dengan kopi."


@pytest.mark.parametrize("source, expected", [
    # a clause-initial demonstrative before a noun and its predicate determines the noun
    ("Itu oto so rusak.", "Mobil itu sudah rusak."),
    ("Eh, ini ikang mahal skali.", "Eh, ikan ini sangat mahal."),
    ("Itu anjing ja gigi orang.", "Anjing itu biasa menggigit orang."),
    # 'that is a ...' and a possessive after it stay
    ("Itu meja.", "Itu meja."),
    ("Itu dia pe oto.", "Itu mobilnya."),
])
def test_a_clause_initial_demonstrative_determines_its_subject(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # beking after its own subject in a relative clause on its object: the bare verb
    ("Apa yang ngoni mo bekeng bisuk?", "Apa yang kalian mau lakukan besok?"),
    ("Meja yang om bekeng so rusak.", "Meja yang om buat sudah rusak."),
    # an object of its own: the active verb stays
    ("Dia bekeng meja.", "Dia membuat meja."),
])
def test_beking_in_a_relative_clause_on_its_object(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_tensi_is_written_tekanan_darah(glosser):
    assert translate(glosser, "Kita pe tensi so nae.") == "Tekanan darah saya sudah naik."


@pytest.mark.parametrize("source, expected", [
    ("Ngoni so pulang skolah?", "Kalian sudah pulang sekolah?"),        # an idiom: no 'ke'
    ("Dorang pigi bamain deng dorang pe tamang.", "Mereka pergi bermain dengan teman mereka."),  # company
    ("Adu, kita pe kaki!", "Aduh, kaki saya!"),
    ("Banya pohon rubu di kobong.", "Banyak pohon roboh di kebun."),
])
def test_round10_words_and_company(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_sadiki_after_a_waiting_verb_and_its_object_is_sebentar(glosser):
    assert translate(glosser, "Tunggu dia sadiki, dia ada mandi.") == "Tunggu dia sebentar, dia sedang mandi."


def test_dang_that_cannot_open_its_request_urges_in_place(glosser):
    # a possessive stands before it: tolong cannot move to the front, and is not left at the end; dang
    # urges where it stands, 'dong' (round 21: own references 2 of 2 such requests; it was dropped)
    assert translate(glosser, "Kase pinjam kita ngana pe payung dang.") == "Pinjamkan saya payungmu dong."


@pytest.mark.parametrize("source, expected", [
    ("Dorang so ba pacar deng tetangga.", "Mereka sudah berpacaran dengan tetangga."),  # a partner
    ("Kita pe pacar deng kita pe ade datang.", "Pacar saya dan adik saya datang."),      # a noun: and
])
def test_bapacar_takes_its_partner_with_dengan(glosser, source, expected):
    assert translate(glosser, source) == expected
