"""Round 25 grammar of the gloss: a transitive verb whose object is left out, after its doer and an
aspect word, a modal or a negation, is the doer's act and takes meN- (voice.activity_going_on)."""

import pytest

from pipeline.gloss.glosser import shared_glosser


def translate(source: str) -> str:
    return shared_glosser().gloss(source, "xmm").translation


@pytest.mark.parametrize("source, expected", [
    # the object left out after so, nyanda, ja (biasa): meN-
    ("Om so tolong, makase e.", "Om sudah menolong, terima kasih ya."),
    ("Mama nyanda larang, mar papa mara.", "Ibu tidak melarang, tapi ayah marah."),
    ("Dorang ja jual di pasar Tomohon.", "Mereka biasa menjual di pasar Tomohon."),
    # a number of times is no object
    ("Dia so telpon dua kali.", "Dia sudah menelepon dua kali."),
    # sapa yang before the modal: the relative's head does it
    ("Sapa yang mo jemput?", "Siapa yang akan menjemput?"),
])
def test_a_transitive_verb_without_its_object_after_its_doer_takes_men(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    # an amount stands for the object: the verb stays bare, as the references write it
    ("Kita mo ambe tiga.", "Saya mau ambil tiga."),
    # perceiving and intransitive uses stay bare (not mendengar, membangun)
    ("Torang blum dengar.", "Kami belum dengar."),
    ("Kita so bangong dari subu.", "Saya sudah bangun dari subuh."),
    ("Ngoni mo iko?", "Kalian mau ikut?"),
    # the object fronted before its doer: bare
    ("Buku yang dia so baca.", "Buku yang dia sudah baca."),
])
def test_the_verb_stays_bare_where_indonesian_keeps_it(source, expected):
    assert translate(source) == expected

