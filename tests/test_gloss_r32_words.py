"""Round 32 of the gloss, set expressions and words of real text (issue 16, branch r32-M): farewells and
wishes said as one phrase, phrases whose Indonesian is not the sum of their words, and words the
MangARTI mining and dev parts showed mistranslated. Every sentence here is our own."""

import pytest

from tests.helpers import assert_reads as _reads
from tests.helpers import gloss_xmm as _translate


@pytest.mark.parametrize("source, expected", [
    ("Selamat kase tinggal Manado!", "Selamat tinggal Manado!"),
    ("Sampe baku dapa minggu muka.", "Sampai jumpa minggu depan."),
    ("Selamat batampa hidop baru for ngoni dua.", "Selamat menempuh hidup baru untuk kalian berdua."),
])
def test_farewells_and_wishes_are_set_phrases(source, expected):
    assert _translate(source) == expected


@pytest.mark.parametrize("source, expected, wrong", [
    ("Jang kase tinggal tu tas di oto.", "tinggalkan", "selamat"),     # kase tinggal alone still leaves
    ("Torang baku dapa di pasar.", "bertemu", "jumpa"),                # meeting is no farewell
    ("Anak-anak batapu tangan pas opa datang.", "bertepuk tangan", "menepuk"),
    ("Bobou sate dapa ciong dari ujung lorong.", "tercium", "dicium"),  # a smell, not a kiss
    ("Dia pake minyak bobou mahal.", "minyak wangi", "minyak bau"),
    ("Ikang ini so bobou.", "bau", "wangi"),                           # bobou alone is a smell
    ("Lampu panggung terang manggape.", "terang benderang", "menyilaukan"),
    ("Tu lampu manggape mata.", "menyilaukan", "benderang"),          # alone it dazzles
    ("Dorang da gali lubang kubur di blakang greja.", "liang lahat", "lubang kubur"),
    ("Ade mo beking ulang tahun di rumah oma.", "merayakan ulang tahun", "membuat"),
    ("Kita mo makang samangkok bubur.", "semangkuk", "semangkok"),
    ("Dorang dua jaga rumah baganti-ganti.", "bergantian", "berganti-ganti"),
])
def test_phrases_read_as_one_meaning(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected", [
    ("Tolong kase tapisah tu baju putih.", "Tolong pisahkan baju putih itu."),   # asked: the bare form
    ("Jang beking tapisah dorang dua.", "Jangan pisahkan mereka berdua."),
    ("Dia beking tapisah depe barang.", "Dia memisahkan barangnya."),           # told: meN-
])
def test_setting_apart_is_memisahkan(source, expected):
    assert _translate(source) == expected


@pytest.mark.parametrize("source, expected, wrong", [
    ("Ujang keras dari kalamarin.", "Hujan deras", "keras"),         # rain spelled as Indonesian writes keras
    ("Tu batu keras skali.", "keras", "deras"),                      # a hard stone stays hard
    ("Lampu kamar kuning klam.", "redup", "kelam"),
    ("Torang pigi pasar sebantar sore.", "nanti sore", "sebentar sore"),
    ("Tunggu sebantar jo.", "sebentar", "nanti"),                   # alone, a short while
])
def test_rain_dim_light_and_later_today(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected", [
    ("Eh Tanta, bagimana kabar?", "Eh Tante, apa kabar?"),              # the greeting
    ("Bagimana kabar ngana pe kaka?", "Bagaimana kabar kakakmu?"),       # asking after someone: as written
    ("Pamisi dulu, om.", "Permisi dulu, Om."),
    ("Tabea om.", "Permisi om."),                                        # was the non-word terbea
    ("Ndak papa, kita tunggu.", "Tidak apa-apa, saya tunggu."),          # not a father
    ("Bukang main sadap ni ikang.", "Bukan main enak ikan ini."),       # the exclamation, not playing
    ("Sio kasiang, dia jatuh.", "Aduh kasihan, dia jatuh."),
])
def test_greetings_and_exclamations(source, expected):
    assert _translate(source) == expected


