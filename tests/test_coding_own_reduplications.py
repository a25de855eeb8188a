"""A reduplication with a sense of its own keeps it (lemmas.OWN_REDUPLICATIONS): a keyword "guna-guna"
(sorcery) or "diam-diam" (secretly) is no "guna" (use) or "diam" (silent), and a turn saying the bare
root takes no code from it; a plural reduplication ("anak-anak") still collapses to its root."""

import pytest

from pipeline.coding.lemmas import word_analyzer
from tests.helpers import codes_of_paragraph, one_code_codebook

SORCERY = one_code_codebook("sihir", "Kepercayaan tentang penyebab penyakit",
                            "Beliefs that the illness is sorcery or a curse.",
                            ["guna-guna", "kutukan"], name="Studi penyakit kulit")
SECRET = one_code_codebook("buka_lagi", "Membuka kembali usaha yang ditutup",
                           "Owners reopen, openly or secretly, a workshop the district closed.",
                           ["diam-diam", "buka lagi"], name="Studi bengkel")


def test_an_own_reduplication_is_its_own_norm_and_lemma():
    analyzer = word_analyzer()
    assert analyzer.analyze("Guna-guna") == ("guna-guna", "guna-guna")
    assert analyzer.analyze("anak-anak") == analyzer.analyze("anak")   # a plural collapses to its root


@pytest.mark.parametrize("codebook, text", [
    (SORCERY, "Salep dari apotek itu ada gunanya, bercak di lengan mulai pudar."),
    (SECRET, "Waktu petugas menegur, bapak pemilik bengkel cuma diam saja di kursinya."),
])
def test_the_bare_root_is_not_the_reduplicated_keyword(codebook, text):
    assert codes_of_paragraph(codebook, text, interview=True) == set()


@pytest.mark.parametrize("codebook, text, code", [
    (SORCERY, "Mertua saya yakin bercak itu guna-guna dari orang kampung sebelah.", "sihir"),
    (SECRET, "Malam-malam mereka diam-diam membuka pintu bengkel dan mulai mengelas.", "buka_lagi"),
])
def test_the_reduplicated_keyword_still_matches_itself(codebook, text, code):
    assert codes_of_paragraph(codebook, text, interview=True) == {code}


def test_play_reduplicated_is_still_play():
    # main-main is a child's play wherever no denial makes it 'in jest'
    play = one_code_codebook("main", "Anak bermain di luar rumah", "Children play on the beach or the road.",
                             ["main"], name="Studi anak pesisir")
    assert codes_of_paragraph(play, "Sore-sore cucu saya main-main di pinggir kali.", interview=True) == {"main"}
    assert codes_of_paragraph(play, "Ombak tadi malam bukan main-main tingginya.", interview=True) == set()
