"""Issue 16, round 13: faults a new user's trial found (a four-letter Indonesian root + -i reported
as unknown, ba- + an adjective of place read as ber-, the owner after a compound noun, rasa with a
person, deng after a place phrase). Every sentence here was written for these tests (none is from
the corpus, a blind set, a development set or the user's transcripts)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("word", ["awasi", "ikuti", "temui", "sukai", "lalui", "ajari"])
def test_imperatives_of_four_letter_roots_are_indonesian(glosser, word):
    assert glosser.gloss(f"Bapak musti {word} dia pe anak.", "xmm").unknown == []


@pytest.mark.parametrize("source, expected", [
    # ba- + an adjective one moves or changes along is a meN- verb, not ber-
    ("Kapal itu so bajauh dari pante.", "Kapal itu sudah menjauh dari pantai."),
    ("Ombak so badekat ka rumah.", "Ombak sudah mendekat ke rumah."),
    ("Opa pe kaki so babae.", "Kaki kakek sudah membaik."),
    # ... before dari/pa + a person, the person is its object
    ("Kucing itu badekat pa ade.", "Kucing itu mendekati adik."),
    ("Sejak kita saki, tamang-tamang so bajauh dari kita.", "Sejak saya sakit, teman-teman sudah menjauhi saya."),
    # adjectives of feeling keep ber-
    ("Torang musti basabar.", "Kita harus bersabar."),
    ("Mama basedih skali.", "Ibu bersedih sekali."),
])
def test_ba_on_an_adjective_of_moving(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a person feels (merasa) also past yang, aspect and negation; a thing is felt (terasa)
    ("Oma yang so nda rasa saki, so pulang.", "Nenek yang sudah tidak merasa sakit, sudah pulang."),
    ("Papa yang mulai rasa capek so pulang.", "Ayah yang mulai merasa capek sudah pulang."),
    ("Kita nda rasa lapar.", "Saya tidak merasa lapar."),
    ("Ngana pe kaki masi rasa saki?", "Kakimu masih terasa sakit?"),
    ("Tu obat nda rasa pahit.", "Obat itu tidak terasa pahit."),
])
def test_rasa_with_a_person_as_subject(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # deng after verb + object + a place, before a thing: it goes with the object
    ("Tanta taruh kue di meja deng te manis.", "Tante menaruh kue di meja dengan teh manis."),
    ("Mama simpan ikang di kulkas deng es batu.", "Ibu menyimpan ikan di kulkas dengan es batu."),
    # a second place, or places right after the verb, are a list
    ("Kita taruh obat di meja deng di kursi.", "Saya menaruh obat di meja dan di kursi."),
    ("Nyamuk kita dapa di ember deng kaleng bekas.", "Nyamuk saya dapat di ember dan kaleng bekas."),
])
def test_deng_after_a_place_phrase(glosser, source, expected):
    assert translate(glosser, source) == expected


@pytest.mark.parametrize("source, expected", [
    # a thing + a bare verb (and its object) is one compound: the owner follows all of it
    ("Suster cek ngana pe kartu minum obat?", "Suster mengecek kartu minum obatmu?"),
    ("Oma pe tempat tidur masi basa.", "Tempat tidur nenek masih basah."),
    ("Depe buku tulis so abis.", "Buku tulisnya sudah habis."),
    # a person does the act; a thing's verb alone is its predicate
    ("Kita pe anak minum obat tiap pagi.", "Anak saya minum obat setiap pagi."),
    ("Kita pe HP jatuh di jalan.", "HP saya jatuh di jalan."),
])
def test_owner_after_a_compound_closed_by_a_verb(glosser, source, expected):
    assert translate(glosser, source) == expected
