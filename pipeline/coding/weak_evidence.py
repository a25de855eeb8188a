"""When weak evidence stands: a code's label or definition words, its examples, a keyword's
own word without the study's subject (`topic_keywords.py`), or the interviewer's question.

On the development sets such a piece alone is wrong about half the time (a code's label
words: 6 right of 15; the question: 9 of 20), most of all in a turn where another code of the
codebook has a keyword: the turn is about that code, and the weak words are its background
(label words then 2 right of 8, the question 3 of 9). Seconded by a second piece of another
kind (the question and a word related to the code in the answer: 7 right of 8) it holds.

So a lone weak piece yields to a code with a keyword or a codebook rule in the same turn; a
seconded one stands, with a little more confidence, and its evidence shows both pieces
("takut (label) + takut … suntik (related)").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Protocol, TypeVar

from pipeline.coding.evidence import FIRINGS, untagged
from pipeline.coding.keyword_rule import ANSWER, STRONG, WEAK, kinds_that


class Evidence(Protocol):
    """What is read of a firing (`rules.Firing`, which imports this module)."""

    confidence: float
    evidence: str
    kind: str
    second: str


class Rule(Protocol):
    """What is read of a compiled rule (`rule_windows.CompiledRule`)."""

    code_index: int
    kind: str


WEAK_KINDS = kinds_that(WEAK)
STRONG_KINDS = kinds_that(STRONG)   # "": a rule the codebook wrote
SECONDED_BONUS = 0.05
_WORD = re.compile(r"\w+")

Found = TypeVar("Found", bound=dict)
Firing = TypeVar("Firing", bound=Evidence)
Rules = TypeVar("Rules", bound=Rule)


def needed_rules(rules: list[Rules], indices: frozenset[int]) -> list[Rules]:
    """The rules that decide the codes at `indices`: theirs, and, when one of them takes weak
    evidence, every other code's strong rules and vetoes, which can outweigh it."""
    weak = any(rule.kind in WEAK_KINDS for rule in rules if rule.code_index in indices)
    return [rule for rule in rules if rule.code_index in indices or (weak and rule.kind in STRONG_KINDS)]


def seconds(firing: Firing, kind: str) -> bool:
    """Whether a firing of `kind` can second `firing`: a lone weak piece, another weak kind."""
    return firing.kind in WEAK_KINDS and not firing.second and kind not in STRONG_KINDS and kind != firing.kind


def seconded(firing: Firing, kind: str, evidence: str) -> Firing:
    """`firing` with a second piece of evidence of `kind` (`evidence`, its kind named in it);
    `firing` itself when that piece holds no word of its own (a definition rule finding the
    label's words again)."""
    if _words(evidence) <= _words(firing.evidence):
        return firing
    return dataclasses.replace(firing, confidence=round(firing.confidence + SECONDED_BONUS, 3),
                               evidence=f"{firing.evidence}{FIRINGS}{evidence}", second=kind)


def _words(evidence: str) -> set[str]:
    return set(_WORD.findall(untagged(evidence).casefold()))


def without_outweighed(found: Found) -> Found:
    """A turn's codes (code index -> (firing, view, confidence)) without those resting on a
    lone weak piece when another code has strong evidence there; not a yes opening the answer to
    a yes/no question naming the code, which says what the turn answers ("Kalau BPJS dia so ada?"
    "So ada, ... waktu di rumah sakit ...": 3 such codes of the development interviews, all right).
    Every ANSWER firing is such a yes: `rules.CompiledCodebook.fire_matches` makes one only from a
    yes word that opens the answer (`answers.opens_with`), so its kind alone is checked here."""
    if len(found) < 2:
        return found
    lone = {index for index, (firing, _, _) in found.items()
            if firing.kind in WEAK_KINDS and firing.kind != ANSWER and not firing.second}
    if not lone or not any(firing.kind in STRONG_KINDS for firing, _, _ in found.values()):
        return found
    return type(found)((index, value) for index, value in found.items() if index not in lone)
