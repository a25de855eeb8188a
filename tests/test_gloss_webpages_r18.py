"""Issue 16, round 18: Manado language-learning pages (branch r18-16w). Every sentence here was
written for these tests; none is from a page, the corpus or a data set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted", [
    # a glottal stop marked inside a word the lexicon knows without it
    ("Oma da masak tinutu'an for torang.", "bubur Manado"),
    ("Kita suka makang tinutu’an pagi-pagi.", "bubur Manado"),
    # a ba-/ta- prefix written with a hyphen reads as the word written together
    ("Adoh, dia ta-jatuh dari motor.", "terjatuh dari motor"),
    ("Torang ba-cirita sampe malam.", "mengobrol sampai malam"),
    # ba- before a word already meN-: the word as it is, no second prefix (was memencari)
    ("Om pe anak so bamencari di Jakarta.", "sudah mencari di Jakarta"),
    # kuat opening its clause or after a time word, before a ba- verb: the act goes on
    ("Dari tadi kuat bacirita tu anak.", "mengobrol terus"),
    ("Tadi kuat batanya tu anak.", "bertanya terus"),
    ("Kuat batanya ngana e.", "Bertanya terus"),
    # pe grading an adjective before a closing subject pronoun: the pronoun comes first
    ("Pe cantik ngana e.", "Kamu cantik sekali ya."),
    ("Pe capek kita e.", "Saya capek sekali ya."),
    ("Pe enak ni kue!", "Enak sekali kue ini!"),  # no pronoun: as before
    # sayang before its object is menyayangi (menyayang is not in use); baku sayang likewise
    ("Opa sayang tu cucu.", "Kakek menyayangi cucu itu."),
    ("Kita sayang ngana.", "Aku menyayangimu"),  # a line of love (intimate.py, round 35)
    ("Dorang dua baku sayang.", "saling menyayangi"),
    # words a language-learning page attests with its own translation
    ("Tu anjing bakauk tiap malam.", "menggonggong"),
    ("Dia cuma maruku.", "menunduk"),
    ("Bakuat jo, ngana pasti bisa.", "Tabah"),
    ("Ada cewe baru di kantor.", "cewek"),
    ("Ati-ati, jang seciri tu gelas.", "menjatuhkan"),
    ("Abis mandi di kali, ade so toto fore.", "menggigil"),
    # two word lists agree
    ("Depe proposal afker.", "ditolak"),
    ("Malam ini om pe aflos di pos.", "giliran"),
    ("Angko so makang?", "Kamu sudah makan?"),
])
def test_language_learning_page_words_r18(glosser, source, wanted):
    assert wanted in translate(glosser, source, prior=None)


@pytest.mark.parametrize("source, kept", [
    ("Opa masih kuat bajalan ka kobong.", "kuat berjalan"),  # after masih: strength
    ("Mama so nyanda kuat bajalan jauh.", "kuat berjalan"),  # after a negation: strength
    ("Dia kuat bakarja.", "kuat bekerja"),                   # after its subject: strength
])
def test_kuat_stays_strength(glosser, source, kept):
    assert kept in translate(glosser, source, prior=None)
