"""A definition that says its act is done "only when" something happens (pipeline/coding/only_when.py):
Indonesian tells such a reaction with a restricting word and a conjunction around the act and
its occasion ("baru berobat setelah demamnya tinggi"), words no keyword of the code holds."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook
from pipeline.coding.only_when import only_when_rules

REACTIVE = one_code_codebook(
    "reaktif", "Berobat kalau sudah parah",
    "Parents take the child for treatment only when the fever is high or the child refuses food. "
    "A reaction to a severe illness, not a routine visit.",
    ["tunggu parah", "obat warung"], name="Demam anak (uji)")
ROUTINE = one_code_codebook(
    "rutin", "Kunjungan rutin", "Parents bring the child for a check-up every month.", ["tiap bulan"],
    name="Demam anak (uji)")


@pytest.mark.parametrize("text", [
    "Sebagian besar keluarga baru berobat ke klinik setelah demam anaknya tinggi.",
    "Setelah anaknya menolak makan dua hari, orang tua baru membawanya berobat.",
    "Mereka hanya berobat kalau demam anak sudah tinggi sekali.",
    "Dorang cuman berobat kalau demam anak so tinggi.",                    # Manado "only"
])
def test_a_reaction_told_with_a_restricting_word_and_a_conjunction_is_evidence(text):
    assert codes_of_paragraph(REACTIVE, text, interview=True) == {"reaktif"}


@pytest.mark.parametrize("text", [
    "Keluarga berobat ke klinik ketika demam anaknya tinggi, seperti anjuran bidan.",   # no restricting word
    "Anak yang baru pulang berobat tidak boleh langsung mandi.",                      # no occasion
    "Mereka tidak hanya berobat kalau demam anak tinggi, tetapi juga rutin kontrol.",  # denied
    "Torang nda cuma berobat kalau demam anak tinggi, mar juga rutin timbang.",        # denied, Manado
    "Kartu untuk yang baru lahir bisa dipakai berobat saat demam.",                   # a newborn
    "Hanya saja, keluarga di kampung itu berobat kalau demam sudah tiga hari.",       # "however"
])
def test_without_the_whole_construction_there_is_no_evidence(text):
    assert codes_of_paragraph(REACTIVE, text, interview=True) == set()


def test_the_rule_reads_the_act_and_the_occasion_from_the_definition_and_the_label():
    code = REACTIVE.codes[0]
    (rule,) = only_when_rules(code, REACTIVE)
    restricting, act, when, occasion = rule.slots
    assert "baru" in restricting and "setelah" in when
    assert "berobat" in act and {"demam", "makanan"} <= set(occasion) and "parah" in occasion
    assert not {"anak", "orang tua"} & set(act + occasion)   # who, not what


def test_a_definition_without_only_when_gives_no_rule():
    assert only_when_rules(ROUTINE.codes[0], ROUTINE) == []
