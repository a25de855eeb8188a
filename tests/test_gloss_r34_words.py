"""Round 34 of the gloss, branch r34-M (issue 16): words and set expressions of illness at home, of travel
and of feeling (tetap before a state, a fever that goes down, a person's back, forgetting someone, turning
left or right, the game of football). Every sentence here is our own."""

import pytest

from tests.helpers import assert_reads as _reads

# Each rule, its sentences: (source, what the translation must say, what it must not say); the last of a
# rule's rows is mostly what the rule must NOT do.
CASES = {
    "tetap_before_a_state_is_still": [
        ("Biar hujan, dorang tetap bahagia.", "tetap bahagia", "menetap"),
        ("Torang tetap bahagia di kampung.", "tetap bahagia", "menetap"),
        ("Om itu tetap tinggal di Bitung.", "tetap tinggal", "menetap"),
    ],
    # the second read found "kalu so maso angin barat" glossed "masuk angin berat": the monsoon's west wind
    "the_west_wind_is_barat": [
        ("Kalu so maso angin barat, perahu nyanda bajalang.", "angin barat", "berat"),
        ("Musim barat torang tinggal di darat.", "Musim barat", "berat"),
        ("Tu karung beras barat skali.", "berat", "barat"),                        # barat alone is heavy
        ("Ade maso angin, kase minum aer jahe.", "masuk angin", "barat"),           # a chill, no wind
    ],
    "a_fever_that_goes_down_or_up": [
        ("Kalu panas nyanda turung, kase minum aer banya.", "Kalau demam tidak turun", "Kalau panas"),
        ("Panas so nae ulang tadi malam.", "Demam sudah naik", "Panas"),
        ("Aer panas so turung dari gunung.", "Air panas", "demam"),               # a thing's heat
        ("Kalu panas, pake topi.", "Kalau panas", "demam"),                      # the weather, nothing falls
        ("Mama beli obat panas di apotek.", "obat penurun panas", "obat panas di"),
    ],
    "a_speakers_or_hearers_back_is_the_body": [
        ("Tolong pijat ngana pe blakang, so pegal.", "punggungmu", "belakangmu"),
        ("Ade pe blakang merah kena matahari.", "Punggung adik", "Belakang adik"),
        ("Anjing dudu di kita pe blakang.", "di belakang saya", "punggung"),    # behind me: a place
        ("Depe blakang so rusak, musti ganti papan.", "Belakangnya", "Punggung"),  # its back: a thing's
    ],
    "lupa_pa_someone_forgets_them": [
        ("Jang lupa pa torang kalu so di Jakarta.", "Jangan lupakan", "lupa kepada"),
        ("Dia so lupa pa kita, kasiang.", "sudah melupakan saya", "lupa kepada"),
        ("Kita lupa bawa payung.", "lupa membawa payung", "melupakan"),          # no pa: forgetting to do
    ],
    "untuk_before_dia_or_kamu_closing_its_phrase_is_one_word": [
        ("Tanta bawa kue ini for ngana.", "untukmu", "untuk kamu"),
        ("Kita so simpan nasi for dia, kalu dia lapar.", "untuknya", "untuk dia"),
        ("Ini for ngana deng ngana pe ade.", "untuk kamu dan", "untukmu"),       # the pronoun joined to another
    ],
    "syukur_alone_is_thanks_be_and_of_a_person_is_thankful": [
        ("Syukur, oto nyanda rusak.", "Syukurlah,", "Syukur,"),
        ("Dorang syukur skali dapa rumah baru.", "bersyukur", "sangat syukur"),
        ("Minggu depan ada ibadah syukur di kolom.", "ibadah syukur", "bersyukur"),  # a service's name stays
    ],
    "bole_pulang_is_leave_to_go_home": [
        ("Kata suster, ade so bole pulang besok.", "boleh pulang", "bisa pulang"),
        ("Ngana bole bantu kita angka ini?", "bisa membantu", "boleh"),           # bole alone: bisa
    ],
    "belok_is_said_bare": [
        ("Di muka gereja belok kanan.", "belok kanan", "membelok"),
        ("Oto itu belok kanan di lampu merah.", "belok kanan", "membelok"),
    ],
    "set_expressions_and_words": [
        ("Dorang baku rebut kue di meja.", "berebut kue", "saling rebut"),
        ("Anak-anak ada maeng bola di lapangan.", "main bola", "memainkan bola"),
        ("Dia mo maeng kartu deng opa.", "kartu", "main bola"),                  # another game stays
        ("Tukang urut pe rumah di ujung jalang.", "Rumah tukang urut", "Tukang rumah"),
        ("Spit dari Bunaken so datang.", "Speedboat", "Sepit"),
        ("Kalu rejeki, nyanda mo ka mana.", "tidak akan ke mana", "tidak mau ke mana"),
        ("Kita nyanda mo ka mana-mana ini malam.", "tidak mau ke mana-mana", "tidak akan"),  # not going out
        ("Kita pe cinta cuma for dia sorang.", "dia seorang", "sorang"),
        ("Dokter so pareksa ade pe mata.", "memeriksa mata adik", "pareksa"),
        ("Jang kase gerak tu meja dulu.", "Jangan gerakkan", "beri gerak"),
        ("Opa ja gerak badan di kintal tiap pagi.", "gerak badan", "menggerakkan"),  # the set phrase: exercise
        ("Jang cirita pa dia, depe mulu ember.", "mulut embernya", "mulutnya ember"),
        ("Depe mulu so bengka.", "Mulutnya", "ember"),
    ],
}


@pytest.mark.parametrize("source, expected, wrong", [
    pytest.param(*case, id=f"{rule}-{n}") for rule, cases in CASES.items() for n, case in enumerate(cases)])
def test_round_34_words(source, expected, wrong):
    _reads(source, expected, wrong)
