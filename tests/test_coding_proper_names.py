"""Words inside a proper name are no weak evidence (pipeline/coding/proper_names.py): the
"Kesehatan" of "BPJS Kesehatan" or "Dinas Kesehatan" names an institution, not the health
a code's label speaks of; a keyword the researcher wrote still matches there."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook
from pipeline.coding.nlp import coding_nlp
from pipeline.coding.proper_names import in_name
from tests.test_coding_minimal import coded, codes_of

LABELLED = """
name: Nama (uji)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: akses
        label: Akses
        codes:
          - id: periksa
            label: Periksa kesehatan
            definition: The mother goes for a check-up.
            keywords: [timbang badan]
"""
KEYWORDED = LABELLED.replace("[timbang badan]", "[kesehatan]")


@pytest.mark.parametrize("text", [
    "Kita periksa tiap bulan di BPJS Kesehatan.",
    "Kita periksa tiap bulan ke kantor Dinas Kesehatan.",
])
def test_a_label_word_inside_a_name_is_no_evidence(text):
    assert codes_of(text, LABELLED) == set()


@pytest.mark.parametrize("text", [
    "Kita periksa tiap bulan, kesehatan bae.",
    "Kesehatan ibu diperiksa bidan tiap bulan.",      # a sentence's first word: no name
])
def test_the_same_words_outside_a_name_stand(text):
    assert codes_of(text, LABELLED) == {"periksa"}


def test_a_sentences_first_word_is_no_name_in_speech_either():
    # two sentences: speech, where label words may pair across a sentence end (in a document
    # they may not: tests/test_coding_sentence_windows.py)
    found = coded(LABELLED, ("P", "Bagaimana?"), ("A", "Apakah Ibu periksa? Kesehatan Ibu bae?"))
    assert set(found.loc[found["segment_id"] == "s1", "code_id"]) == {"periksa"}


def test_a_keyword_the_researcher_wrote_matches_inside_a_name():
    assert codes_of("Dorang dari Dinas Kesehatan datang kemarin.", KEYWORDED) == {"periksa"}


def test_which_words_continue_a_name():
    doc = coding_nlp()("Apakah Ibu ke Puskesmas Wori atau BPJS Kesehatan? Dinas Sosial datang.")
    named = [token.text for token in doc if in_name(doc, token.i)]
    assert named == ["Wori", "Kesehatan"]   # "Ibu" follows a sentence's first word, "Sosial" too


def test_a_title_capitalised_throughout_holds_names_only_after_an_acronym():
    doc = coding_nlp()("Tondano – BPJS Kesehatan Kantor Cabang Manado Perkuat Kepesertaan JKN Balita")
    named = [token.text for token in doc if in_name(doc, token.i, title=True)]
    assert named == ["Kesehatan", "Balita"]


TABOO = one_code_codebook("tabu", "Enggan membicarakan haid", "Parents avoid talking about puberty with their children.",
                          ["tabu", "pamali"], name="Tabu (uji)")


@pytest.mark.parametrize("text, found", [
    # a capitalised word the language does not know, mid-sentence: a place, whose letters only
    # look like the keyword's root with -kan
    ("Tim penyuluhan berangkat ke Desa Tabukan Lama pada hari Senin.", False),
    ("Penyuluhan kesehatan remaja digelar di balai kampung Tabukan kemarin sore.", False),
    # the keyword itself, and its affixed form in lower case
    ("Penyuluhan di sekolah belum jalan karena bicara soal haid masih dianggap tabu.", True),
    ("Penyuluhan sulit karena orang tua menabukan pembicaraan soal haid.", True),
])
def test_an_unknown_capitalised_word_is_a_name_not_a_keywords_affixed_form(text, found):
    assert ("tabu" in codes_of_paragraph(TABOO, text)) is found
    assert ("tabu" in codes_of_paragraph(TABOO, text, interview=True)) is found


def test_a_name_goes_on_after_its_bracketed_acronym():
    # news spells an institution out with its acronym bracketed inside the name
    doc = coding_nlp()("Kemarin Lembaga Penjamin Layanan (LPL) Kesehatan Cabang Bitung menggelar rapat (dua jam) Senin.")
    named = [token.text for token in doc if in_name(doc, token.i)]
    assert "Kesehatan" in named and "Senin" not in named   # "(dua jam)" is no acronym


@pytest.mark.parametrize("text, found", [
    ("Kita periksa di Lembaga Jaminan (LJS) Kesehatan.", set()),
    ("Kita periksa di Lembaga Jaminan (dua) Kesehatan.", {"periksa"}),   # no acronym in the brackets
])
def test_a_label_word_after_a_bracketed_acronym_is_no_evidence(text, found):
    assert codes_of(text, LABELLED) == found
