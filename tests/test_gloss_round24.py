"""Issue 16, helpers' round 15 (second half, second helper): the errors of the newest development
sets by cause, the general ones fixed. Every sentence here was written for these tests (none is from
the corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, word, gloss", [
    # a false friend read the Indonesian way shows the Indonesian word in the interlinear line too,
    # not the lexicon's Manado reading
    ("Om Nico ada jual pala deng cengke di pasar.", "pala", "pala"),
    ("Tukang kayu pake palu for pukul paku.", "palu", "palu"),
    ("Bulu ayam so ta hambur di dapur.", "bulu", "bulu"),
])
def test_false_friend_read_the_indonesian_way_glosses_as_it(glosser, source, word, gloss):
    result = glosser.gloss(source)
    glosses = dict(zip([w.lower() for w in result.words], result.gloss.split()))
    assert glosses[word] == gloss


@pytest.mark.parametrize("source, expected", [
    # a yes/no question put to a person addressed by a title opens with apakah in Indonesian
    ("Bapak so pernah periksa gula darah?", "Apakah Bapak sudah pernah memeriksa gula darah?"),
    ("Kalu ujang, opa masih pigi ka kobong?", "Kalau hujan, apakah kakek masih pergi ke kebun?"),
    ("Tanta, ada jual gula merah?", "Tante, apakah menjual gula merah?"),
    # to a friend, with a question word, or with a title that owns the subject: as it was
    ("Ngana so pernah pigi ka Bitung?", "Kamu sudah pernah pergi ke Bitung?"),
    ("Oma mo pigi ka mana?", "Nenek mau pergi ke mana?"),
    ("Opa pe oto masih bagus?", "Mobil kakek masih bagus?"),
    # a 'you' in the question is the one asked: the title names someone else
    ("Dokter so kase obat pa ngana?", "Dokter sudah memberi obat kepadamu?"),
])
def test_polite_yes_no_question_opens_with_apakah(glosser, source, expected):
    assert translate(glosser, source) == expected
