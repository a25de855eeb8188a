"""A compiled rule, and the window of term occurrences that makes it fire in one view of a segment.

A rule fires when one occurrence of each of its `all` term lists lies within `within` tokens,
an `any` term occurs, and no `none` term blocks it (see codebooks/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.coding.related import related_window
from pipeline.coding.spans import (
    Occurrence,
    any_overlap,
    earliest_ending,
    end_then_start,
    gap,
    inside_any,
    spans_of,
    with_context,
)

SINGLE_CONFIDENCE = 0.75      # a rule with one term list (specific phrases)


@dataclass(frozen=True)
class CompiledRule:
    code_index: int
    slots: tuple[frozenset[str], ...]         # `all`: term lists that must all occur (within)
    context: frozenset[str] = frozenset()     # `any`: one must occur anywhere in the view
    none: frozenset[str] = frozenset()
    none_within: int | None = None
    within: int | None = None
    confidence: float = SINGLE_CONFIDENCE
    veto: bool = False
    kind: str = ""                            # evidence other than a rule (keywords.py kinds)
    borrows: bool = False                     # `context: previous_turn`: `all` lists may be met there
    register: str = ""                        # keywords.WRITTEN/SPOKEN: read in documents/speech only
    senses: dict[str, frozenset[str]] | None = field(default=None, compare=False)  # related.py: pair rule
    apart_from_roles: frozenset[str] = frozenset()   # a question rule's answer terms that do not support a role asked
    for_the_role: frozenset[str] = frozenset()   # a question rule's answer terms that take a topic the role lends
    topic: frozenset[str] = frozenset()       # `topic`: met in a document's headline or lead, they meet `any`
    ordered: bool = False                     # the `all` lists' occurrences in their order only
    about: frozenset[str] = frozenset()       # a feeling's rule: the lemmas its named matter may be (felt_states.py)


def find_window(rule: CompiledRule, occ: dict[str, list[Occurrence]],
                question_terms: frozenset[str] = frozenset(),
                present: set[str] | None = None,
                borrowed: frozenset[str] | None = None) -> list[Occurrence] | None:
    """The occurrences that make `rule` fire in one view, or None.

    One occurrence per `all` term list, inside `within` tokens, plus the first occurrence of an
    `any` term (anywhere in the view, or, for a rule with `all` terms, in the question the turn
    answers). A `none` term vetoes the rule anywhere in the view, or,
    with `none_within`, only when it is that close to the occurrence of the first `all` list
    (the term the exclusion is about: "tidak" before "membantu"). For each possible left edge
    each list contributes its earliest-ending occurrence at or after it; that enumerates the
    minimal windows, which is enough for `within`.
    """
    if present is None:
        present = set(occ)
    if rule.senses is not None:  # two words of different senses: no borrowing
        return None if borrowed is not None else related_window(rule.slots, rule.senses, occ, present, rule.within)
    # term lists can hold a hundred terms and a view a handful: intersect before looking up
    context_spans = spans_of(rule.context & present, occ) if rule.context else []
    if rule.context and not context_spans:
        if not rule.slots or question_terms.isdisjoint(rule.context):
            return None
    context = context_spans[:1]
    slot_occ: list[list[Occurrence]] = []
    for slot in rule.slots:
        spans = spans_of(slot & present, occ)
        if not spans:
            if borrowed is None or slot.isdisjoint(borrowed):
                return None
            continue   # met in the turn before
        slot_occ.append(spans)
    if borrowed is not None and (not slot_occ or len(slot_occ) == len(rule.slots)):
        return None    # nothing of the turn's own, or nothing borrowed: not this pass's business
    blockers: list[Occurrence] = []
    none_terms = rule.none & present if rule.none else None
    if none_terms:
        matched = [span for spans in slot_occ for span in spans] + context
        blockers = sorted(span for term in none_terms for span in occ[term] if not inside_any(span, matched))
        if blockers and rule.none_within is None:
            return None
    if not slot_occ:
        for span in context_spans:
            if not any(gap(b, span) <= rule.none_within for b in blockers):
                return [span]
        return None
    if all(len(spans) == 1 for spans in slot_occ):
        # One occurrence per list (the usual case): the only left edge that can work is the
        # earliest start, where every list's occurrence is the candidate.
        picks = [spans[0] for spans in slot_occ]
        if any_overlap(picks) or not _fits(rule, picks, blockers):
            return None
        return with_context(picks, context)
    by_end = [sorted(spans, key=end_then_start) if len(spans) > 1 else spans for spans in slot_occ]
    for left in sorted({start for spans in slot_occ for start, _ in spans}):
        picks = []
        for spans in by_end:
            pick = earliest_ending(spans, left, picks)
            if pick is None:
                break
            picks.append(pick)
        else:
            if _fits(rule, picks, blockers):
                return with_context(picks, context)
    return None


def _fits(rule: CompiledRule, picks: list[Occurrence], blockers: list[Occurrence]) -> bool:
    """The picked occurrences lie within `rule.within` tokens, with no blocker near the first."""
    if rule.within is not None and max(end for _, end in picks) - min(picks)[0] > rule.within:
        return False
    if rule.ordered and any(later[0] < earlier[0] for earlier, later in zip(picks, picks[1:])):
        return False
    return not blockers or not any(gap(b, picks[0]) <= rule.none_within for b in blockers)
