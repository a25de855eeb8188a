"""A long turn's quotation cut to the sentences that hold its coding's evidence, as journals print it.

A turn of more than SHORT_TURN_WORDS words is quoted from the sentences where the coding's evidence
(codings.csv `evidence`: the turn's own words a rule matched, `a … b` for words near each other, `+`
between two rules' findings) lies, each firing's shortest run of sentences holding its words, with
the sentence before and after it when that one is short (a little context: what "it" refers to), and
"[...]" where sentences are left out. A quote stays whole when no evidence word is found in its turn
(a grader's added code, a model's suggestion, evidence only in the question), when it has one
sentence (no stop to cut at: a transcript typed without full stops), or when a cut would leave out
too little to be worth a mark. Its translation is cut at the same sentences when it has as many
(the glosser translates sentence by sentence); otherwise it is kept whole, and the appendix says so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from pipeline.coding.evidence import firing_texts
from pipeline.coding.sentences import sentences
from pipeline.gloss.tokens import words_of
from pipeline.schema import OMISSION

SHORT_TURN_WORDS = 60      # a turn this long or shorter is quoted whole
CONTEXT_WORDS = 25         # a sentence beside the evidence this long or shorter is kept as its context
LEAST_LEFT_OUT = 0.25      # a cut that leaves out less than this share of the words is not made


class Excerpt(NamedTuple):
    """The quote as printed, and which of its turn's sentences it keeps (None: the whole turn)."""
    text: str
    kept: tuple[int, ...] | None
    sentences: int


def evidence_firings(evidence: str) -> list[list[str]]:
    """Each firing of `evidence` as its terms, each term its words casefolded between spaces
    ("a b … c + d" -> [[" a b ", " c "], [" d "]]); kind tags and translation brackets left out."""
    text = str(evidence or "")
    firings = []
    for firing in firing_texts(text):
        if terms := [_spaced(words) for term in firing if (words := words_of(term))]:
            firings.append(terms)
    return firings


def _spaced(words: list[str]) -> str:
    """Words casefolded between single spaces, a space at each end: a term is in a sentence when its
    string is in the sentence's."""
    return f" {' '.join(words).casefold()} "


@lru_cache(maxsize=8192)
def _split(text: str) -> tuple[str, ...]:
    """`sentences`, kept for the turns and translations quoted for several codes."""
    return tuple(sentences(text))


@lru_cache(maxsize=4096)
def _sentences_of(text: str, translation: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
    """A turn's sentences, their word counts, and the words searched in each (its own, and its
    translation's sentence's when the translation has as many; one turn quoted for several codes is
    read once)."""
    parts = _split(text)
    own = [words_of(part) for part in parts]
    translated = _split(translation) if translation and translation != text else ()
    searched = [_spaced(words) for words in own]
    if len(translated) == len(parts):
        searched = [f"{words}|{_spaced(words_of(part))}" for words, part in zip(searched, translated)]
    return parts, tuple(len(words) for words in own), tuple(searched)


def excerpt(text: str, evidence: str, translation: str = "") -> Excerpt:
    """The quotation of a turn `text` for a coding whose evidence is `evidence` (see the module);
    evidence found in the turn's `translation` (a rule that matched only the Indonesian words) is
    looked for in its sentences too when it has as many as the turn."""
    if len(text.split()) <= SHORT_TURN_WORDS:
        return Excerpt(text, None, 1)
    parts, lengths, searched = _sentences_of(text, translation)
    if len(parts) < 2:
        return Excerpt(text, None, len(parts))
    held: set[int] = set()
    for firing in evidence_firings(evidence):
        held.update(_shortest_run(firing, searched))
    if not held:
        return Excerpt(text, None, len(parts))
    kept = held | {beside for index in held for beside in (index - 1, index + 1)
                   if 0 <= beside < len(parts) and lengths[beside] <= CONTEXT_WORDS}
    if sum(lengths[index] for index in kept) > (1 - LEAST_LEFT_OUT) * sum(lengths):
        return Excerpt(text, None, len(parts))
    order = tuple(sorted(kept))
    return Excerpt(cut(parts, order), order, len(parts))


def _shortest_run(firing: list[str], searched: tuple[str, ...]) -> range:
    """The fewest consecutive sentences that hold every term of `firing` found in the turn (the
    first such run), or none when no term is found."""
    holding = [found for term in firing if (found := [index for index, words in enumerate(searched) if term in words])]
    best = range(0)
    for first in range(len(searched)):
        after = [next((index for index in found if index >= first), None) for found in holding]
        if None in after or not after:
            break
        if not best or max(after) - first + 1 < len(best):
            best = range(first, max(after) + 1)
    return best


def cut(parts: tuple[str, ...], kept: tuple[int, ...]) -> str:
    """The sentences `kept` of `parts`, "[...]" where any are left out (before, between, after)."""
    pieces, previous = [], -1
    for index in kept:
        if index > previous + 1:
            pieces.append(OMISSION)
        pieces.append(" ".join(parts[index].split()))
        previous = index
    if previous < len(parts) - 1:
        pieces.append(OMISSION)
    return " ".join(pieces)


def cut_like(translation: str, quote: Excerpt) -> str | None:
    """`translation` cut at the sentences the quote keeps, when it has as many sentences as the
    turn; the whole translation when the quote is whole; None when the two cannot be matched."""
    if quote.kept is None or not str(translation or "").strip():
        return translation
    parts = _split(str(translation))
    return cut(parts, quote.kept) if len(parts) == quote.sentences else None
