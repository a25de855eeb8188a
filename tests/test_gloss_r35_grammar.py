"""Round 35 grammar of the gloss on real text (issue 16): who does the act after sapa yang, and a
dapa phrase after a modal of ability."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def translate(source: str, prior: str | None = "xmm") -> str:
    return shared_glosser().gloss(source, prior).translation


@pytest.mark.parametrize("source, expected", [
    # sapa opening its clause asks for the doer: the verb closing the clause takes meN-
    ("Sapa yang tolong ngana pe ade kamarin?", "Siapa yang menolong adikmu kemarin?"),
    ("Sapa yang jaga?", "Siapa yang menjaga?"),
    ("Ikang so abis, sapa yang goreng?", "Ikan sudah habis, siapa yang menggoreng?"),
    ("Sapa da ambe?", "Siapa yang mengambil?"),
    # an untagged Indonesian verb before its object too
    ("Sapa yang cabu tu papan?", "Siapa yang mencabut papan itu?"),
])
def test_the_doer_sapa_asks_for_acts(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # the object fronted before sapa: the verb stays bare, as Indonesian keeps it
    ("Kita pe payung sapa yang ambe?", "Payung saya siapa yang ambil?"),
    ("Tu papan sapa yang cabu?", "Papan itu siapa yang cabut?"),
    # going and starting take no meN-
    ("Sapa yang datang tadi?", "Siapa yang datang tadi?"),
])
def test_sapa_after_a_fronted_object_leaves_the_verb_bare(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a person before bisa, bole or sempat does what the dapa phrase names
    ("Mama bisa dapa ambe.", "Ibu bisa mengambil."),
    ("Kita so nyanda sempat dapa cari.", "Saya sudah tidak sempat mencari."),
    ("Opa masih bisa dapa lia tu pulau.", "Kakek masih bisa melihat pulau itu."),
])
def test_a_dapa_phrase_after_a_modal_is_the_persons_act(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a thing before the modal undergoes it
    ("Tu lemari nyanda bisa dapa ambe.", "Lemari itu tidak bisa diambil."),
    ("Pulau itu bisa dapa lia dari sini.", "Pulau itu bisa terlihat dari sini."),
])
def test_a_thing_before_the_modal_undergoes_the_dapa_phrase(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # siap, sadia before what a person makes ready: the verb with meN-...-kan
    ("Torang so siap tikar deng kursi.", "Kami sudah menyiapkan tikar dan kursi."),
    ("Mama kong sadia kue.", "Ibu lalu menyediakan kue."),
    ("Kita bangun pagi kong siap ade pe bekal.", "Saya bangun pagi lalu menyiapkan bekal adik."),
    ("Om so sadia samua.", "Om sudah menyediakan semuanya."),
])
def test_readiness_before_a_thing_is_making_it_ready(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # ready, of the subject itself: no object after it, or a thing as subject
    ("Dorang so siap.", "Mereka sudah siap."),
    ("Ikang bakar so siap di meja.", "Ikan bakar sudah siap di meja."),
    ("Torang so siap samua.", "Kami sudah siap semuanya."),
])
def test_readiness_of_the_subject_stays_an_adjective(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # one sentence's torang is one group: a possessive torang follows the subject made 'kita'
    ("Torang musti jaga torang pe kampung.", "Kita harus menjaga kampung kita."),
    ("Lebe bae torang simpan torang pe doi.", "Lebih baik kita menyimpan uang kita."),
])
def test_one_sentence_has_one_we(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # another sentence keeps its own reading, and so does torang after a preposition
    ("Torang musti jaga kampung. Torang pe mama so tua.", "Kita harus menjaga kampung. Ibu kami sudah tua."),
    ("Manjo torang maso, ngana iko deng torang.", "Mari kita masuk, kamu ikut dengan kami."),
])
def test_we_of_another_sentence_or_after_a_preposition_keeps_its_reading(source, expected):
    assert translate(source) == expected


def test_bersi_before_an_owner_cleans_the_thing_owned():
    assert translate("Dia bersi depe oto.") == "Dia membersihkan mobilnya."
    assert translate("Kamar so bersi, depe lantai le.") == "Kamar sudah bersih, lantainya juga."


@pytest.mark.parametrize("source, expected", [
    # baru opening its clause before bole: the leave a condition met gives
    ("Cuci tangan dulu, baru bole makang.", "Cuci tangan dulu, baru boleh makan."),
    # a subject before baru: what one has just become able to do
    ("Dia baru bole bajalang.", "Dia baru bisa berjalan."),
])
def test_bole_after_baru_opening_its_clause_gives_leave(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a pointed place after its preposition closes the subject: pe grades the adjective after it
    ("Warung di sablah pe rame.", "Warung di sebelah ramai sekali."),
    ("Pasar di sini pe mahal.", "Pasar di sini mahal sekali."),
    # how long it lasts after the adjective leaves it the predicate
    ("Pesta pe rame sampe pagi.", "Pesta meriah sekali sampai pagi."),
])
def test_pe_after_a_pointed_place_grades_the_adjective(source, expected):
    assert translate(source) == expected


def test_pe_before_an_adjective_that_does_not_close_its_clause_owns_it():
    # sampe before a place, not a time: the adjective is a noun, the predicate follows
    assert translate("Anak pe tinggi sampe di atap.") == "Tinggi anak sampai ke atap."


@pytest.mark.parametrize("source, expected", [
    # tape before a noun is the possessive, even after a verb of eating or buying
    ("Sapa da makang tape roti?", "Siapa yang makan roti saya?"),
    # an Indonesian cue after it keeps the fermented cassava
    ("Mama beli tape singkong.", "Ibu membeli tape singkong."),
    ("Kita suka makang tape goreng.", "Saya suka makan tape goreng."),
])
def test_a_possessive_false_friend_before_its_noun(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # ada + a bare verb over a span from a past point or up to now: what one has been doing, meN-, no sedang
    ("Kita ada tunggu dari jam tujuh.", "Saya menunggu dari jam tujuh."),
    ("Om ada potong kayu dari pagi.", "Om memotong kayu dari pagi."),
    ("Dorang ada baku mara sampe skarang.", "Mereka saling marah sampai sekarang."),
])
def test_an_act_over_a_span_up_to_now_drops_sedang(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # a ba- or ma- verb is an activity going on; no span, or an end ahead, keeps sedang too
    ("Dorang ada bacirita dari tadi.", "Mereka sedang mengobrol dari tadi."),
    ("Kita ada tunggu.", "Saya sedang menunggu."),
    ("Anak-anak ada maeng bola sampe gelap.", "Anak-anak sedang main bola sampai gelap."),
])
def test_an_activity_or_an_act_with_no_span_keeps_sedang(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # mo + the weather alone in its clause beside a request: the rain at hand
    ("Tutu jandela, mo ujang.", "Tutup jendela, mau hujan."),
    ("Kase maso ayam, mo ujang.", "Masukkan ayam, mau hujan."),
    # beside an observation, or with a time, a forecast
    ("Langit itam, mo ujang.", "Langit hitam, akan hujan."),
    ("Sto mo ujang sore ini.", "Mungkin akan hujan sore ini."),
])
def test_rain_at_hand_beside_a_request(source, expected):
    assert translate(source) == expected
