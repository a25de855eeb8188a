"""Issue 16, round 32 (branch r32-G): grammar that real Manado Malay text (MangARTI's mining part and the
development sets) leaves wrong. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # a verb after going out, in, back, up or down, or after a ber- verb, is the next act of the same
    # subject: meN- before its object (active_voice._leads_serial)
    ("Bapa kaluar bawa ember.", "Bapak keluar membawa ember."),
    ("Ade batariak pangge mama.", "Adik berteriak memanggil ibu."),
    # ... after a verb that takes an object, the word after it is that object, no act (beli sapu)
    ("Ade beli sapu baru.", "Adik beli sapu baru."),
    # an untagged Indonesian verb after mo or a modal, with its object after it: the subject's act
    # (predicates._wanted_or_bound)
    ("Ambe gunting for mo potong kartas.", "Ambil gunting untuk memotong kertas."),
    ("Yang kala musti jepit depe hidung.", "Yang kalah harus menjepit hidungnya."),
    ("Dokter bilang musti kurang gula.", "Dokter bilang harus mengurangi gula."),
    # ... but kurang before an act says how much of it (active_voice._DEGREE_BEFORE_ACT)
    ("Ade kurang tidur, tadi malam dia batu terus.", "Adik kurang tidur, tadi malam dia batuk terus."),
    ("Papa musti kurang minum kopi.", "Ayah harus mengurangi minum kopi."),
    # ... a fronted thing undergoes it, and the verbs Indonesian keeps bare after mau stay
    ("Tu ikang musti potong dulu.", "Ikan itu harus dipotong dulu."),
    ("Torang so mo pigi, ngana mo titip apa?", "Kami sudah mau pergi, kamu mau titip apa?"),
    # an Indonesian word that is a noun and a verb root alike after a verb that takes no act: its object
    # (active_voice._thing_named_like_act)
    ("Ngana lupa bawa kunci.", "Kamu lupa membawa kunci."),
    # ... after a verb that takes an act it is that act, and a ber- verb before its noun keeps it
    ("Ngana mulai masak.", "Kamu mulai masak."),
    ("Jang lupa ba isi daftar tamu.", "Jangan lupa berisi daftar tamu."),
    ("Torang mo lia karang di laut.", "Kami akan melihat karang di laut."),
    # ... a time after the verb is when, no object
    ("Ade so bangun pagi.", "Adik sudah bangun pagi."),
    # deng between two phrases one preposition opens: 'dan' (deng_reading._same_preposition)
    ("Bapa goyang tangan ka kiri deng ka kanan.", "Bapak menggoyang tangan ke kiri dan ke kanan."),
    ("Dorang datang dari utara deng dari selatan.", "Mereka datang dari utara dan dari selatan."),
    # ... a person after it is still company
    ("Kita pigi ka pasar deng mama.", "Saya pergi ke pasar dengan ibu."),
    # deng between two states, after a word that takes a partner: 'dan'; before a thing it stays 'dengan'
    ("Ade cape deng lapar.", "Adik capek dan lapar."),
    ("Kita cape deng kerja ini.", "Saya capek dengan kerja ini."),
    # deng after a person that pa marks as the object: what the act is done with (_marked_person_object)
    ("Tanta sambut pa torang deng pelukan.", "Tante menyambut kami dengan pelukan."),
    # ... a second person after it is listed
    ("Om pangge pa kita deng ade.", "Om memanggil saya dan adik."),
    # nyanda after its clause's act, before another act: what the act goes without, 'tanpa' (without.py)
    ("Dia makan banyak nyanda rasa malo.", "Dia makan banyak tanpa merasa malu."),
    ("Dorang karja sampe malam nyanda barenti.", "Mereka bekerja sampai malam tanpa henti."),
    ("Dia pigi nyanda bilang apa-apa.", "Dia pergi tanpa bilang apa-apa."),
    # ... not after a verb of saying, nor after its subject, nor after an act named as a topic
    ("Dia bilang nyanda mau.", "Dia bilang tidak mau."),
    ("Kita pe anak nyanda mau makan.", "Anak saya tidak mau makan."),
    ("Kalu pake kartu, berobat nyanda bayar.", "Kalau pakai kartu, berobat tidak bayar."),
    # nyanda ada after a graded state: 'tanpa'; after a place that lacks it, the clause's own negation
    ("Pante bersih skali nyanda ada sampah.", "Pantai sangat bersih tanpa sampah."),
    ("Torang pe ruang tunggu nyanda ada kursi.", "Ruang tunggu kami tidak ada kursi."),
    # itu closing a subject that names an act, or before yang paling: 'adalah' (copula.py)
    ("Bawa pulang oleh-oleh itu kabiasaan orang kampung.", "Bawa pulang oleh-oleh adalah kebiasaan orang kampung."),
    ("Kita pe kamar itu yang paling besar.", "Kamar saya adalah yang paling besar."),
    # ... not after a request's object, nor in a cleft
    ("Bawa tas itu ka kamar.", "Bawa tas itu ke kamar."),
    ("Tanah itu papa yang bli.", "Tanah itu ayah yang membeli."),
    # so jadi before what one becomes: 'sudah menjadi'; closing its clause, done (verbforms._so_jadi)
    ("Ini so jadi kabiasaan orang kampung.", "Ini sudah menjadi kebiasaan orang kampung."),
    ("Kue so jadi.", "Kue sudah jadi."),
    # jadi before lebe + a state: 'menjadi'
    ("Udara jadi lebe bae.", "Udara menjadi lebih baik."),
    # da after a thing its demonstrative closes: the short dapa of the passive (voice.undergone_after_da)
    ("Tu kue da makan.", "Kue itu dimakan."),
    ("Tu buku da taruh di atas meja.", "Buku itu ditaruh di atas meja."),
    # ... an animal there does the act
    ("Tu kucing da makan.", "Kucing itu makan."),
    # mo after a predicate that takes an act, graded too, introduces it: no 'mau'; after siap, 'untuk'
    ("Kita binci mo lia ular.", "Saya benci melihat ular."),
    ("Kita susa skali mo cari kerja.", "Saya sangat susah mencari kerja."),
    ("Dorang basiap mo pulang.", "Mereka bersiap untuk pulang."),
    # ... after an aspect word or a subject it is the will or the future
    ("Dorang so mo pulang.", "Mereka sudah mau pulang."),
    ("Ngana mo makan?", "Kamu mau makan?"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_32_grammar(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
