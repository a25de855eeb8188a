"""A definition sentence ending in a bracket and a stop ("... (Posbindu PTM). Not coded when ...")
is a sentence of its own (issue 14, round 19c): its affirming words are read, the exclusion
after it is left out; and the table rows this reading needed."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import affirmed_text
from pipeline.coding.related import related_words
from pipeline.coding.sentences import sentences

BOOK = """
name: Sentences (test)
themes:
  - id: t
    label: T
    categories:
      - id: c
        label: C
        codes:
          - id: senam
            label: Senam lansia
            definition: >
              Older people join the weekly gymnastics at the village hall (Senam Sehat Lansia).
              Not coded when only young people exercise.
            keywords: [senam]
"""


def test_a_stop_after_a_bracket_ends_a_sentence():
    text = "Fishermen sell at the harbour (Pasar Ikan). Not coded when they sell at home (RT 3)."
    assert sentences(text) == ["Fishermen sell at the harbour (Pasar Ikan).",
                               "Not coded when they sell at home (RT 3)."]
    # an abbreviation in brackets stops a sentence too; a lone initial still does not
    assert len(sentences("They went to the clinic (RSUD). Then home.")) == 2
    assert len(sentences("Ask J. Walker (the nurse) first.")) == 1


def test_the_affirming_sentence_before_an_exclusion_is_kept():
    code = parse_codebook(BOOK).codes[0]
    text = affirmed_text(code)
    assert "gymnastics" in text
    assert "young" not in text


def test_craving_reaches_the_plain_wish():
    assert "rasa ingin" in related_words().indonesian("craving")


def test_a_bare_pipe_is_not_water():
    # a pipe bought with cement and a toilet bowl is building material; a water pipe is water
    related = related_words().related("sumur")
    assert "pipa air" in related
    assert "pipa" not in related
