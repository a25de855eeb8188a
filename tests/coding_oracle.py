"""The oracle of rule coding: every rule, in rule order, on one view, with the window search
written plainly (no trigger index, no bit masks, no shortcuts), as the coder first did it.

The fast paths of `pipeline.coding.rules` are tested against it (test_coding_speed2 on random
rules, test_coding_speed_equivalence on the Wori codebook and real turns).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.coding.rule_windows import CompiledRule
from pipeline.coding.rules import Firing
from pipeline.coding.spans import Occurrence


def may_fire(rule: CompiledRule, present: set[str] | frozenset[str], question_terms: frozenset[str]) -> bool:
    """The test on the set of terms present, before any position is looked at."""
    for slot in rule.slots:
        if slot.isdisjoint(present):
            return False
    if rule.context and rule.context.isdisjoint(present):
        return bool(rule.slots) and not rule.context.isdisjoint(question_terms)
    return True


def plain_find_window(rule: CompiledRule, occ: dict[str, list[Occurrence]],
                      question_terms: frozenset[str]) -> list[Occurrence] | None:
    def spans_of(terms: frozenset[str]) -> list[Occurrence]:
        return sorted({span for term in terms if term in occ for span in occ[term]})

    def overlaps(a: Occurrence, b: Occurrence) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    def gap(a: Occurrence, b: Occurrence) -> int:
        return max(0, b[0] - a[1], a[0] - b[1])

    context_spans = spans_of(rule.context)
    if rule.context and not context_spans:
        if not rule.slots or question_terms.isdisjoint(rule.context):
            return None
    context = context_spans[:1]
    slot_occ = [spans_of(slot) for slot in rule.slots]
    if any(not spans for spans in slot_occ):
        return None
    matched = [span for spans in slot_occ for span in spans] + context
    blockers = sorted(span for span in spans_of(rule.none)
                      if not any(m[0] <= span[0] and span[1] <= m[1] and span != m for m in matched))
    if blockers and rule.none_within is None:
        return None
    if not slot_occ:
        for span in context_spans:
            if not any(gap(b, span) <= rule.none_within for b in blockers):
                return [span]
        return None
    by_end = [sorted(spans, key=lambda s: (s[1], s[0])) for spans in slot_occ]
    for left in sorted({start for spans in slot_occ for start, _ in spans}):
        picks: list[Occurrence] = []
        for spans in by_end:
            pick = next((s for s in spans if s[0] >= left and not any(overlaps(s, p) for p in picks)), None)
            if pick is None:
                break
            picks.append(pick)
        else:
            if rule.within is not None and max(e for _, e in picks) - min(s for s, _ in picks) > rule.within:
                continue
            if blockers and any(gap(b, picks[0]) <= rule.none_within for b in blockers):
                continue
            return sorted(set(picks) | {c for c in context if not any(overlaps(c, p) for p in picks)})
    return None


def plain_fire(rules: list[CompiledRule], doc: Doc, occ: dict[str, list[Occurrence]],
               question_terms: frozenset[str]) -> tuple[dict[int, Firing], set[int]]:
    fired: dict[int, Firing] = {}
    vetoed: set[int] = set()
    if not occ:
        return fired, vetoed
    present = set(occ)
    for rule in rules:
        if rule.code_index in vetoed or not may_fire(rule, present, question_terms):
            continue
        if not rule.veto and rule.code_index in fired and fired[rule.code_index].confidence >= rule.confidence:
            continue
        picks = plain_find_window(rule, occ, question_terms)
        if picks is None:
            continue
        if rule.veto:
            vetoed.add(rule.code_index)
            fired.pop(rule.code_index, None)
            continue
        fired[rule.code_index] = Firing(rule.code_index, rule.confidence,
                                        " … ".join(doc[start:end].text for start, end in picks))
    return fired, vetoed
