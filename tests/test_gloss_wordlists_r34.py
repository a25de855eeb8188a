"""Issue 16, round 34 (branch r34-W2): word correspondences from public word lists (lexicon.tsv section
'round 34, branch r34-W2', source `public word list`). Each everyday word the glosser left unknown, copied
or turned into another word now reads as speakers mean it; the words next to them keep their readings.
Every sentence here was written for these tests; none is from a word list, a page or a data set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted, unwanted", [
    # left unknown before
    ("Tanta pe ajus so sakit dari kalamaring.", "Ibu tante", "ajus"),
    ("Jang balumpa di atas tampa tidor.", "melompat", "balumpa"),
    ("Tutup tu jendela, banya gofela.", "nyamuk", "gofela"),
    ("Jang makang tu ikang, so hamis.", "basi", "hamis"),
    ("Torang pe pus ada dusu tikus.", "mengejar", "dusu"),
    ("Dia simpan depe HP di popoji.", "saku", "popoji"),
    ("Papa ja manggoro sampe pagi.", "mendengkur", "manggoro"),
    ("Stou dorang so pulang.", "Mungkin", "Stou"),
    ("Ada kakarlak di lemari piring.", "kecoak", "kakarlak"),
    ("Tu anak ja bakuku tengah malam.", "berteriak", "bakuku"),
    ("Jang lupa bawa dofoma for di kobong.", "bekal makanan", "dofoma"),
    # turned into another word before (mencubit, the non-word terbekuk, merajut, dorong-dorong)
    ("Ngana musti bacubi kalu mata pedis.", "berkedip", "mencubit"),
    ("Opa so brenti isap tabako.", "tembakau", "terbekuk"),
    ("Tu nona ada maraju karna nyanda dapa doi.", "merajuk", "merajut"),
    ("Mama ada beli tola-tola for tamu.", "kudapan", "dorong-dorong"),
    ("Kita pe jare tatusu duri.", "Jari", "jerit"),
])
def test_word_list_words(glosser, source, wanted, unwanted):
    result = translate(glosser, source)
    assert wanted in result and unwanted not in result


@pytest.mark.parametrize("source, wanted, unwanted", [
    # the words the new ones are built on or look like keep their own readings
    ("Tola jo tu gerobak.", "Dorong", "kudapan"),           # tola alone is 'push'
    ("Sapu mantega di roti.", "Oleskan", "menyapu"),        # sapu before a spread stays 'oles'
    ("Dia so bale dari Manado.", "kembali", "terbalik"),    # bale is not tabobale
    ("Saya makan delapan roti tadi pagi.", "Saya makan delapan roti", "Kita"),  # an Indonesian line stays as written
])
def test_neighbouring_words_keep_their_readings(glosser, source, wanted, unwanted):
    result = translate(glosser, source)
    assert wanted in result and unwanted not in result
