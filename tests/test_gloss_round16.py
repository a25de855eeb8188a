"""Issue 16, round 10 of the helpers: aspect in questions and states, and the agentive passive.
Every sentence here was written for these tests (none is from the corpus, a blind set or a
development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, expected", [
    # a yes/no question asks whether the act happened: ada only asserts it, no 'sedang'
    # (put to a title, it opens with apakah: round 24, yesno.py)
    ("Ibu ada pigi posyandu?", "Apakah Ibu pergi ke posyandu?"),
    ("Bapak ada iko penyuluhan?", "Apakah Bapak ikut penyuluhan?"),
    # a why-question asks the cause of an act it takes as given
    ("Kiapa ngana ada tertawa?", "Kenapa kamu tertawa?"),
    # dwelling is a lasting state
    ("Om ada tinggal di Tomohon.", "Om tinggal di Tomohon."),
    # asking what is going on, or a statement with a tag, keeps the progressive
    ("Ngana ada bekeng apa di dapur?", "Kamu sedang membuat apa di dapur?"),
    ("Dia ada bamasak e?", "Dia sedang memasak ya?"),
    ("Oma ada tidor.", "Nenek sedang tidur."),
])
def test_ada_in_questions_and_states(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a thing fronted before a person who kase-verbs it: the doer's bare verb, aspect or modal first
    ("Tu kue kita kase maso di kulkas.", "Kue itu saya masukkan ke kulkas."),
    ("Tu baju kita so kase bersih.", "Baju itu sudah saya bersihkan."),
    ("Piring kotor kita nanti kase bersih.", "Piring kotor nanti saya bersihkan."),
    # no fronted thing, or an object after the verb: meN- stays
    ("Kita kase campur deng pisang for anak.", "Saya mencampurkan dengan pisang untuk anak."),
    ("Papa kase turun tu karung.", "Ayah menurunkan karung itu."),
])
def test_kase_verb_after_a_fronted_object_is_the_agentive_passive(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # di after a verb of going is where to
    ("Besok kita mo pigi di Tomohon.", "Besok saya akan pergi ke Tomohon."),
    ("Dorang nae di gunung Klabat.", "Mereka naik ke gunung Klabat."),
    ("Dia nyanda datang di acara.", "Dia tidak datang ke acara."),
    # the greeting, and where one has arrived, keep di
    ("Slamat datang di Bitung.", "Selamat datang di Bitung."),
    ("Om so datang di muka.", "Om sudah datang di depan."),
])
def test_di_after_a_verb_of_going_is_ke(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # deng after when or how often an act happens still reads the act: its instrument or company
    ("Kita cuci tiap hari deng sabun.", "Saya cuci setiap hari dengan sabun."),
    ("Papa urut tiap malam deng minya tawon.", "Ayah urut setiap malam dengan minyak tawon."),
    # two times joined stay 'dan'
    ("Dia minum obat pagi deng malam.", "Dia minum obat pagi dan malam."),
])
def test_deng_after_a_time_reads_the_act(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a bare verb that takes an object, after a fronted thing and its doer: aspect or modal first
    ("Tu surat kita so antar ka kantor desa.", "Surat itu sudah saya antar ke kantor desa."),
    ("Obat ini kita musti minum tiap hari.", "Obat ini harus saya minum setiap hari."),
    # a verb with no object to take, or a time before the doer, keeps the order
    ("Besok torang mo pigi ka pante.", "Besok kita akan pergi ke pantai."),
])
def test_bare_verb_after_a_fronted_object_puts_aspect_first(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # brapa opening a question on one unit of sale asks the price
    ("Brapa tu pisang satu sisir?", "Berapa harga pisang itu satu sisir?"),
    ("Brapa rica satu tumpuk, tanta?", "Berapa harga cabai satu tumpuk, Tante?"),
    # not a count of people, nor when the price is named already
    ("Brapa orang satu kamar?", "Berapa orang satu kamar?"),
    ("Brapa harga ikang satu ekor?", "Berapa harga ikan satu ekor?"),
])
def test_brapa_for_one_unit_of_sale_asks_the_price(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # words the unknown-word report listed on the development sets
    ("Film talalu panjang, ampe kita tasono di kursi.", "Film terlalu panjang, sampai saya tertidur di kursi."),
    ("Ade nangis trus dari tadi.", "Adik menangis terus dari tadi."),
])
def test_words_the_unknown_report_listed(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # nona and nyong after a kin word give its sex
    ("Kita pe kaka nona so kaweng.", "Kakak perempuan saya sudah menikah."),
    ("Dia pe ana nyong masih sekolah.", "Anak laki-lakinya masih sekolah."),
])
def test_nona_and_nyong_after_kin_are_its_sex(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a doubled time noun after a verb of going is when, not where: no 'ke'
    ("Jang pulang malam-malam, bahaya.", "Jangan pulang malam-malam, berbahaya."),
    ("Kita mo pigi pasar.", "Saya mau pergi ke pasar."),
])
def test_doubled_time_after_going_is_no_place(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # ada before dapa: getting is done, not going on; ada only asserts it
    ("Kita ada dapa surat dari desa.", "Saya dapat surat dari desa."),
    ("Ngana pe ana ada dapa vitamin A?", "Anakmu dapat vitamin A?"),
])
def test_ada_before_dapa_is_dropped(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # no agentive passive: one person named twice, a thing that exists, a clause after a comma
    ("Ibu bidan so bilang musti datang pagi.", "Ibu bidan sudah bilang harus datang pagi."),
    ("Kalu ada pesta kita nyanda datang.", "Kalau ada pesta saya tidak datang."),
    ("Kalu ade saki, Ibu biasa kasih apa?", "Kalau adik sakit, Ibu biasa kasih apa?"),
    # deng after a bare number is no time of an act (jaga lima: a place)
    ("Jaga tiga deng jaga ampa dekat pante.", "Jaga tiga dan jaga empat dekat pantai."),
])
def test_agentive_passive_and_deng_guards(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # baku- verbs written together read as their spaced form
    ("Torang di kampung suka bakutolong.", "Kami di kampung suka saling menolong."),
    ("Dorang dua bakubantu angka kayu.", "Mereka berdua saling membantu angkat kayu."),
])
def test_baku_verbs_written_together(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # di after a verb of going, past jo or dulu, is where to
    ("Kalu so lapar, datang jo di rumah.", "Kalau sudah lapar, datang saja ke rumah."),
    ("Pigi dulu di warung, beli gula.", "Pergi dulu ke warung, beli gula."),
    # dari kacili: since childhood
    ("Dia so bamain piano dari kacili.", "Dia sudah bermain piano sejak kecil."),
])
def test_going_past_jo_and_since_childhood(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # pake after a pronoun subject, before the thing used: the verb 'memakai'
    ("Torang so pake BPJS dari taong lalu.", "Kami sudah memakai BPJS sejak tahun lalu."),
    ("Dia pake sandal ka gereja.", "Dia memakai sandal ke gereja."),
    # no object, a vehicle, or a noun subject: as before
    ("Kita nyanda mo pake.", "Saya tidak mau pakai."),
    ("Dorang pake oto ka Manado.", "Mereka naik mobil ke Manado."),
    ("Kader pake doi sandiri.", "Kader pakai uang sendiri."),
])
def test_pake_after_a_pronoun_is_memakai(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # an Indonesian -kan verb of conveying takes what is conveyed as its object: pa + person is 'kepada'
    ("Nyanda ada yang jelaskan pa kita.", "Tidak ada yang jelaskan kepada saya."),
    ("Kita so sampaikan pa dorang samua.", "Saya sudah menyampaikan kepada mereka semua."),
    # a verb whose object is the person still drops pa
    ("Ada yang bantu pa mama waktu melahirkan.", "Ada yang membantu ibu waktu melahirkan."),
])
def test_pa_after_a_verb_of_conveying_is_kepada(glosser, source, expected):
    assert translate(glosser, source) == expected
