"""Interview turns read with wider windows for a minimal codebook's weaker evidence.

Speech spreads one thought over more words than written prose: particles, repetitions and
asides ("kong", "so", "le", "ee", "jo", "itu dia") sit between the two words that make a
label, definition, example or related-word pair. Measured on the development batches of three
studies (issue 14), widening those windows from 8 to 10 tokens raised the minimal codebooks'
agreement on every interview batch but one (which stayed within 0.003) and lowered it on
documents, which keep 8.

A keyword's words found apart (`keywords.KEYWORD_WORDS`: "sudah ... sembuh" for "sudah sembuh")
are read over SPOKEN_KEYWORD_WINDOW tokens in speech rather than KEYWORD_WINDOW ("sudah tidak
pusing, jadi dianggap sembuh"; "berapa lama merokok, lalu susun rencana berhenti"), unless a word
of the keyword names a place (`specificity.PLACE`: "rumah" of "melahirkan di rumah" is, a few
words off, the house the midwife visited or the "rumah sakit" someone was taken to).

Some keyword rules are read in one register only (`keywords.WRITTEN`, `keywords.SPOKEN`: a name
that a document mentions in its background, a speaker about their own case): each form keeps
its own.
"""

from __future__ import annotations

import dataclasses

from pipeline.coding.keyword_rule import CONSTRUCT, KEYWORD_WINDOW, KEYWORD_WORDS, SPOKEN, WEAK_PAIR_KINDS, WEAK_WINDOW, WRITTEN
from pipeline.coding.rules import CompiledCodebook, CompiledRule
from pipeline.coding.spans import term_text
from pipeline.coding.specificity import PLACE

SPOKEN_WINDOW = 10
SPOKEN_KEYWORD_WINDOW = 7   # a keyword's words apart, in speech (5 in documents)


def spoken(compiled: CompiledCodebook) -> CompiledCodebook:
    """`compiled` for interview turns: its weak pairs' windows widened for speech (same
    matchers), without the rules of documents; built once and kept with it."""
    wide = compiled.derived.get(SPOKEN)
    if wide is None:
        rules = [dataclasses.replace(rule, within=SPOKEN_WINDOW)
                 if rule.kind in WEAK_PAIR_KINDS | {CONSTRUCT} and rule.within == WEAK_WINDOW else
                 dataclasses.replace(rule, within=SPOKEN_KEYWORD_WINDOW) if _spread_keyword(rule) else rule
                 for rule in compiled.rules if rule.register != WRITTEN]
        wide = compiled.derived[SPOKEN] = _with_rules(compiled, rules)
    return wide


def _spread_keyword(rule: CompiledRule) -> bool:
    """Is `rule` a keyword's words in any order, none of them a place, read in a wider window in speech?"""
    return rule.kind == KEYWORD_WORDS and rule.within == KEYWORD_WINDOW and \
        not any(term_text(term).casefold() in PLACE for slot in rule.slots for term in slot)


def written(compiled: CompiledCodebook) -> CompiledCodebook:
    """`compiled` for document paragraphs: without the rules of speech; built once and kept."""
    form = compiled.derived.get(WRITTEN)
    if form is None:
        form = compiled.derived[WRITTEN] = dataclasses.replace(
            compiled, rules=[rule for rule in compiled.rules if rule.register != SPOKEN], written=True)
    return form


def _with_rules(compiled: CompiledCodebook, rules: list) -> CompiledCodebook:
    return compiled if rules == compiled.rules else dataclasses.replace(compiled, rules=rules)
