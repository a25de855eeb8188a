"""Per-code cache keys: what each code's codings are computed from, so that a codebook edit
recodes only the codes it changed (runtime/annotate.py keeps each document's codings by them)."""

from __future__ import annotations

from pipeline.coding.rule_windows import CompiledRule
from pipeline.coding.rules import CompiledCodebook
from pipeline.coding.value_pairs import opposites
from pipeline.coding.weak_evidence import STRONG_KINDS, WEAK_KINDS
from pipeline.digests import digest


def code_keys(compiled: CompiledCodebook) -> list[str]:
    """Per code (codebook order), the hash of everything its codings are computed from: the
    code itself (label, ids, settings, keywords...) and its compiled rules, which already hold
    what other parts of the codebook lend it (concepts, other codes' examples, the study's
    topic words). No list of fields is kept here: a new code field or rule key enters the key
    through the code's repr or its compiled rules. Equal keys give equal codings for equal
    segments (`CompiledCodebook.restricted` computes some codes alone). A code taking weak
    evidence also depends on the other codes' strong rules, which can outweigh it, and a code of a
    pair of opposite value on its opposite's (value_pairs.py)."""
    keys = []
    for index, code in enumerate(compiled.codes):
        own = [_canonical(rule) for rule in compiled.rules if rule.code_index == index]
        terms = {term for rule in compiled.rules if rule.code_index == index
                 for group in (*rule.slots, rule.context, rule.none) for term in group}
        if any(rule.kind in WEAK_KINDS for rule in compiled.rules if rule.code_index == index):
            # its lone weak evidence yields to the other codes' strong evidence (weak_evidence.py)
            own += sorted(repr((_canonical(rule), repr(compiled.codes[rule.code_index]))) for rule in compiled.rules
                          if rule.code_index != index and rule.kind in STRONG_KINDS)
        # a pair's side is decided with its opposite's evidence and value words (value_pairs.one_side)
        own += sorted(repr((_canonical(rule), repr(compiled.codes[rule.code_index]))) for rule in compiled.rules
                      if rule.code_index in opposites(frozenset({index}), compiled.codes, compiled.codebook))
        # whether a fare stands for its cost terms depends on the other codes (amounts.fareless_terms)
        fareless = [repr(sorted(fares))] if (fares := compiled.fareless & terms) else []
        keys.append(digest("code", repr(code), repr(own), repr(sorted(compiled.negatable & terms)), *fareless))
    return keys


def _canonical(rule: CompiledRule) -> tuple[object, ...]:
    """A rule as a value independent of its code's position and of set iteration order."""
    return (tuple(sorted(slot) for slot in rule.slots), sorted(rule.context), sorted(rule.none), rule.none_within,
            rule.within, rule.ordered, rule.confidence, rule.veto, rule.kind, rule.borrows,
            None if rule.senses is None else sorted((term, sorted(found)) for term, found in rule.senses.items()))