@pytest.mark.parametrize("source, expected, wrong", [
    ("Kita pe papa so pulang.", "Ayah saya", "apa-apa"),                 # papa alone is the father
    ("Dia nyanda main bola, dia bamain kartu.", "tidak bermain bola", "bukan main"),
    ("Ngana ada doi halus for parkir?", "uang receh", "uang halus"),
    ("Tu doi kembali taruh di meja.", "Uang kembalian", "uang kembali "),
    ("Dia so kembali dari pasar.", "sudah kembali", "kembalian"),       # kembali alone is coming back
])
def test_money_and_kin_words_keep_their_own_reading(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Lampu jalan kase terang jalan pulang.", "menerangi jalan", "menerangkan"),   # giving light
    ("Kase terang tu kamar, kita nyanda dapa lia.", "Terangi kamar itu", "Terangkan"),
    ("Bulang so terang skali.", "sangat terang", "terangi"),                       # the state stays
    ("Depe rasa nyanda ada lawang.", "tidak tertandingi", "tidak ada lawan"),
    ("Dorang lawang dari kampung sablah.", "lawan", "tertandingi"),               # the opponent alone
])
def test_lighting_up_and_the_unrivalled(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Cat pagar blum kring, jang pegang.", "belum kering", "kring"),
    ("Musik putar deng volume paling full.", "volume maksimal", "paling full"),
    ("Tu gelas so full.", "sudah penuh", "maksimal"),                 # full alone is full
])
def test_dry_and_full(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Tolong antar akang minum for opa.", "antarkan minuman", "antarkan minum "),
    ("Dia baracik minum for tamu.", "meracik minuman", "meracik minum "),
    ("Lante basah karna tumpahan minum.", "tumpahan minuman", "tumpahan minum."),
    ("Tolong kase minum pa ade.", "beri minum", "minuman"),                  # giving a drink: the act
    ("Dia antar oma pigi minum obat.", "minum obat", "minuman"),             # drinking after going
])
def test_minum_after_an_act_done_to_the_drink_is_minuman(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected", [
    ("Kase isi aer panas ke gelas.", "Tuangkan air panas ke gelas."),          # poured into a vessel
    ("Kita kase isi kuah ke atas nasi.", "Saya menuangkan kuah ke atas nasi."),
    ("Kase isi ulang kotak tisu.", "Isi lagi kotak tisu."),                     # the vessel filled
    ("Dia so kase isi tu ember, kong pigi ke kobong.", "Dia sudah mengisi ember itu, lalu pergi ke kebun."),
])
def test_kase_isi_pours_into_a_vessel_or_fills_it(source, expected):
    assert _translate(source) == expected


@pytest.mark.parametrize("source, expected, wrong", [
    ("Acara lanjot itu makan sama-sama.", "Acara selanjutnya", "Acara lanjut"),     # the next event
    ("Lanjot torang musti beli bumbu.", "Selanjutnya kita", "Lanjut "),        # opening, before its subject
    ("Torang lanjot parjalanan ke Tomohon.", "melanjutkan perjalanan", "selanjutnya"),
    ("Ujang lanjot sampe malam.", "lanjut sampai", "selanjutnya"),           # a thing going on
    ("Pasien lanjot minum obat.", "lanjut minum", "selanjutnya"),            # a person goes on
])
def test_lanjot_of_what_comes_next(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Bapa tuang kobong datang pagi-pagi.", "pemilik kebun", "menuang"),   # the owner, not pouring
    ("Tuang aer ke gelas.", "Tuang air", "pemilik"),                       # tuang alone still pours
])
def test_the_owner_of_the_garden(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Torang tatawa mati dengar dia pe carita.", "tertawa terbahak-bahak", "tertawa mati"),
    ("Iko baduka cita neh, om.", "Turut berduka cita", "Ikut"),             # the condolence
    ("Kita iko dia pigi pasar.", "ikut dia", "turut"),                       # iko alone follows
    ("Tu parjalanan dapa ambe waktu dua jam.", "memakan waktu", "diambil"),
    ("Kita ambe waktu sadiki for dudu.", "mengambil waktu", "memakan"),      # a person takes time
])
def test_idioms_of_laughing_mourning_and_taking_time(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Matahari so mulai maso, torang pulang.", "mulai terbenam", "masuk"),    # the sun sets
    ("Kalu so dua jam, bumbu maso sampe dalam.", "bumbu meresap", "masuk"),   # a seasoning soaks in
    ("Bumbu so maso, kase kaluar dari kulkas.", "sudah meresap", "masuk"),
    ("Kase maso bumbu ka dalam panci.", "Masukkan bumbu", "meresap"),          # put in: the act
    ("Dia so maso ka rumah.", "sudah masuk", "terbenam"),                     # a person goes in
])
def test_maso_of_the_sun_and_of_a_seasoning(source, expected, wrong):
    _reads(source, expected, wrong)


@pytest.mark.parametrize("source, expected, wrong", [
    ("Malam baganti taong torang bakumpul di rumah oma.", "Malam pergantian tahun", "berganti tahun"),
    ("Dia baganti baju.", "berganti baju", "pergantian"),                     # changing clothes stays
])
def test_the_turn_of_the_year(source, expected, wrong):
    _reads(source, expected, wrong)
