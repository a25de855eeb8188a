"""Token spans of term occurrences: overlaps, gaps, and the windows rules are judged on."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.coding.evidence import joined, tagged
from pipeline.coding.negation import denied_tokens, negated_tokens
from pipeline.coding.specificity import ROLE, other_nominal

Occurrence = tuple[int, int]  # token start, end
KEYWORD_TERM = "keyword\x1f"   # term keys of keywords matched through their lemmas


BORROWED_TAG = "previous turn"
ROLE_TAG = "informant's role"   # a question rule's topic word found only in the informant's role (informants.csv)


def keyword_term_key(item: str, by_lemma: int, polarity: int) -> str:
    """The matcher key of a plain keyword: how it is matched (by_lemma: 0 as written, 1 with
    its lemma's other forms, 2 those but not the bare root), then its text (`term_text`)."""
    return f"{KEYWORD_TERM}{int(by_lemma)}{polarity}\x1f{item}"


def span_text(doc: Doc, text: str, start: int, end: int) -> str:
    """`doc[start:end].text`: the tokens cover `text` exactly, so the span is a slice of it."""
    last = doc[end - 1]
    return text[doc[start].idx:last.idx + len(last)]


def with_borrowed(evidence: str, slots: tuple[frozenset[str], ...], present: set[str], lent: frozenset[str]) -> str:
    """The evidence plus the terms of the `all` lists met only in the turn before."""
    extra = [min(slot & lent) for slot in slots if slot.isdisjoint(present) and not slot.isdisjoint(lent)]
    return joined([evidence] + [tagged(term_text(term), BORROWED_TAG) for term in extra])


def term_text(term_key: str) -> str:
    """The words a term key stands for, as the evidence column shows them."""
    return term_key.rsplit("\x1f", 1)[-1]


def drop_negated(doc: Doc, found: dict[str, list[Occurrence]], negatable: frozenset[str]) -> set[int]:
    """Remove the occurrences of negatable terms that start inside a negation scope; return
    the scope (`negated_tokens`)."""
    negated = negated_tokens(doc)
    if negated:
        keep_where(found, negatable, lambda span: span[0] not in negated)
    return negated


def drop_affirmed(doc: Doc, found: dict[str, list[Occurrence]], denied_only: frozenset[str],
                  negated: set[int] | None = None) -> None:
    """Remove the occurrences of terms of a code that names an absence ("Tidak memiliki kartu
    keluarga") where nothing says the thing is missing: "KK ada, akte ada" is no evidence.
    `negated`: the doc's negation scope when already known."""
    denied = denied_tokens(doc, negated)
    keep_where(found, denied_only, lambda span: span[0] in denied)


def drop_bare_roots(doc: Doc, found: dict[str, list[Occurrence]], affixed_only: frozenset[str]) -> None:
    """Remove the one-word occurrences of `affixed_only` terms that are a bare root (the word
    is its own lemma), nor the other kind of -an noun of its root: "pendataan" finds *mendata*,
    not *data*; "keturunan" not *penurunan* (specificity.py)."""
    for key in affixed_only.intersection(found):
        keyword = term_text(key)
        keep_where(found, frozenset({key}), lambda span: span[1] - span[0] > 1 or doc[span[0]].norm != doc[span[0]].lemma
              and not other_nominal(keyword, doc[span[0]].text))


def drop_role_nouns(doc: Doc, found: dict[str, list[Occurrence]], not_roles: frozenset[str]) -> None:
    """Remove the one-word occurrences of `not_roles` terms that are a role noun of their root
    ("merawat" is not the nurse, *perawat*; specificity.shares_a_role_root)."""
    keep_where(found, not_roles, lambda span: span[1] - span[0] > 1 or doc[span[0]].norm_ not in ROLE)


def drop_one_word(found: dict[str, list[Occurrence]], starts: set[int]) -> None:
    """Remove from `found` every one-token occurrence starting at one of `starts`."""
    keep_where(found, frozenset(found), lambda span: not (span[1] - span[0] == 1 and span[0] in starts))


def keep_where(found: dict[str, list[Occurrence]], keys: frozenset[str], wanted: Callable[[Occurrence], bool]) -> None:
    """Keep, of the `keys` in `found`, the occurrences `wanted`; a key left with none is removed."""
    for key in keys.intersection(found):
        kept = [span for span in found[key] if wanted(span)]
        if kept:
            found[key] = kept
        else:
            del found[key]


def with_context(picks: list[Occurrence], context: list[Occurrence]) -> list[Occurrence]:
    """The evidence spans: the picks plus the context occurrence unless it overlaps one, in order."""
    spans = set(picks)
    for c in context:
        if not any(overlaps(c, p) for p in picks):
            spans.add(c)
    return sorted(spans)


def any_overlap(picks: list[Occurrence]) -> bool:
    for i, (start, end) in enumerate(picks):
        for other_start, other_end in picks[:i]:
            if start < other_end and other_start < end:
                return True
    return False


def inside_any(span: Occurrence, matched: list[Occurrence]) -> bool:
    """A `none` term that is part of a matched phrase ("tidak" in "tidak mau") blocks nothing."""
    start, end = span
    for m in matched:
        if m[0] <= start and end <= m[1] and span != m:
            return True
    return False


def spans_of(terms: set[str] | frozenset[str], occ: dict[str, list[Occurrence]]) -> list[Occurrence]:
    """The distinct occurrences of any of `terms` (all in `occ`), in order; not to be modified.

    Usually a single term of a list is in the view, and its spans are already in order.
    """
    if len(terms) == 1:
        for term in terms:
            return occ[term]
    return sorted({span for term in terms for span in occ[term]})


def end_then_start(span: Occurrence) -> tuple[int, int]:
    """Earliest end first; of two phrases ending together, the longer one."""
    return span[1], span[0]


def earliest_ending(by_end: list[Occurrence], left: int, picks: list[Occurrence]) -> Occurrence | None:
    """The first span (in `end_then_start` order) starting at or after `left` that overlaps
    none of the spans already picked."""
    for span in by_end:
        start, end = span
        if start >= left:
            for other_start, other_end in picks:
                if start < other_end and other_start < end:
                    break
            else:
                return span
    return None


def overlaps(a: Occurrence, b: Occurrence) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gap(a: Occurrence, b: Occurrence) -> int:
    """Tokens strictly between two spans (0 when adjacent or overlapping)."""
    return max(0, b[0] - a[1], a[0] - b[1])
