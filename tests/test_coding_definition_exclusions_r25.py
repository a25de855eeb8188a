"""A definition that affirms exclusion ("avoided, excluded or mocked") keeps its words: only a
sentence opening with "Excludes" or saying "this code excludes" leaves its matter out
(codebook_words.affirmed_text)."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import affirmed_text

REJECTION = parse_codebook("""
name: Stigma (test)
themes:
  - {id: t, label: Stigma, categories: [{id: c, label: Sosial, codes: [
      {id: dikucilkan, label: Dikucilkan tetangga, keywords: [dikucilkan],
       definition: 'The person is avoided, excluded or mocked by neighbours. Not coded when neighbours help.'}]}]}
""")


def test_a_definition_about_being_excluded_keeps_its_own_sentence():
    assert "avoided" in affirmed_text(REJECTION.codes[0])


EXCLUDES = parse_codebook("""
name: Stigma (test)
themes:
  - {id: t, label: Stigma, categories: [{id: c, label: Sosial, codes: [
      {id: dikucilkan, label: Dikucilkan tetangga, keywords: [dikucilkan],
       definition: 'The person is avoided by neighbours. Excludes teasing at school. This code excludes gossip.'}]}]}
""")


def test_a_sentence_saying_what_the_code_excludes_is_still_left_out():
    text = affirmed_text(EXCLUDES.codes[0])
    assert "avoided" in text and "teasing" not in text and "gossip" not in text
