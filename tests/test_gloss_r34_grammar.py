"""Issue 16, round 34 (branch r34-G): grammar on real text. Every sentence here was written for these
tests (none is from the corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # a place noun after a verb's demonstrative is its object: the demonstrative follows it
    # (demonstratives._noun_phrase_ends takes 'loc' nouns)
    ("Tolong sapu dang itu kamar.", "Tolong sapu kamar itu."),
    ("Tolong bersi itu kamar mandi.", "Tolong membersihkan kamar mandi itu."),
    # ... not where the demonstrative itself is the object and a place follows
    ("Kita taru itu di dapur.", "Saya menaruh itu di dapur."),
    # a thing named by a noun and an untagged Indonesian word (uang pangkal, kapsul vitamin) before a
    # modal or belum and a bare verb with no object undergoes it: di- (voice.thing_undergoes)
    ("Uang pangkal blum bayar.", "Uang pangkal belum dibayar."),
    ("Kalu kapsul vitamin musti minum tiap pagi, kita lupa.", "Kalau kapsul vitamin harus diminum setiap pagi, saya lupa."),
    # ... not when the word after it is untagged too: a state, no act (the oil is not yet even)
    ("Kalu oli gardan belum rata, jang jalan.", "Kalau oli gardan belum rata, jangan jalan."),
    ("Lantaran lem kertas belum rata, foto tagulung.", "Karena lem kertas belum rata, foto tergulung."),
    # nyanda after its clause's act before a ba- verb written apart: 'tanpa' (without._without)
    ("Dia maso kamar nyanda ba kase tau.", "Dia masuk kamar tanpa memberi tahu."),
    # ... not the negation of a clause with its own subject
    ("Kalu dia mara, dia nyanda ba kase tau.", "Kalau dia marah, dia tidak memberi tahu."),
    # siap (mo) + dorang + a verb: what is ready is acted on, the di- passive (voice.impersonal)
    ("Kamar ini so siap mo dorang cat.", "Kamar ini sudah siap dicat."),
    ("Surat yang so siap dorang kirim.", "Surat yang sudah siap dikirim."),
    # ... not where dorang opens a clause of its own, nor without dorang
    ("Torang so siap, dorang baca.", "Kami sudah siap, mereka baca."),
    ("Dorang so siap mo pigi.", "Mereka sudah siap untuk pergi."),
    # mo before pernah or sanggup is the future: no one wishes 'ever' or 'able to' (aspect._future)
    ("Kita nyanda mo parna lupa ngana pe bae.", "Saya tidak akan pernah lupa baikmu."),
    ("Jembatan itu nyanda mo sanggup tahan oto basar.", "Jembatan itu tidak akan sanggup menahan mobil besar."),
    # ... a refusal of an act stays a wish
    ("Kita nyanda mo pigi.", "Saya tidak mau pergi."),
    # kase pa + a person + a thing: both objects of beri, no kepada (dative._thing_given_after)
    ("Kase pa dia sabun mandi.", "Berikan dia sabun mandi."),
    ("Kase pa ade kacap asin for ikang goreng.", "Berikan adik kecap asin untuk ikan goreng."),
    # ... kepada where nothing follows the person, or the thing closing the clause moved before it
    ("Kase pa kita jo.", "Berikan kepada saya saja."),
    ("Kase pa kita tu sendok.", "Berikan sendok itu kepada saya."),
    # a body part acted on, then pa and a person: whose part it is (dative._owned_part)
    ("Ade ciong tangan pa oma.", "Adik mencium tangan nenek."),
    ("Tolong pijat pundak pa papa.", "Tolong pijat pundak ayah."),
    # ... not after giving, before a carer, nor muka (also 'the front'; cari muka courts someone)
    ("Kase obat mata pa oma.", "Beri obat mata kepada nenek."),
    ("Torang urut perut pa biang.", "Kami mengurut perut ke dukun beranak."),
    ("Dia suka cari muka pa guru.", "Dia suka mencari muka kepada guru."),
    # a position (di muka, dekat) before pa and a person: the point of reference, no 'kepada'
    ("Anjing itu dudu di muka pa kita.", "Anjing itu duduk di depan saya."),
    ("Jang badiri dekat pa dia.", "Jangan berdiri dekat dia."),
    # ... a verb of saying keeps it
    ("Dia bilang pa kita.", "Dia bilang kepada saya."),
    # the impersonal dorang before a ba- verb the rules derive: its root takes di- (voice._passive)
    ("Sampah yang dorang babuang di kali.", "Sampah yang dibuang di sungai."),
    ("Ikang yang dorang bamasak tadi.", "Ikan yang dimasak tadi."),
    # ... dorang opening its clause stays its subject
    ("Dorang babuang sampah di kali.", "Mereka membuang sampah di sungai."),
    # a thing, an adjective of ease or readiness, mo and a bare verb with no object: di- (done_to_thing)
    ("Tu karung beras susa skali mo angka.", "Karung beras itu sangat susah diangkat."),
    ("Kue so siap mo potong.", "Kue sudah siap dipotong."),
    # ... a person acts, and an object after the verb keeps it active
    ("Anak itu susa mo ajar.", "Anak itu susah ajar."),
    ("Torang susa skali mo cari kerja.", "Kami sangat susah mencari kerja."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_34_grammar(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
