"""Issue 16, round 8: torang as kita or kami by what the sentence says of the hearer, and pa as
'kepada', 'ke' or nothing by the verb before it and the person or place after it. Every sentence
here was written for these tests (none is from the MangARTI corpus, a blind set or a development
set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # a plan for a day ahead, told to the one who shares it
    ("Beso pagi torang bamasak ikang bakar.", "Besok pagi kita memasak ikan bakar."),
    ("Minggu depan torang mo bapasiar ka Tomohon.", "Minggu depan kita akan jalan-jalan ke Tomohon."),
    # a request to the hearer opens the sentence: what 'we' do next includes the hearer
    ("Kase bersih tu meja, torang mo makang.", "Bersihkan meja itu, kita akan makan."),
    ("Buka jo tu pintu, torang mo maso.", "Buka saja pintu itu, kita akan masuk."),
])
def test_torang_includes_the_hearer_in_a_plan_or_after_a_request(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # the hearer named apart: asked to join, or the one the act reaches
    ("Bulang muka torang pindah rumah, ngana iko?", "Bulan depan kami pindah rumah, kamu ikut?"),
    ("Torang pigi deng ngana ka pasar.", "Kami pergi dengan kamu ke pasar."),
    ("Torang musti bilang pa ngana dulu.", "Kami harus bilang kepada kamu dulu."),
    # a plan that follows from the group's situation, or on a condition, is reported
    ("Jadi beso torang mo pigi ka puskesmas.", "Jadi besok kami akan pergi ke puskesmas."),
    ("Kalu beso ujang, torang tinggal di rumah.", "Kalau besok hujan, kami tinggal di rumah."),
    # the subject of the sentence's first clause: a report, not a request
    ("Torang pigi dulu", "Kami pergi dulu"),  # (with jo it settles for going: kita, tests/test_gloss_r17_16.py)
])
def test_torang_leaves_the_hearer_out_when_contrasted_or_reporting(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Kita panggil pa dia tadi.", "Saya panggil dia tadi."),                 # the object of the verb
    ("Ngana telepon pa dia dulu.", "Kamu telepon dia dulu."),
    ("Dia bawa pa kita ka pasar.", "Dia bawa saya ke pasar."),              # the one taken, a place follows
    ("Kita so kase tau pa dorang.", "Saya sudah memberi tahu mereka."),     # telling takes an object
    ("Tanya jo pa guru.", "Tanya saja kepada guru."),                       # the addressee, past jo
    ("Mama ja bilang pa tetangga.", "Ibu biasa bilang kepada tetangga."),
    ("Torang pi pa oma kalamaring.", "Kami pergi ke nenek kemarin."),       # going to a person
    ("Kita mo pariksa pa bidan.", "Saya mau periksa ke bidan."),
    ("Kita bawa tu anak pa dokter.", "Saya membawa anak itu ke dokter."),  # carried to a person
])
def test_pa_by_the_verb_before_and_the_person_after(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Kita ba cari doi for anak.", "Saya mencari uang untuk anak."),       # not 'bercari'
    ("Papa ba angkat karung.", "Ayah mengangkat karung."),                # not 'berangkat'
    ("Mama bajaga anak.", "Ibu menjaga anak."),                           # the lexicon's 'berjaga' + object
    ("Kita bajaga.", "Saya berjaga."),                                    # no object: ber- stays
    ("Ade bamain bola.", "Adik bermain bola."),                           # Indonesian writes ber- here
    ("Dia batanya jalan.", "Dia bertanya jalan."),
])
def test_a_ba_verb_before_its_object_takes_men(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Kase gula sadiki di te.", "Beri sedikit gula di teh."),                          # an amount given
    ("Aer di kamar mandi masih panas sadiki.", "Air di kamar mandi masih sedikit panas."),  # a state graded
    ("Kita bauni tv sadiki.", "Saya menonton TV sebentar."),                           # watching lasts: a while
    ("Kita tunggu sadiki.", "Saya tunggu sebentar."),                                  # a while
])
def test_sadiki_comes_before_the_amount_or_state_it_grades(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_rasa_after_a_person_and_le_is_merasa_before_a_clause(glosser):
    assert translate(glosser, "Dia le rasa depe kaki saki.") == "Dia juga merasa kakinya sakit."


def test_dari_before_any_spelling_of_yesterday_is_sejak(glosser):
    assert translate(glosser, "Opa batuk dari kalamarin.") == "Kakek batuk sejak kemarin."


@pytest.mark.parametrize("source, expected", [
    ("Apa le yang ngana mo bli?", "Apa lagi yang kamu mau beli?"),                 # after a question word: more
    ("Kita titip tu tas pa mama.", "Saya titip tas itu kepada ibu."),             # entrusting: kepada
    ("Dia bataria pa torang dari jalang.", "Dia berteriak kepada kami dari jalan."),  # a ber- verb has no object
    ("Mama ba jual ikang di pasar.", "Ibu berjualan ikan di pasar."),             # as the lexicon's bajual
    ("Anak-anak ba main game di HP.", "Anak-anak bermain game di HP."),           # not 'gamit'
])
def test_round8_dev_readings(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Kita ada lia ngana di gereja.", "Saya melihat kamu di gereja."),          # perceiving: no 'sedang'
    ("Dorang ada dengar tu berita.", "Mereka mendengar berita itu."),
    ("Dia ada bajalang ka pasar.", "Dia sedang berjalan ke pasar."),            # an activity: 'sedang'
])
def test_ada_before_a_verb_of_perceiving_is_no_progressive(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Dia so bantu ba angkat.", "Dia sudah membantu mengangkat."),   # berangkat 'depart' is a word of its own
    ("Torang baturut-turut kalah.", "Kami berturut-turut kalah."),  # berturut heads no other word: stays
])
def test_ba_takes_men_where_the_ber_word_is_another_word(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Kita pe anak pertama lahir di rumah.", "Anak pertama saya lahir di rumah."),  # an ordinal stays with its noun
    ("Depe anak kadua so skola.", "Anak keduanya sudah sekolah."),
    ("Kita pe anak dua.", "Anak saya dua."),                                        # a count is the predicate
    ("Torang pe rumah lama so rusak.", "Rumah lama kami sudah rusak."),             # a place noun too
    ("Torang pe rumah basar.", "Rumah kami besar."),
])
def test_what_describes_a_possessed_noun_stays_with_it(glosser, source, expected):
    assert translate(glosser, source) == expected
