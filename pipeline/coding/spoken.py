"""Interview turns read with wider windows for a minimal codebook's weaker evidence.

Speech spreads one thought over more words than written prose: particles, repetitions and
asides ("kong", "so", "le", "ee", "jo", "itu dia") sit between the two words that make a
label, definition, example or related-word pair. Measured on the development batches of three
studies (issue 14), widening those windows from 8 to 10 tokens raised the minimal codebooks'
agreement on every interview batch but one (which stayed within 0.003) and lowered it on
documents, which keep 8.

Some keyword rules are read in one register only (`keywords.WRITTEN`, `keywords.SPOKEN`: a name
that a document mentions in its background, a speaker about their own case): each form keeps
its own.
"""

from __future__ import annotations

import dataclasses

from pipeline.coding.keyword_rule import SPOKEN, WEAK_PAIR_KINDS, WEAK_WINDOW, WRITTEN
from pipeline.coding.rules import CompiledCodebook

SPOKEN_WINDOW = 10


def spoken(compiled: CompiledCodebook) -> CompiledCodebook:
    """`compiled` for interview turns: its weak pairs' windows widened for speech (same
    matchers), without the rules of documents; built once and kept with it."""
    wide = compiled.derived.get(SPOKEN)
    if wide is None:
        rules = [dataclasses.replace(rule, within=SPOKEN_WINDOW)
                 if rule.kind in WEAK_PAIR_KINDS and rule.within == WEAK_WINDOW else rule
                 for rule in compiled.rules if rule.register != WRITTEN]
        wide = compiled.derived[SPOKEN] = _with_rules(compiled, rules)
    return wide


def written(compiled: CompiledCodebook) -> CompiledCodebook:
    """`compiled` for document paragraphs: without the rules of speech; built once and kept."""
    form = compiled.derived.get(WRITTEN)
    if form is None:
        form = compiled.derived[WRITTEN] = dataclasses.replace(
            compiled, rules=[rule for rule in compiled.rules if rule.register != SPOKEN], written=True)
    return form


def _with_rules(compiled: CompiledCodebook, rules: list) -> CompiledCodebook:
    return compiled if rules == compiled.rules else dataclasses.replace(compiled, rules=rules)
