"""Paired evaluative codes: two codes of one category that judge one matter in opposite ways.

Programme evaluations code by value (Saldaña's evaluation coding): a category holds a code for
the matter going well and one for it going badly ("Patuh minum obat" / "Berhenti minum obat"),
and the researcher writes one side's keyword as the other's negated ("rutin minum obat" /
"tidak rutin", "mampu" / "tidak mampu"). Such a pair is recognised by that negation: a keyword
of one code is a negator and words whose lemmas another code's keyword of the same category
opens with ("tidak ada yang bantu" / "dibantu": a negated existence before the act counts as
the act negated). "Not yet" ("belum periksa") is a time, not an opposite value: it makes no pair.

What a pair gives the coder:

* a keyword of one side said negated is evidence of the other side ("tidak terlambat" is prompt
  care, "nyanda jauh" is within reach): `denied_opposites`;
* a turn speaks of one side, not both: where both fire in an interview turn, the stronger
  evidence keeps its side (`one_side`).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from pipeline.coding.antonyms import NO_LONGER
from pipeline.coding.codebook_words import is_plain_keyword, word_lemma
from pipeline.coding.negation import NEGATORS, NOT_YET
from pipeline.records.codebook import Code, Codebook

# the words between a negator and the act in a negated existence ("tidak ada yang bantu")
_EXISTENTIAL = frozenset({"ada", "yang", "orang"})
Found = TypeVar("Found", bound=dict)


def _negated(keyword: str) -> tuple[str, ...] | None:
    """The lemmas a keyword denies ("tidak ada yang bantu" -> bantu), None for one that denies nothing."""
    words = keyword.casefold().split()
    if len(words) < 2 or words[0] not in NEGATORS or words[0] in NOT_YET:
        return None
    rest = [w for w in words[1:] if w not in _EXISTENTIAL]
    return tuple(word_lemma(w) for w in rest) or None


def _opens(denied: tuple[str, ...], keyword: str) -> bool:
    """Does `keyword` (not negated) open with the denied lemmas ("rutin minum obat" for "tidak rutin")?"""
    lemmas = tuple(word_lemma(w) for w in keyword.casefold().split())
    return _negated(keyword) is None and lemmas[:len(denied)] == denied


def value_pairs(codebook: Codebook) -> tuple[tuple[str, str], ...]:
    """(affirmed code id, negated code id) of each pair of opposite value (module docstring);
    codes written with rules are matched as written and make none."""
    key = repr(codebook)
    if key not in _PAIRS:
        _PAIRS[key] = _pairs(codebook)
    return _PAIRS[key]


_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {}   # per codebook content (its repr)


def _pairs(codebook: Codebook) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    by_category: dict[str, list[Code]] = {}
    for code in codebook.codes:
        if not code.rules:
            by_category.setdefault(code.category, []).append(code)
    for codes in by_category.values():
        for negative in codes:
            denied = [d for d in map(_negated, negative.keywords) if d]
            for positive in codes:
                if positive is negative or (positive.id, negative.id) in found:
                    continue
                if any(_opens(d, k) for d in denied for k in positive.keywords if is_plain_keyword(k)):
                    found.append((positive.id, negative.id))
    return tuple((a, b) for a, b in found if (b, a) not in found)


def opposite(code: Code, codebook: Codebook) -> Code | None:
    """The code of opposite value paired with `code`, if any."""
    for a, b in value_pairs(codebook):
        other = b if code.id == a else a if code.id == b else None
        if other is not None:
            return next(c for c in codebook.codes if c.id == other)
    return None


def denied_opposites(code: Code, codebook: Codebook) -> list[str]:
    """The phrases that say `code` by denying a keyword of its opposite ("tidak terlambat",
    "nyanda pernah terlambat" for prompt care whose opposite's keyword is `terlambat`); none for a
    code in no pair. A keyword negated already ("tidak mampu") is left out: its positive form is
    `code`'s own keyword. Written out, not read through the negation scope, whose absence words
    ("hilang sendiri") deny no value."""
    other = opposite(code, codebook)
    if other is None:
        return []
    return [f"{negator}{ever} {keyword.casefold()}" for keyword in other.keywords
            if is_plain_keyword(keyword) and _negated(keyword) is None and keyword.casefold().split()[0] not in NEGATORS
            for negator in NO_LONGER for ever in ("", " pernah")]


class _Compiled(Protocol):
    """What is read of a compiled codebook (`rules.CompiledCodebook`)."""

    codebook: Codebook
    codes: list[Code]
    written: bool


def one_side(found: Found, compiled: _Compiled) -> Found:
    """A turn's codes (code index -> (firing, view, confidence)) with one side of each pair: the
    side of the stronger evidence where both fire. A document paragraph keeps both: a rule or a
    report states both sides of its matter ("paid up to eight sessions; beyond them not covered")."""
    if compiled.written or len(found) < 2:
        return found
    index_of = {code.id: index for index, code in enumerate(compiled.codes)}
    dropped = set()
    for a, b in value_pairs(compiled.codebook):
        first, second = index_of.get(a), index_of.get(b)
        if first in found and second in found and found[first][2] != found[second][2]:
            dropped.add(second if found[first][2] > found[second][2] else first)
    return {index: value for index, value in found.items() if index not in dropped} if dropped else found
