"""Round 30 of the gloss, words and senses: nouns of two words (jas ujang, plat nomor), the reciprocal
of forgiving, a beating heart, the hour of a schedule, feasts as times, apakah opening a question."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def _translate(source: str) -> str:
    return shared_glosser().gloss(source, "xmm").translation


@pytest.mark.parametrize("source, expected", [
    ("Ngana pe jas ujang ada di oto.", "Jas hujanmu ada di mobil."),      # one noun: the owner after both words
    ("Depe plat nomor so ganti.", "Pelat nomornya sudah ganti."),
    ("Kita ambe nomor antrian dulu.", "antrean"),
    ("Dorang dua so baku maaf.", "saling memaafkan"),
])
def test_nouns_of_two_words_and_the_reciprocal_of_forgiving(source, expected):
    assert expected in _translate(source)


def test_an_owner_before_jas_alone_still_owns_the_jacket():
    assert _translate("Kita pe jas so robek.").startswith("Jas saya")  # not a raincoat: no ujang after it


@pytest.mark.parametrize("source, expected", [
    ("Kalu tangga tinggi, kita pe jantung ba pukul.", "jantung saya berdebar"),
    ("Depe jantung so bapukul kancang.", "Jantungnya sudah berdebar kencang"),
    ("Jantung ba pukul-pukul, kita tako.", "Jantung berdebar-debar"),
])
def test_a_heart_that_beats_is_berdebar(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source", ["Om ba pukul tu paku.", "Jang bapukul-pukul tu pintu."])
def test_one_who_hits_keeps_memukul(source):
    assert "memukul" in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Arisan mo mulai jam ampa sore.", "Arisan akan dimulai pukul empat sore."),  # an event starts: undergone
    ("Ngoni mulai jam sabelas.", "Kalian mulai pukul sebelas."),                  # people start it
    ("Ibadah mulai jam 7 malam.", "Ibadah dimulai pukul 7 malam."),
])
def test_the_hour_of_a_schedule_is_pukul(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Tanta pulang jam anam.", "jam enam"),        # everyday speech keeps jam
    ("Ngana mulai dari jam brapa?", "jam berapa"),  # no hour named
    ("Kita so mulai tiga jam.", "tiga jam"),       # a length of time
    ("Warung buka jam 8.", "jam 8"),               # when, with no start named
])
def test_jam_elsewhere_stays(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Kakak mo pulang Natal.", "pulang Natal"),       # a feast is when, not where
    ("Dorang datang Paskah.", "datang Paskah"),
    ("Kakak mo pulang kampung.", "pulang kampung"),
    ("Dia pigi Tomohon.", "pergi ke Tomohon"),        # a place still takes ke
])
def test_a_feast_after_a_verb_of_going_is_a_time(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Apakah ngana so makang?", "Apakah kamu sudah makan?"),   # asked: no fronted thing, no reordering
    ("Apakah Tanta so bayar?", "Apakah Tante sudah membayar?"),
])
def test_apakah_opening_a_question_is_no_fronted_object(source, expected):
    assert _translate(source) == expected


def test_a_fronted_thing_before_its_doer_still_puts_the_aspect_first():
    assert _translate("Kue itu kita so makang.") == "Kue itu sudah saya makan."


@pytest.mark.parametrize("source, expected", [
    ("Tanta pe anak bawa motor ka kampus tiap hari.", "mengendarai motor"),  # rides it
    ("Om Yus bawa oto malam-malam.", "menyetir mobil"),                     # steers it
    ("Kalu dia bawa bentor, torang aman.", "mengendarai bentor"),
])
def test_bawa_before_the_vehicle_it_drives(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Jang bawa motor kalu ujang!", "bawa motor"),       # a request keeps the bare verb
    ("Dia bawa tas ka kampus.", "membawa tas"),          # a thing carried
])
def test_bawa_elsewhere_carries(source, expected):
    translation = _translate(source)
    assert expected in translation and "mengendarai" not in translation


@pytest.mark.parametrize("source, expected", [
    ("Om Ferry dapa marah deng mandor.", "dimarahi oleh mandor"),   # the people of work away from home
    ("Kita dapa tipu deng montir.", "ditipu oleh montir"),
    ("Jang parcaya pa majikan baru.", "percaya kepada majikan"),
])
def test_people_of_work_are_persons(source, expected):
    assert expected in _translate(source)


def test_a_thing_after_a_passive_stays_the_instrument():
    assert "dipukul dengan kayu" in _translate("Dia dapa pukul deng kayu.")


@pytest.mark.parametrize("source, expected", [
    ("Antri di apotek panjang skali.", "Antre di apotek"),   # how long not right after it: the act
    ("Kalu hari Senin, antri panjang skali.", "antreannya sangat panjang"),
    ("Di kantor capil antri lama skali.", "antreannya sangat lama"),
    ("Bank pe antri panjang.", "Antrean bank panjang"),  # an owner names it: no -nya (its capital the sentence's)
])
def test_antri_before_how_long_it_is_is_the_queue(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source", ["Kita musti antri lama di bank.", "Dorang so antri lama."])
def test_one_who_queues_long_keeps_the_verb(source):
    translation = _translate(source)
    assert "antre lama" in translation and "antrean" not in translation


@pytest.mark.parametrize("source, expected", [
    ("Depe lutut tapukul di meja.", "terbentur"),        # bumped unawares
    ("Kita pe kapala ta pukul di tiang.", "terbentur"),   # ta written apart reads as tapukul
    ("Cat di tembok so ta kupas.", "terkelupas"),
    ("Dia ba jual sayur.", "berjualan"),                  # ba written apart, as before
    ("Paku-paku di situ so karat.", "berkarat"),
    ("Om deng tanta so cere.", "bercerai"),
])
def test_words_of_state_and_their_prefix_written_apart(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Dia dapa pukul di sekolah.", "dipukul"),   # a blow dealt stays a blow
    ("Kita ta kage skali.", "kaget"),            # a ta- adjective keeps the rule's reading
])
def test_what_the_ta_words_must_not_take(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Aduh, nyamuk pe banyak!", "Aduh, nyamuk banyak sekali!"),   # how many, graded as an adjective
    ("Sayur pe sadiki, torang lapar.", "Sayur sedikit sekali"),
    ("Tu mes pe panas.", "Mes itu panas sekali."),                # the workers' lodging is a place noun
])
def test_pe_grades_an_amount_that_closes_its_clause(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Dorang pe anak banyak.", "Anak mereka banyak."),   # a person owns: no grading
    ("Kita pe doi sadiki.", "Uang saya sedikit."),
    ("Ini mes pe kunci.", "kunci mes"),                   # a noun after pe: owned
])
def test_an_owned_amount_is_not_graded(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Tanta pe tamang karja datang.", "Teman kerja tante"),   # karja after what it describes: the noun
    ("Dia pe baju karja so kotor.", "Baju kerjanya sudah kotor."),
    ("Angkot baranti di simpang.", "di persimpangan"),      # where one is: the crossing
    ("Torang ketemu di simpang ampa.", "di simpang empat"),
])
def test_compounds_of_work_and_the_crossing(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Dia karja di kantor.", "bekerja"),                    # karja as the act
    ("Kita simpang tu doi di lemari.", "menyimpan"),        # keeping
    ("Dia simpang tiga karung beras.", "simpan tiga"),
])
def test_karja_and_simpang_elsewhere(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Depe kaki deng tangan gatal skali.", "Kaki dan tangannya"),    # one owner of both parts
    ("Ngana pe leher deng bahu so saki?", "Leher dan bahumu"),
    ("Oma pe mata ato telinga yang bengkak?", "Mata atau telinga nenek"),
])
def test_body_parts_joined_by_deng_share_their_owner(source, expected):
    assert _translate(source).startswith(expected)


@pytest.mark.parametrize("source, expected", [
    ("Om ika depe kaki deng tali.", "kakinya dengan tali"),          # a thing after deng: the instrument
    ("Depe tangan deng Mama pe tangan sama basar.", "Tangannya dan"),  # another owner's part
])
def test_deng_after_a_body_part_before_anything_else(source, expected):
    assert expected in _translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Tiap bulan Oma pigi periksa di puskesmas.", "memeriksakan diri ke puskesmas"),  # the place follows
    ("Kita pigi priksa minggu lalu.", "memeriksakan diri minggu lalu"),
    ("Om nyanda mau pigi periksa.", "tidak mau pergi periksa."),                       # the going refused
])
def test_going_for_a_check_up(source, expected):
    assert expected in _translate(source)


def test_pigi_before_another_act_stays_pergi():
    assert "pergi mengambil" in _translate("Kita pigi ambe obat di apotek.")


@pytest.mark.parametrize("source, expected", [
    ("Ade, pegang kuat-kuat di Papa pe baju.", "pegang erat-erat"),   # what one holds is held tight
    ("Kita pegang kuat tu tali.", "pegang erat tali itu"),
])
def test_holding_tight_is_erat(source, expected):
    assert expected in _translate(source)


def test_kuat_elsewhere_stays():
    assert "kuat" in _translate("Depe badan so kuat ulang.")


@pytest.mark.parametrize("source, expected", [
    ("Ongkos kos blum dapa bayar.", "Ongkos kos belum dibayar."),   # a thing not yet paid: the passive past blum
    ("Tu tagihan so dapa bayar.", "sudah dibayar"),
])
def test_a_thing_before_blum_dapa_bayar_undergoes_it(source, expected):
    assert expected in _translate(source)


def test_one_who_cannot_pay_keeps_the_ability():
    assert "takut dapat bayar" in _translate("Om tako dapa bayar.")
