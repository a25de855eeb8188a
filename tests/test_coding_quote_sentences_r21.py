"""A definition sentence ending in a closing quote before its stop ('... the "tonic"). Not
coded when ...', '... called "arisan". Not coded ...') is a sentence of its own (issue 14,
round 21): before, the quote hid the break, the whole definition was one sentence holding "Not
coded" and none of its affirming words were read."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import affirmed_text, translated_definitions
from pipeline.coding.sentences import sentences

BOOK = """
name: Quotes (test)
themes:
  - {id: t, label: T, categories: [{id: c, label: C, codes: [
      {id: jamu, label: Minum jamu, keywords: [jamu], definition: 'Mothers buy brews from a trader
        (turmeric, the "tonic"). Not coded when the mother only says she stopped drinking them.'}]}]}
"""


def test_a_stop_after_a_quote_and_a_bracket_ends_a_sentence():
    text = 'Farmers sell to a trader (rice, the "red" kind). Not coded when they keep it.'
    assert sentences(text) == ['Farmers sell to a trader (rice, the "red" kind).', "Not coded when they keep it."]
    assert len(sentences('The group is called "arisan". Not coded when it is a bank.')) == 2
    assert len(sentences("He said 'no'. Then left.")) == 2
    # a lone initial still ends nothing
    assert len(sentences("Ask J. Walker first.")) == 1


def test_the_affirming_words_before_a_quoted_word_are_read():
    book = parse_codebook(BOOK)
    assert "turmeric" in affirmed_text(book.codes[0])
    # the English words reach their Indonesian ones as weaker evidence
    assert "pedagang" in translated_definitions(book)["jamu"]
