"""Round 32 of the gloss, branch r32-M2 (issue 16): the subject ta- marks after a thing, what is left
(tinggal sadiki), and set expressions of weather, the kitchen and everyday sayings. Every sentence here
is our own."""

import pytest

from tests.helpers import assert_reads as _reads

# Each rule, its sentences: (source, what the translation must say, what it must not say); the last of a
# rule's rows is mostly what the rule must NOT do.
CASES = {
    "ta_after_a_thing_marks_it_undergoing": [
        ("Tenda so ta bawa banjir.", "terbawa banjir", "saya"),            # a thing, so between
        ("Ade pe topi ta bawa angin.", "terbawa angin", "membawa"),         # a thing after pe
        ("Waktu ta angka kursi, kita pe pinggang saki.", "saya mengangkat", "terangkat"),  # waktu: kita
    ],
    "what_is_left_keeps_its_order": [
        ("Beras so tinggal sadiki.", "tinggal sedikit", "sedikit tinggal"),
        ("Perut so sakit sadiki.", "sedikit sakit", "sakit sedikit"),       # a state still takes sedikit first
    ],
    "thing_then_person_da_beking_is_their_work": [
        ("Tas ini kita pe kaka da beking.", "buatan kakak saya", "membuat"),
        ("Lemari itu opa da bekeng.", "buatan kakek", "kakek membuat"),
        ("Opa da beking lemari.", "membuat lemari", "buatan"),            # an object after: the act
    ],
    "nyanda_barenti_after_an_act_is_tanpa_henti": [
        ("Anjing itu ba gonggong nyanda barenti.", "tanpa henti", "tanpa berhenti"),
        ("Dia nyanda barenti karja.", "tidak berhenti bekerja", "tanpa"),   # the clause's own negation
    ],
    "a_person_ba_isi_fills": [
        ("Opa ada ba isi bensin di motor.", "mengisi bensin", "berisi"),
        ("Kita ja baisi aer di ember.", "mengisi air", "berisi"),
        ("Toples itu ba isi kue.", "berisi kue", "mengisi"),               # a vessel holds it
    ],
    "set_expressions_and_kitchen_words": [
        ("Ibadah sore so dapa batal.", "dibatalkan", "dapat batal"),
        ("Tanta ada kukur kalapa for kue.", "memarut kelapa", "kukur"),
        ("Jendela ta goyang waktu gempa.", "bergoyang", "tergoyang"),
        ("Kaca meja so ta bela.", "terbelah", "terbela "),
        ("Tu anak kapala batu, nyanda mo dengar.", "keras kepala", "kepala batu"),
        ("Dia so pinjam doi, masih minta ulang, muka tebal.", "tidak tahu malu", "muka tebal"),
        ("Jang percaya, dia cuma ba omong basar.", "membual", "berbicara besar"),
        ("Dorang kaweng lari ka Gorontalo.", "kawin lari", "menikah"),
        ("Dada Oma, sampe ketemu ulang!", "sampai jumpa lagi", "ketemu"),
        ("Dia cari tu dompet sampe ketemu.", "sampai ketemu", "jumpa"),   # until found, no farewell
        ("Jang ngebut, biar lambat asal slamat.", "biar lambat asal selamat", "walaupun"),
        ("Oma ja kirim sagu bakar dari kampung.", "sagu bakar", "membakar"),
    ],
    "turung_of_the_sea_or_a_flood_is_surut": [
        ("Kalu aer laut so turung, torang cari kerang.", "air laut sudah surut", "turun"),
        ("Sesudah banjir turung, torang bersih got.", "banjir surut", "turun"),
        ("Harga rica so turung.", "sudah turun", "surut"),                # a price falls
        ("Di kampung ujang turung dari pagi.", "hujan turun", "surut"),       # rain falls
    ],
    "a_thing_dapa_kase_pulang_is_given_back": [
        ("Ngana pe payung blum dapa kase pulang.", "belum dikembalikan", "dipulangkan"),
        ("Anak-anak so dapa kase pulang dari skola.", "dipulangkan", "dikembalikan"),  # persons go home
    ],
    "jang_dapa_verb_animal_is_the_passive": [
        ("Tutup tu kue, jang dapa makang semut.", "jangan dimakan semut", "dapat makan"),
        ("Torang so dapa makang di gereja.", "sudah dapat makan", "dimakan"),  # no animal: getting to eat
    ],
    "lime_and_lightning": [
        ("Peras lemong di atas ikang bakar.", "jeruk nipis", "lemon"),
        ("Tanta iris daun lemong for woku ayam.", "daun jeruk", "daun jeruk nipis"),  # the leaf, no lime
        ("Pohong kalapa dapa sambar kilat tadi malam.", "disambar petir", "kilat"),
        ("Opa pelihara ikang mas di empang.", "ikan mas", "emas"),
        ("Tanta pe kalung mas ilang.", "emas", "ikan"),                  # mas alone is gold
    ],
    "ba_apart_with_an_object": [
        ("Nelayan ba lapas jaring di laut.", "melepas jaring", "berlepas"),   # ba written apart, a word of no tag
        ("Mama ba jual kue di pasar.", "berjualan kue", "menjual"),           # a ber- verb Indonesian keeps
    ],
    "mau_deng_a_person_is_dengan": [
        ("Ade nimau deng tanta, cuma mau deng mama.", "mau dengan ibu", "mau dan"),  # with whom one wants to be
        ("Dia mau roti deng susu.", "roti dan susu", "dengan susu"),                 # a list after the object
    ],
    "mo_beking_apa_le_resigned": [
        ("Mo beking apa le, ujang so turung.", "Mau bagaimana lagi,", "membuat"),
        ("Tanta mo beking apa le for natal?", "membuat apa lagi", "bagaimana"),  # a subject: what she will make
    ],
    "satu_minggu_is_seminggu": [
        ("Opa so dirawat satu minggu di Kandou.", "seminggu", "satu minggu"),
        ("Aer di jalang masih satu jengkal.", "sejengkal", "satu jengkal"),
        ("Dia so tinggal di Bitung satu taong.", "satu tahun", "setahun"),  # a year said as counted stays
    ],
}


@pytest.mark.parametrize("source, expected, wrong", [
    pytest.param(*case, id=f"{rule}-{n}") for rule, cases in CASES.items() for n, case in enumerate(cases)])
def test_round_32_m2_rules(source, expected, wrong):
    _reads(source, expected, wrong)
