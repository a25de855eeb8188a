"""Issue 16, round 6: everyday Manado Malay (phrasebook talk: greetings, family, food, the market).
Every sentence here was written for these tests (none is from the MangARTI corpus, a blind set or
dev_everyday.tsv); each pins one systematic reading and, where there was one, that the old wrong
reading is gone."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    ("Dorang pi Tondano kalamaring.", "Mereka ke Tondano kemarin."),   # after the subject: only the direction
    ("Kita mo pi kobong.", "Saya mau ke kebun."),                       # after mo
    ("Tako mo pi pasar.", "Takut pergi ke pasar."),                     # after a complement taker: the act
    ("Dorang pigi pasar.", "Mereka pergi ke pasar."),                   # the full pigi keeps pergi
])
def test_short_pi_before_a_place_is_only_the_direction(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Makase, Tanta.", "Terima kasih, Tante."),          # an address of its own
    ("Om, kita pulang dulu.", "Om, saya pulang dulu."),
    ("Tanta deng om so pulang.", "Tante dan om sudah pulang."),  # kin in a clause
])
def test_kin_terms_as_an_address_are_titles(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Dorang jaga makang di warung.", "Mereka biasa makan di warung."),  # jaga + verb: habitual
    ("Dia jaga anak.", "Dia jaga anak."),                                # jaga + noun: look after
])
def test_jaga_before_a_verb_is_habitual(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Dia kote so pulang.", "Ternyata dia sudah pulang."),   # after a pronoun: to the front
    ("Kukis kote masih banyak.", "Ternyata kue masih banyak."),  # after a noun subject too (round 23)
])
def test_kote_is_ternyata_fronted_after_a_pronoun(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Sapa le?", "Siapa lagi?"),
    ("Dua le.", "Dua lagi."),
    ("Dorang nda datang le.", "Mereka tidak datang lagi."),
])
def test_le_after_a_question_word_or_a_number_is_lagi(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Ambe tape baju putih.", "Ambil baju putih saya."),                 # object of a verb
    ("Dia itu kita pe guru bae.", "Dia adalah guru baik saya."),         # after itu (copula.py: adalah)
    ("Kita pe ade bungsu so kaweng.", "Adik bungsu saya sudah menikah."),  # a predicate follows
    ("Tape kaki saki.", "Kaki saya sakit."),                             # the adjective is the predicate
    ("Depe harga murah skali.", "Harganya sangat murah."),
])
def test_an_adjective_after_a_possessed_noun_describes_it_only_where_the_clause_says_so(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Ngana pe gaji brapa satu bulang?", "Gajimu berapa sebulan?"),  # a rate: brapa in the clause
    ("Satu hari dia datang.", "Satu hari dia datang."),              # no count beside it
])
def test_satu_before_a_time_unit_is_se_in_a_rate(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_a_fever_is_no_progressive(glosser):
    assert translate(glosser, "Dia ada panas dari kalamaring.") == "Dia demam sejak kemarin."


@pytest.mark.parametrize("source, expected", [
    ("Mandi jo, Tanta.", "Mandilah, Tante."),         # the person addressed closes the sentence
    ("Mandi jo, nanti dingin.", "Mandi saja, nanti dingin."),  # a second clause: not a whole sentence
])
def test_v_jo_before_an_address_is_the_lah_imperative(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Dia suka makang ini kukis.", "Dia suka makan kue ini."),      # after a verb, the clause's last noun
    ("Ini kukis enak.", "Ini kue enak."),                            # opening the clause: 'this is'
    ("Tolong kase kecil akang tu suara radio.", "Tolong kecilkan suara radio itu."),  # past a compound
])
def test_a_demonstrative_follows_the_noun_it_determines(glosser, source, expected):
    assert translate(glosser, source) == expected


def test_maso_di_is_into(glosser):
    assert translate(glosser, "Aer maso di kamar.") == "Air masuk ke kamar."


@pytest.mark.parametrize("source, expected", [
    ("Kita pe mama ada masa ikang.", "Ibu saya sedang memasak ikan."),  # masa 'cook'
    ("Masa depan anak penting.", "Masa depan anak penting."),          # Indonesian masa 'period'
    ("Angka dulu tu pakeang.", "Angkat dulu pakaian itu."),            # angka 'lift'
    ("Angka kematian tinggi.", "Angka kematian tinggi."),              # Indonesian angka 'number'
])
def test_false_friends_of_the_kitchen_are_decided_by_their_neighbours(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Aer so mandidi.", "Air sudah mendidih."),
    ("Ampong, kita nyanda sengaja.", "Maaf, saya tidak sengaja."),
    ("Kita so cape deng dia pe kelakuan.", "Saya sudah capek dengan kelakuannya."),  # deng after a feeling
    ("Dia susa mo tidor.", "Dia susah tidur."),                     # mo after susa: its complement
    ("Torang bacirita sampe lat malam.", "Kami mengobrol sampai larut malam."),
    ("Ngana pe doi kambali.", "Uang kembalianmu."),
])
def test_everyday_words_of_round_six(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sapa itu?", "Siapa itu?"),                     # only a homograph tells: read as Manado Malay
    ("Kita harus datang pagi.", "Kita harus datang pagi."),  # a pronoun alone does not decide it
    ("Siapa yang datang tadi?", "Siapa yang datang tadi?"),  # Indonesian words only: unchanged
])
def test_a_segment_whose_only_telling_word_is_a_homograph_is_manado_without_a_prior(glosser, text, expected):
    assert translate(glosser, text, prior=None) == expected


@pytest.mark.parametrize("source, expected", [
    ("Ada brapa anak so pulang.", "Ada beberapa anak sudah pulang."),   # a statement: a few
    ("Ada brapa anak di kelas?", "Ada berapa anak di kelas?"),          # a question: how many
    ("Brapa harga tu ikang", "Berapa harga ikan itu"),                  # brapa harga asks, written or not
])
def test_brapa_before_a_noun_in_a_statement_is_beberapa(glosser, source, expected):
    assert translate(glosser, source) == expected
