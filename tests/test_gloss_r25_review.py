"""Round 25 review of the gloss rules (issue 16): each rule narrowed to what it states, in sentences
of this file's own."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def translate(source: str) -> str:
    return shared_glosser().gloss(source, "xmm").translation


@pytest.mark.parametrize("source, expected", [
    # a carer anywhere in the subject noun phrase does the act (treatment.py)
    ("Suster ini so urut.", "Suster ini sudah mengurut."),
    ("Mantri Budi blum suntik.", "Mantri Budi belum menyuntik."),
    ("Perawat di pustu so rawat.", "Perawat di pustu sudah merawat."),
    ("Tukang urut musti urut.", "Tukang urut harus mengurut."),
    ("Suster datang for timbang.", "Suster datang untuk menimbang."),
    # no carer: the patient undergoes it
    ("Bayi musti timbang.", "Bayi harus ditimbang."),
])
def test_a_carer_in_the_subject_phrase_does_the_act(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a pronoun doer: a mother's "had it done" as often as a nurse's "did it": the bare verb reverses neither
    ("Dorang so timbang di balai desa.", "Mereka sudah timbang di balai desa."),
    ("Kita so suntik.", "Saya sudah suntik."),
])
def test_a_pronoun_subject_keeps_the_bare_act_of_care(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a kin term beside another person is one of a list, a whole sentence an answer (address.py)
    ("Kaka, ade so tidor.", "Kakak, adik sudah tidur."),
    ("Ini kita pe papa, mama.", "Ini ayah saya, ibu."),
    ("Sapa yang datang? Papa.", "Siapa yang datang? Ayah."),
    # the one spoken to
    ("Papa, dia so datang.", "Pa, dia sudah datang."),
])
def test_a_kin_term_in_a_list_or_an_answer_is_no_address(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a health service the patient goes for stays bare (voice.py)
    ("Torang so kontrol ka klinik.", "Kami sudah kontrol ke klinik."),
    ("Oma musti periksa di rumah sakit.", "Nenek harus periksa di rumah sakit."),
    ("Dia musti rujuk ka Bitung.", "Dia harus rujuk ke Bitung."),
    # a carer examines
    ("Suster so periksa.", "Suster sudah memeriksa."),
])
def test_a_service_the_patient_goes_for_stays_bare(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # nothing named before the prohibition: the bare request (prohibitions.py)
    ("Jang pukul, dia masih kecil.", "Jangan pukul, dia masih kecil."),
    ("Papa bilang jang tanya.", "Ayah bilang jangan tanya."),
    # the one named in a clause before it: di-
    ("Oma ada tidor, jang ganggu.", "Nenek sedang tidur, jangan diganggu."),
])
def test_a_prohibition_is_passive_only_of_what_was_named(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a thing's taste is no person's health (state_senses.py)
    ("Ikang ini so rasa bae.", "Ikan ini sudah terasa baik."),
    # a person's feeling: merasa sehat, also with the feeler left out
    ("Opa so rasa bae.", "Kakek sudah merasa sehat."),
    ("Kalu rasa so bae, opa mo pulang.", "Kalau merasa sudah sehat, kakek mau pulang."),
])
def test_feeling_well_is_a_persons_feeling(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # beking + a building + the state it is left in: the causative (making.py)
    ("Dorang bekeng WC kotor.", "Mereka membuat WC kotor."),
    ("Ujang bekeng dapur jadi basah.", "Hujan membuat dapur menjadi basah."),
    # a building described: built
    ("Dorang bekeng jembatan baru.", "Mereka membangun jembatan baru."),
])
def test_a_state_after_the_object_keeps_the_causative(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # bawa pelang is driving slowly, not bringing a boat (place_senses.py)
    ("Kalu ujang, bawa pelang.", "Kalau hujan, bawa pelan."),
    # a boat where a noun stands
    ("Opa nae pelang ka Lembeh.", "Kakek naik perahu ke Lembeh."),
])
def test_pelang_after_bawa_is_slow(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # kk after a verb of getting is the family card; beside a person, a kakak (chat.py)
    ("Ngana so urus kk?", "Kamu sudah mengurus KK?"),
    ("Oma deng kk so makang.", "Nenek dan kakak sudah makan."),
])
def test_kk_is_read_by_what_stands_beside_it(source, expected):
    assert translate(source) == expected


def test_a_vowel_dropped_form_takes_the_chat_tables_reading_of_its_consonants():
    # brpa may be berapa or berupa; the chat table reads brp as berapa (spellings.py)
    assert translate("brpa ongkos?") == "Berapa ongkos?"
