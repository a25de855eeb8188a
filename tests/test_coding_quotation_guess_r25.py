"""A code's `examples:` are quotes its author would place under it (coding/quotation_guess.py):
a printed quote saying what an example says in other words of the same scene is evidence of
that code."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
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
