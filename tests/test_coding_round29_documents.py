"""Round 29, documents: a bare -kan verb is its root's word (bersihkan is bersih, not sih); a label
saying "cannot" takes its keywords affirmed (see codebooks/README.md)."""

from __future__ import annotations

import pytest

from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.negation import names_inability
from tests.helpers import codes_of_paragraph, one_code_codebook

CLEANING = one_code_codebook("kembali", "Kembali ke kampung", "Warga kembali sesudah banjir surut.",
                             ["bersihkan pasir", "pulang kampung"], name="Studi banjir")
SLEEPLESS = one_code_codebook("nda_tidor", "Nyanda bisa tidor",
                              "Rasa takut atau susah tidur sesudah gempa.", ["trauma", "mimpi buruk"],
                              name="Studi gempa")


@pytest.mark.parametrize("word, root", [("bersihkan", "bersih"), ("membersihkan", "bersih"),
                                        ("dibersihkan", "bersih"), ("tunjukkan", "tunjuk")])
def test_a_bare_kan_verb_is_its_roots_word(word, root):
    assert word_analyzer().analyze(word)[1] == root


def test_a_bare_kan_keyword_finds_the_written_men_form():
    text = "Relawan membantu warga membersihkan pasir dari lantai sekolah sejak Selasa."
    assert codes_of_paragraph(CLEANING, text) == {"kembali"}


@pytest.mark.parametrize("label, cannot", [("Malam nyanda bisa tidor", True), ("Tidak dapat bekerja", True),
                                           ("Tidak memiliki kartu keluarga", False),
                                           ("Bisa tidur di tenda", False)])
def test_a_label_saying_cannot_names_an_inability(label, cannot):
    assert names_inability(label.casefold().split()) is cannot


@pytest.mark.parametrize("text, coded", [
    ("Guru melaporkan banyak murid masih trauma sejak gempa bulan lalu.", True),
    ("Menurut guru, murid tidak trauma lagi dan sudah kembali bermain.", False),
])
def test_an_inability_codes_its_keywords_affirmed_not_denied(text, coded):
    assert (codes_of_paragraph(SLEEPLESS, text) == {"nda_tidor"}) is coded
