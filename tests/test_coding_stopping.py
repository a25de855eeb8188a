"""A keyword naming a stop ("berhenti ikut senam") also finds the act said to be no longer done:
"dia nyanda ikut senam", "so tidak ikut senam", "tidak ikut senam lagi"; not an act supposed
undone ("kalau tidak ikut senam, ...") nor one not yet begun (antonyms.stopped_forms).
Sentences written for these tests."""

from pipeline.coding.antonyms import stopped_forms
from tests.helpers import codes_of_paragraph, one_code_codebook


def _stopped_exercise():
    return one_code_codebook("berhenti_senam", "Berhenti ikut senam lansia",
                             "An older person no longer joins the weekly exercise group.",
                             ["berhenti ikut senam", "malas senam"], name="Studi kesehatan lansia")


def test_an_act_no_longer_done_is_the_stop():
    codebook = _stopped_exercise()
    assert codes_of_paragraph(codebook, "Sejak lutut bengkak, dia nyanda ikut senam, cuma duduk di rumah.",
                              interview=True) == {"berhenti_senam"}
    assert codes_of_paragraph(codebook, "Oma so tidak ikut senam dari bulan Maret.",
                              interview=True) == {"berhenti_senam"}
    assert codes_of_paragraph(codebook, "Sekarang tidak ikut senam lagi, tempatnya pindah jauh.",
                              interview=True) == {"berhenti_senam"}


def test_an_act_supposed_undone_or_not_yet_begun_is_no_stop():
    codebook = _stopped_exercise()
    assert codes_of_paragraph(codebook, "Kalau tidak ikut senam, badan rasa kaku semua.", interview=True) == set()
    assert codes_of_paragraph(codebook, "Dia belum ikut senam, baru pindah dari Bitung.", interview=True) == set()


def test_only_a_keyword_of_stopping_has_such_forms():
    assert "tidak minum obat lagi" in stopped_forms("berhenti minum obat")
    assert stopped_forms("malas senam") == [] and stopped_forms("berhenti") == []
