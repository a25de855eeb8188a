"""A definition's exclusion is read in either language a researcher writes it in: its words are no
evidence of the code (codebook_words.affirmed_text), in English or Indonesian phrasing."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import affirmed_text
from pipeline.coding.quotation_guess import guessed_codes

AFFIRMED = "Keluarga menjemur kasur di halaman setiap minggu."
EXCLUDED = "Tidak bila kasur hanya dipindah ke gudang."


def _book(definition: str):
    return parse_codebook(f"""
name: Kasur (test)
themes:
  - {{id: t, label: Kebersihan, categories: [{{id: c, label: Rumah, codes: [
      {{id: jemur, label: Menjemur kasur, keywords: [jemur kasur], definition: '{definition}'}},
      {{id: sapu, label: Menyapu lantai, keywords: [sapu], definition: 'Ibu menyapu gudang dan lantai setiap pagi.'}}]}}]}}
""")


@pytest.mark.parametrize("exclusion", [
    "Tidak diberi kode jika kasur dipindah ke gudang.",
    "Jangan dikode kalau kasur dipindah ke gudang.",
    "Kode ini tidak dipakai bila kasur dipindah ke gudang.",
    "Tidak mencakup kasur yang dipindah ke gudang.",
    "Dikecualikan: kasur dipindah ke gudang.",
    "This code does not cover a mattress moved to the storeroom.",
    "Not applied when the mattress is moved to the storeroom.",
])
def test_a_sentence_saying_the_code_is_not_given_is_no_evidence(exclusion):
    text = affirmed_text(_book(f"{AFFIRMED} {exclusion}").codes[0])
    assert "menjemur" in text and "gudang" not in text and "storeroom" not in text


@pytest.mark.parametrize("clause", ["bukan bila kasur dipindah ke gudang", "tidak jika kasur dipindah ke gudang"])
def test_a_clause_excepting_a_case_is_no_evidence(clause):
    text = affirmed_text(_book(f"Keluarga menjemur kasur di halaman, {clause}.").codes[0])
    assert "menjemur" in text and "gudang" not in text


def test_a_denied_act_a_code_is_about_stays_its_evidence():
    # "tidak dipakai" without the coding's own words is what the definition affirms
    book = _book("Kelambu tidak dipakai waktu tidur, disimpan di lemari.")
    assert "lemari" in affirmed_text(book.codes[0])


def test_an_excluded_word_does_not_place_a_printed_quote():
    book = _book(f"{AFFIRMED} Kode ini tidak dipakai bila kasur hanya dipindah ke gudang.")
    assert guessed_codes(book, [("Semua barang lama so pindah ke gudang.",)])[0][0] == "sapu"


@pytest.mark.parametrize("statement", [
    "Asuransi tidak mencakup ongkos kapal ke rumah sakit di kota.",
    "Keluarga yang dikecualikan dari bantuan membayar sendiri ongkos kapal.",
    "This code is not limited to fathers: any relative paying the boat fare counts.",
])
def test_a_sentence_stating_what_the_code_is_stays_its_evidence(statement):
    # only words about the coding itself exclude: here the code's own matter is stated
    text = affirmed_text(_book(statement).codes[0])
    assert "kapal" in text or "fare" in text
