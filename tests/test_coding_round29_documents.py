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


# -- a period's record: "Pada tahun ... tercatat <figure>" ------------------------------------------

SINKING = one_code_codebook("kapal_tenggelam", "Perahu tenggelam di laut",
                            "Perahu nelayan yang tenggelam atau terbalik dihantam ombak.", ["tenggelam", "terbalik"],
                            name="Studi keselamatan nelayan")


@pytest.mark.parametrize("text, coded", [
    ("Pada tahun 2027 tercatat 31 kunjungan karena luka bakar dan 2 kematian karena tenggelam.", False),
    ("Selama triwulan pertama tercatat 12 nelayan dirawat, sebagian besar setelah perahunya terbalik.", False),
    ("Dari laporan kepala jaga, tercatat 3 perahu tenggelam karena mesin mati di tengah laut.", True),
    ("Pada bulan Mei dua perahu nelayan tenggelam dihantam ombak di selatan pulau.", True),
])
def test_a_periods_record_is_a_statistic(text, coded):
    assert (codes_of_paragraph(SINKING, text) == {"kapal_tenggelam"}) is coded
