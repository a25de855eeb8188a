"""Round 35 (issue 16, r35-W): lines of feeling - the intimate register of a line of love (intimate.py),
the applied verbs of love (cinta -> mencintai, rindu -> merindukan), a vow's nyanda mo lupa, and dari jao
opening a clause of seeing. Sentences written for these tests."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def translate(text: str) -> str:
    return shared_glosser().gloss(text).translation


@pytest.mark.parametrize("source, expected", [
    # a word of love and ngana: kita is 'aku', its possessive -ku, and the pronouns cling
    ("Kita pe hati so ngana pe.", "Hatiku sudah punyamu."),
    ("Kita rindu pa ngana tiap malam.", "Aku rindu kamu setiap malam."),
    ("Ngana pe senyum bekeng kita tanang.", "Senyummu membuatku tenang."),
    ("Bunga ini for ngana, kita pe cinta.", "Bunga ini untukmu, cintaku."),
    # a vocative of love opening or closing the sentence is the one addressed
    ("Sayang, kita so sampe di rumah.", "Sayang, aku sudah sampai di rumah."),
])
def test_a_line_of_love_speaks_intimately(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # no one addressed: an informant's longing keeps 'saya'
    ("Kita rindu skali pa kita pe anak di Jakarta.", "Saya sangat rindu kepada anak saya di Jakarta."),
    # ngana, but no word of love: a neutral exchange keeps 'saya'
    ("Kita tunggu ngana di muka pasar.", "Saya menunggu kamu di depan pasar."),
    # sayang skali opening its clause is 'what a pity', no word of love
    ("Sayang skali, kita nyanda dapa lia ngana di pesta.", "Sayang sekali, saya tidak bisa melihat kamu di pesta."),
])
def test_no_intimate_register_without_love_and_addressee(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Opa cinta skali pa oma.", "Kakek sangat cinta kepada nenek."),
    ("Dia cinta dia pe kampung.", "Dia mencintai kampungnya."),
    ("Dorang rindu dorang pe kampung.", "Mereka merindukan kampung mereka."),
])
def test_verbs_of_love_take_their_applied_form_before_an_object(source, expected):
    assert translate(source) == expected


def test_a_vow_not_to_forget_is_future_not_a_wish():
    assert translate("Dia nyanda mo lupa tu hari.") == "Dia tidak akan lupa waktu itu."
    assert translate("Dia nyanda mo pigi ka pesta.") == "Dia tidak mau pergi ke pesta."  # a wish stays


def test_dari_jao_opening_a_clause_of_seeing_is_dari_kejauhan():
    assert translate("Dari jao torang dengar suara tambor.") == "Dari kejauhan kami mendengar suara tambur."
    assert translate("Dari jao dia datang bawa ikang.") == "Dari jauh dia datang membawa ikan."


@pytest.mark.parametrize("source, expected", [
    ("Dorang pe rumah beda-beda.", "Rumah mereka berbeda-beda."),
    ("Apa depe beda?", "Apa bedanya?"),  # beda alone, the noun, stays
    ("Dia jeles pa ngana pe tamang.", "Dia cemburu kepada temanmu."),
    ("Dorang so lama bapacaran.", "Mereka sudah lama berpacaran."),
    ("Ngana jang baper.", "Kamu jangan baper."),
])
def test_round_35_words_of_feeling(source, expected):
    assert translate(source) == expected


def test_no_register_where_no_one_speaks_of_themselves():
    # a word of love and ngana, but no kita: told of, not said to the one loved; kepada stays
    assert translate("Tu nona yang ja senyum pa ngana kamarin.") == "Nona itu yang biasa senyum kepadamu kemarin."


@pytest.mark.parametrize("source, expected", [
    ("Kita nyanda bisa lupa dia.", "Saya tidak bisa melupakan dia."),
    ("Jang lupa dorang.", "Jangan lupakan mereka."),
    # before a thing, an act, or the subject of what was forgotten, lupa stays
    ("Dia lupa dia pe sandal.", "Dia lupa sandalnya."),
    ("Kita lupa dia so pulang.", "Saya lupa dia sudah pulang."),
])
def test_lupa_before_the_person_forgotten(source, expected):
    assert translate(source) == expected


def test_a_request_opening_with_bilang_takes_tolong_in_front():
    # bilang opening the request is its own verb, not a verb of saying before another clause
    assert translate("Bilang ulang dang tu nomor.") == "Tolong bilang lagi nomor itu."
    # a verb of saying inside the clause still opens the next one for kote
    assert translate("Dia bilang ade kote so pulang.") == "Dia bilang ternyata adik sudah pulang."


@pytest.mark.parametrize("source, expected", [
    ("Om ilang dia pe hape di kapal.", "Om kehilangan HP-nya di kapal."),
    ("Kita nyanda mau ilang ngana.", "Saya tidak mau kehilangan kamu."),
    # a thing goes missing; a time or a place after ilang says when or where
    ("Tu kunci motor ilang waktu ujang.", "Kunci motor itu hilang waktu hujan."),
    ("Dia ilang di hutan.", "Dia hilang di hutan."),
])
def test_ilang_before_what_a_person_loses_is_kehilangan(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Dorang so putus asa.", "Mereka sudah putus asa."),        # not 'memutus asa'
    ("Tu orang busu hati.", "Orang itu busuk hati."),            # not 'membusuk hati'
    ("Dorang nyanda baku tau.", "Mereka tidak saling kenal."),   # people know each other: kenal
    ("Oma pikir pa dia pe cucu.", "Nenek memikirkan cucunya."),  # pa marks who is thought of
])
def test_round_35_set_expressions_of_feeling(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Tu baju so robe, kita mo cari laeng.", "Baju itu sudah robek, saya mau mencari yang lain."),
    ("Dia so kaweng deng laeng.", "Dia sudah menikah dengan yang lain."),
    ("Ada laeng?", "Ada yang lain?"),
    # after a noun, before one, or as a predicate laeng stays 'lain'
    ("Dorang tinggal di kampung laeng.", "Mereka tinggal di kampung lain."),
    ("Laeng kali jo.", "Lain kali saja."),
    ("Dia pe suara so laeng.", "Suaranya sudah lain."),
])
def test_laeng_standing_alone_is_yang_lain(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # an adjective + hati is one state: skali before it, -nya after it
    ("Tu nona pata hati skali.", "Nona itu sangat patah hati."),
    ("Dia pe sakit hati so ilang.", "Sakit hatinya sudah hilang."),
    ("Pendeta bae hati skali.", "Pendeta sangat baik hati."),
    # after an act, deng before such a state is the manner: dengan
    ("Dia tarima tu kabar deng basar hati.", "Dia menerima kabar itu dengan besar hati."),
    # sanang hati is no word of love: kita keeps 'saya' although ngana is addressed
    ("Kita sanang hati ngana mo bantu.", "Saya senang hati kamu mau membantu."),
])
def test_adjective_and_hati_is_one_state(source, expected):
    assert translate(source) == expected


def test_gemes_is_gemas():
    assert translate("Oma gemes lia tu bayi.") == "Nenek gemas melihat bayi itu."
