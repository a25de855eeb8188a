"""Issue 16, round 19: Manado language-learning pages (branch r19-16w). Every sentence here was
written for these tests; none is from a page, the corpus or a data set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted", [
    # a subject pronoun closing the main clause after a fronted clause of condition or time comes first
    ("Waktu kita pulang, so tidor dia.", "Waktu saya pulang, dia sudah tidur."),
    ("Kalu besok ujang, nyanda mo datang dia.", "Kalau besok hujan, dia tidak mau datang."),
    ("Pas torang sampe, so pulang dia.", "Waktu kami sampai, dia sudah pulang."),
])
def test_fronted_clause_subject(glosser, source, wanted):
    assert translate(glosser, source, prior=None) == wanted


@pytest.mark.parametrize("source, wanted", [
    # after a verb that takes an object the pronoun stays its object; a clause after a comma that opens
    # with no word of condition or time is left as it stands
    ("Waktu kita datang, so makang dia.", "sudah makan dia"),
    ("Kalu so malam, pi rumah dia.", "rumah dia"),
    ("Tadi pagi, so pulang dia.", "sudah pulang dia"),
])
def test_fronted_clause_left(glosser, source, wanted):
    assert wanted in translate(glosser, source, prior=None)


@pytest.mark.parametrize("source, wanted", [
    # amper before a place or a thing, or closing its clause after one: near (word lists of
    # manado.inews.id and dionbata.com); before an act, a state, a time or an amount: almost
    ("Kita pe rumah amper gereja.", "Rumah saya dekat gereja."),
    ("Depe sekolah amper deng puskesmas.", "dekat dengan puskesmas"),
    ("Ngana pe rumah amper?", "Rumahmu dekat?"),
    ("Kita so amper sampe.", "hampir sampai"),
    ("Amper malam baru dia pulang.", "Hampir malam"),
    ("Amper samua orang so datang.", "Hampir semua"),
    ("Dia amper jatuh dari motor.", "hampir jatuh"),
])
def test_amper_near_or_almost(glosser, source, wanted):
    assert wanted in translate(glosser, source, prior=None)


@pytest.mark.parametrize("source, wanted", [
    # pa after a feeling, before a thing or an animal: 'pada' (was 'ke', a place's); before a person as before
    ("Kita tako pa ular.", "Saya takut pada ular."),
    ("Kita rindu pa kampung.", "rindu pada kampung"),
    ("Dorang tako pa dia.", "takut kepadanya"),
    ("Dia pigi pa oma.", "pergi ke nenek"),
])
def test_pa_after_a_feeling(glosser, source, wanted):
    assert wanted in translate(glosser, source, prior=None)


@pytest.mark.parametrize("source, wanted", [
    # ka between two alternatives of a question: 'atau'
    ("Ngana suka ikang ka ayam?", "Kamu suka ikan atau ayam?"),
    ("Depe warna merah ka biru?", "merah atau biru"),
    ("Ngana lebe suka Manado ka Jakarta?", "Manado atau Jakarta"),
    ("Dia mo bawa ka puskesmas ka rumah sakit?", "ke puskesmas atau rumah sakit"),
    # a goal stays 'ke': after a thing, a verb of going or carrying, a starting point; house to house
    ("Tiket ka Manado brapa?", "Tiket ke Manado"),
    ("Ngana antar surat ka kantor?", "surat ke kantor"),
    ("Dari Manado ka Bitung brapa jam?", "Manado ke Bitung"),
    ("Dorang cari rumah ka rumah?", "rumah ke rumah"),
])
def test_ka_offering_a_choice(glosser, source, wanted):
    assert wanted in translate(glosser, source, prior=None)


@pytest.mark.parametrize("source, wanted", [
    # kang after a verb opening a request, before its object: akang said short
    ("Ambe kang tu piring.", "Tolong ambilkan piring itu."),
    ("Tolong bawa kang kita pe tas.", "Tolong bawakan tas saya."),
    # closing its clause, or after a state, the tag 'kan'
    ("Dorang so pulang kang?", "Mereka sudah pulang, kan?"),
    ("Bagus kang ni baju?", "Bagus kan baju ini?"),
])
def test_kang_short_akang(glosser, source, wanted):
    assert translate(glosser, source, prior=None) == wanted


@pytest.mark.parametrize("source, wanted", [
    # kerja / karja after a possessive is the job, 'pekerjaan'; elsewhere the verb
    ("Ngana pe karja apa?", "Pekerjaanmu apa?"),
    ("Om Jemmy pe kerja di pelabuhan.", "Pekerjaan Om Jemmy di pelabuhan."),
    ("Dia karja di Bitung.", "Dia bekerja di Bitung."),
])
def test_possessed_work(glosser, source, wanted):
    assert translate(glosser, source, prior=None) == wanted


@pytest.mark.parametrize("source, wanted", [
    # speaking a language: berbicara, and sadiki after it a little, not a while
    ("Kita bisa bicara bahasa Inggris sadiki.", "Saya bisa berbicara bahasa Inggris sedikit."),
    ("Dorang bicara bahasa Sangir di rumah.", "Mereka berbicara bahasa Sangir di rumah."),
])
def test_speaking_a_language(glosser, source, wanted):
    assert translate(glosser, source, prior=None) == wanted


@pytest.mark.parametrize("source, wanted", [
    # dapa lia before pa and a person: the person is what is seen (was 'terlihat', a passive)
    ("Ngana dapa lia pa dia?", "Kamu melihat dia?"),
    ("Kita dapa lia pa ngana pe mama di pasar.", "Saya melihat ibumu di pasar."),
    ("Tu rumah dapa lia dari jalang.", "Rumah itu terlihat dari jalan."),
])
def test_seen_person(glosser, source, wanted):
    assert translate(glosser, source, prior=None) == wanted


@pytest.mark.parametrize("source, wanted", [
    # tu/ini + noun + pe + adjective: the adjective graded is what is said of the noun shown
    ("Tu anak pe bae skali.", "Anak itu sangat baik."),
    ("Tu rumah pe basar.", "Rumah itu besar sekali."),
    ("Tu oto pe mahal.", "Mobil itu mahal sekali."),
    # a noun after pe is owned, as before
    ("Tu rumah pe atap bocor.", "Atap rumah itu bocor."),
])
def test_shown_noun_graded(glosser, source, wanted):
    assert translate(glosser, source, prior=None) == wanted


@pytest.mark.parametrize("source, wanted", [
    # kong right after 'why' is the surprised 'kok', no next step; elsewhere 'lalu' as before
    ("Kiapa kong ngana nyanda datang?", "Kenapa kok kamu tidak datang?"),
    ("Kyapa kong dia bilang bagitu?", "Kenapa kok dia bilang begitu?"),
    ("Dia pigi kong pulang.", "Dia pergi lalu pulang."),
])
def test_kong_after_why(glosser, source, wanted):
    assert translate(glosser, source, prior=None) == wanted
