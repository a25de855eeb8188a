"""A code's `examples:` are quotes its author would place under it (coding/quotation_guess.py):
a printed quote saying what an example says in other words of the same scene is evidence of
that code; the Manado function words an example is written with are not (function_words.example_content_words)."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.keyword_rule import EXAMPLES as EXAMPLE_PAIRS
from pipeline.coding.label_rules import label_rules
from pipeline.coding.quotation_guess import guessed_codes

EXAMPLES = parse_codebook("""
name: Malaria (test)
themes:
  - {id: t, label: Pencegahan, categories: [{id: c, label: Rumah tangga, codes: [
      {id: kelambu, label: Tidur berkelambu, keywords: [kelambu], definition: 'The family sleeps under a net.',
       examples: ['Anak-anak tidur di bawah tirai halus, jendela ditutup kalau sore.']},
      {id: semprot, label: Penyemprotan rumah, keywords: [semprot], definition: 'Walls are sprayed by the team.',
       examples: ['Petugas datang bawa tangki, dinding dapur disiram obat nyamuk.']}]}]}
""")


def test_a_quote_sharing_words_with_one_codes_example_goes_under_it():
    # no word of either label, definition or keywords; "dinding", "tangki" only in the second's example
    guess = guessed_codes(EXAMPLES, [("Bulan lalu tangki besar itu dibawa keliling, dinding kami basah semua.",)])[0]
    assert guess is not None and guess[0] == "semprot"


FUNCTION_WORDS = parse_codebook("""
name: Keluarga (test)
themes:
  - {id: t, label: Rumah tangga, categories: [{id: c, label: Harian, codes: [
      {id: makan, label: Makan bersama, keywords: [piring], definition: 'Families share their meals.'},
      {id: antar, label: Antar pasien, keywords: [ojek], definition: 'A neighbour takes the patient.',
       examples: ['Tetangga gonceng dia sampe Puskesmas, kong tunggu di depan ruang periksa.']}]}]}
""")


def test_a_manado_function_word_of_an_example_is_no_evidence():
    # "sampe" (until) glosses as a stop word: only "piring" says anything
    guess = guessed_codes(FUNCTION_WORDS, [("Dia cuci piring sampe malam.",)])[0]
    assert guess is not None and guess[0] == "makan"


def test_an_examples_pair_rule_holds_no_manado_function_word():
    # the weak pair of two example words (label_rules): "sampe" would pair with any word of the example
    code = FUNCTION_WORDS.codes[1]
    pairs = [rule for rule in label_rules(code, FUNCTION_WORDS, list(code.keywords), True) if rule.kind == EXAMPLE_PAIRS]
    assert pairs and all("sampe" not in slot for rule in pairs for slot in rule.slots)
