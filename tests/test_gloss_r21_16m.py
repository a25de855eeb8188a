"""Issue 16, round 21 (branch r21-m): phrases and senses from the MangARTI mining part and the
language-learning pages. Every sentence here was written for these tests (none is from the corpus,
a blind set or a development set)."""

from __future__ import annotations

import pytest

CASES = [
    # ba nae (ba written apart or joined) is 'memanjat' (climb), not the unused 'menaik'; nae alone 'naik'
    ("Kita pe ade suka ba nae pohon kalapa.", "Adik saya suka memanjat pohon kelapa."),
    ("Jang banae di atap!", "Jangan memanjat di atap!"),
    ("Dorang nae oto ka Tomohon.", "Mereka naik mobil ke Tomohon."),
    # tidor mati 'tidur pulas' (sleep soundly), also ta-: tatidor mati 'tertidur pulas'
    ("Tadi malam dia tidor mati sampe pagi.", "Tadi malam dia tidur pulas sampai pagi."),
    ("Opa so tatidor mati di kursi.", "Kakek sudah tertidur pulas di kursi."),
    # sapu before what is smeared on is 'oles' (taste_senses.py); a floor or a yard is swept
    ("Sapu mantega di roti tawar.", "Oleskan mentega di roti tawar."),
    ("Tolong sapu balsem di opa pe punggung.", "Tolong oleskan balsem di punggung kakek."),
    ("Ikang so dapa sapu bumbu.", "Ikan sudah diolesi bumbu."),
    ("Kintal kotor skali, sapu dulu.", "Halaman sangat kotor, sapu dulu."),
    # tatusu of cold air 'menusuk' (senses.py); a foot pricked by a nail 'tertusuk'
    ("Angin dingin dari gunung tatusu sampe di tulang.", "Angin dingin dari gunung menusuk sampai ke tulang."),
    ("Ade pe kaki tatusu paku.", "Kaki adik tertusuk paku."),
    # nae right before a mountain, a hill or an uphill road 'mendaki' (senses.py); before ka 'naik ke'
    ("Opa dulu ja nae gunung Lokon.", "Kakek dulu biasa mendaki gunung Lokon."),
    ("Anak-anak skola nae bukit di blakang kampung.", "Anak-anak sekolah mendaki bukit di belakang kampung."),
    ("Sinyal jelek, musti nae ka bukit.", "Sinyal jelek, harus naik ke bukit."),
    # a road is a slope only with a slope word after it: nae jalan raya keeps 'naik'
    ("Torang nae jalan raya ka Tomohon.", "Kami naik jalan raya ke Tomohon."),
    ("Oto nae jalan babelok.", "Mobil mendaki jalan berbelok."),
    # bargaining: kurang opening a request closed by dang or jo 'kurangi' (senses.py); elsewhere 'kurang'
    ("Ih, mahal skali ni ikang, kurang sadiki dang.", "Ih, mahal sekali ikan ini, kurangi sedikit dong."),
    ("Kurang jo dang, kita mo ambe tiga.", "Kurangi saja dong, saya mau ambil tiga."),
    ("Kuah ini kurang garam.", "Kuah ini kurang garam."),
    ("Tante, bole kurang?", "Tante, boleh kurang?"),
    # asking to hear it again: ulang as a request of its own 'ulangi'; after an act 'lagi'
    ("Ulang jo, kita blum mangarti.", "Ulangi saja, saya belum mengerti."),
    ("Dorang datang ulang tadi sore.", "Mereka datang lagi tadi sore."),
    # warna after yang or an aspect word 'berwarna' (senses.py); after a noun the compound stays
    ("Ambe tu baju yang warna biru.", "Ambil baju yang berwarna biru itu."),
    ("Daun so warna kuning.", "Daun sudah berwarna kuning."),
    ("Dia pake baju warna merah.", "Dia memakai baju warna merah."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_21_gloss(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
