"""Round 35 (issue 16, r35-G2): a kin group as torang's predicate takes in the one addressed (kita), and
the kin term a sentence opens by addressing, said again inside it, names the one addressed (Mama, Nenek).
Sentences written for these tests."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def translate(text: str) -> str:
    return shared_glosser().gloss(text).translation


@pytest.mark.parametrize("source, expected", [
    ("Jang baku hitung, torang kwa basudara.", "kita kan bersaudara"),
    ("Ngana pe opa dari Sangihe? Sto torang masih kaluarga.", "Mungkin kita masih keluarga"),
])
def test_kin_as_predicate_is_inclusive(source, expected):
    assert expected in translate(source)


@pytest.mark.parametrize("source, expected", [
    # a kin group named before what it does is the speaker's own
    ("Torang basudara jarang baku dapa skarang.", "Kami bersaudara"),
    # owned, the kin noun names no bond with the hearer
    ("Torang pe keluarga so pulang dari kobong.", "Keluarga kami"),
])
def test_kin_group_of_the_speaker_stays_exclusive(source, expected):
    assert translate(source).startswith(expected)


@pytest.mark.parametrize("source, expected", [
    ("Ma, kita mo pi apotek, mama mo pesan obat apa?", "Mama mau memesan obat apa?"),
    ("Oma, dulu oma sekolah di mana?", "dulu Nenek sekolah di mana?"),
])
def test_addressed_kin_named_again_is_the_hearer(source, expected):
    assert translate(source).endswith(expected)


@pytest.mark.parametrize("source, expected", [
    # owned, it is someone else's mother
    ("Ma, ngana pe mama so datang?", "Ma, ibumu sudah datang?"),
    # nobody addressed: the kin noun stays the lexicon's
    ("Kita mo pi pasar, mama mo titip ikang.", "ibu mau titip ikan"),
])
def test_kin_not_addressed_keeps_the_noun(source, expected):
    assert expected in translate(source)


@pytest.mark.parametrize("source, expected", [
    ("Ta pe kunci jatu di got tadi.", "Kunci saya jatuh ke selokan tadi."),
    ("Kalu anak jatuh di sumur, bahaya.", "Kalau anak jatuh ke sumur, berbahaya."),  # danger.py: a state described
    # onto a surface or in a room, di is where the fall happened
    ("Oma jatuh di dapur.", "Nenek jatuh di dapur."),
    ("Mangga ta jatu di tanah.", "Mangga terjatuh di tanah."),
])
def test_falling_into_water_or_a_hole_is_ke(source, expected):
    assert translate(source) == expected
