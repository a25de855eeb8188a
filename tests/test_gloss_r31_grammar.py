"""Issue 16, round 31 (branch r31-G): grammar that real Manado Malay text (MangARTI's mining part and the
development sets) leaves wrong. Every sentence here was written for these tests (none is from the
corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # itu closing the subject of a noun predicate: 'adalah' (copula.py); after tu/ni opening the subject
    # itu stays its demonstrative
    ("Kasehatan itu harta yang paling mahal.", "Kesehatan adalah harta yang paling mahal."),
    ("Torang pe kampung itu kampung nelayan.", "Kampung kami adalah kampung nelayan."),
    ("Tu rumah biru itu kita pe om pe rumah.", "Rumah biru itu adalah rumah om saya."),
    # ... not before an adjective or a verb, nor a cleft, a time, a verb's object, what is said or asked
    ("Tu mangga itu manis skali.", "Mangga itu sangat manis."),
    ("Ngana pe oto itu so rusak.", "Mobilmu itu sudah rusak."),
    ("Tu ikang itu papa yang tangkap.", "Ikan itu ayah yang menangkap."),
    ("Waktu itu hari Jumat.", "Waktu itu hari Jumat."),
    ("Bawa tas itu ka kamar.", "Bawa tas itu ke kamar."),
    ("Dia bilang sayur itu obat.", "Dia bilang sayur itu obat."),
    ("Dorang pe anak itu dokter?", "Anak mereka itu dokter?"),
    # ... nor a clause that opens with ini/itu, which presents what is pointed at
    ("Ini kita pe ade.", "Ini adik saya."),
    # no as a clause of its own opening the sentence turns the hearer to what follows: 'nah' (particles.py)
    ("No, ngana lia sendiri kan.", "Nah, kamu lihat sendiri kan."),
    # ... not inside the sentence, nor glued to the clause it opens
    ("Iyo no, kita so tau.", "Iya, saya sudah tahu."),
    ("No kita tunggu.", "Saya tunggu."),
    # ada right after a condition word, no subject between: 'if there is', not 'sedang' (aspect.py)
    ("Kita minta maaf kalu ada sala.", "Saya meminta maaf kalau ada salah."),
    # ... a subject between keeps the act going on
    ("Kalu mama ada masak, jang ganggu.", "Kalau ibu sedang memasak, jangan diganggu."),
    # a fronted thing + dorang + a negation and the verb the lexicon gives as meN-, or a verb Indonesian
    # (or written with a capital), after a noun's modifier Indonesian also has as a verb: the impersonal
    # di- passive (voice.py)
    ("Kue bolu dorang nyanda makan.", "Kue bolu tidak dimakan."),
    ("Sayur kangkung dorang Tambah le.", "Sayur kangkung ditambah lagi."),
    ("Sayur rebus dorang kase maso di piring.", "Sayur rebus dimasukkan ke piring."),
    # ... not their parents, who act, nor the wish that they do
    ("Orang tua dorang nyanda setuju.", "Orang tua mereka tidak setuju."),
    ("Semoga dorang mo datang.", "Semoga mereka mau datang."),
    # torang before bisa/bole, or doing something sama-sama told as no past nor habit: the one addressed
    # is in, 'kita' (pronouns.py)
    ("Torang bisa singga di warung dulu.", "Kita bisa mampir di warung dulu."),
    ("Torang cari makang sama-sama di pasar.", "Kita cari makan bersama di pasar."),
    # ... not a habit, a past event, nor what follows from a condition, wherever it opens the sentence
    ("Torang pigi gereja sama-sama tiap minggu.", "Kami pergi ke gereja bersama setiap minggu."),
    ("Kalamaring torang makang sama-sama di pante.", "Kemarin kami makan bersama di pantai."),
    ("Mar kalu ujang, torang bisa tinggal di rumah.", "Tapi kalau hujan, kami bisa tinggal di rumah."),
    # biar jo before a person and yang offers that person for the act: 'biar'; before dulu or a state,
    # 'biarkan saja' (concession.py)
    ("Biar jo mama yang masak.", "Biar ibu yang memasak."),
    ("Biar jo dulu, nanti torang urus.", "Biarkan saja dulu, nanti kita urus."),
    ("Kita so cape, biar jo basah.", "Saya sudah capek, biarkan saja basah."),
    # ... not before a person who acts with no yang
    ("Biar jo dia mara.", "Biar saja dia marah."),
    # kwa after a thing's noun the lexicon leaves to Indonesian grants what is so of it: 'memang' (particles.py)
    ("Jembatan kwa so rusak dari dulu.", "Jembatan memang sudah rusak dari dulu."),
    # ... after the hearer it still appeals to what both know, and a question keeps kan
    ("Ngana kwa yang ambe.", "Kamu kan yang mengambil."),
    ("Jembatan kwa?", "Jembatan kan?"),
    # itu before the object of a verb (also a negated one, nintau) follows the object's noun up to a
    # conjunction or a preposition that links the rest of the clause on (demonstratives.py)
    ("Jaga itu anak-anak supaya nda jatuh.", "Jaga anak-anak itu supaya tidak jatuh."),
    ("Kita nintau itu obat for apa.", "Saya tidak tahu obat itu untuk apa."),
    # ... deng there may join a second object, and itu alone after bilang is what is said
    ("Kita suka itu kue deng roti.", "Saya suka itu kue dan roti."),
    ("Dia bilang itu salah.", "Dia bilang itu salah."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_31_grammar(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
