"""A category named after one of its codes names that code: its words are no study topic
(pipeline/coding/codebook_words.py, _named_code_lemmas). The codebooks (coffee drinking) are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import topic_lemmas, word_lemma

NAMED = """
name: Kopi (test)
themes:
  - id: kebiasaan
    label: Kebiasaan dan berhenti minum kopi
    categories:
      - id: berhenti
        label: %s
        codes:
          - id: upaya_berhenti
            label: Upaya berhenti minum kopi
            definition: A drinker tries to stop or to drink less coffee.
            keywords: ["berhenti minum kopi", "kurangi kopi"]
          - id: sakit_kepala
            label: Sakit kepala karena kafein
            definition: Headaches and tiredness on days without coffee.
            keywords: ["pusing", "sakit kepala"]
      - id: warung
        label: Warung kopi
        codes:
          - id: warung_kopi
            label: Minum kopi di warung
            definition: Drinking coffee with friends at a coffee stall.
            keywords: ["warung kopi", "ngopi"]
"""


def test_the_code_a_category_is_named_after_keeps_its_verb():
    topic = topic_lemmas(parse_codebook(NAMED % "Berhenti minum kopi"))
    assert word_lemma("berhenti") not in topic
    assert word_lemma("kopi") in topic   # every code's label holds it: still the study's word


def test_a_category_named_otherwise_still_names_the_study():
    topic = topic_lemmas(parse_codebook(NAMED % "Berhenti dan kafein"))
    assert word_lemma("berhenti") in topic
