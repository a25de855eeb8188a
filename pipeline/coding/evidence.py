"""The evidence column's text (codings.csv `evidence`), written and read in this one place.

A coding's evidence is what a reviewer reads: the turn's words each rule matched. Its grammar:
a firing's terms joined by " … " ("ibu … bidan"); a term's kind named after it in brackets
("takut (label)", "kader (informant's role)"); a word the turn holds only in its translation
after the turn's own words in square brackets ("kase inga [mengingatkan]", own_words.py); a
weak piece seconded by another firing after " + " ("takut (label) + takut … suntik (related)",
weak_evidence.py); a quotation set's code placed by its author's words alone after FILL_EVIDENCE,
or guessed from the code's whole description after GUESS_EVIDENCE (quotations.py); an interview
answer guessed with its question after ASKED_EVIDENCE (answer_guess.py); a list's heading given
the code most of its items take as "(most of its list's items)" (heading_codes.py). The stages that read evidence again (the documents convention, quotation
excerpts, the review's marks) read it through the functions here, never by splitting it
themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline.coding.sentences import sentence_span

TERMS = " \u2026 "   # between the terms of one firing
FIRINGS = " + "      # between a weak piece and the firing that seconds it
FILL_EVIDENCE = "placed by its author: strongest evidence "   # before a filled quotation's words
# before a guessed quotation's words (quotation_guess.py): the weaker guess says so
GUESS_EVIDENCE = "placed by its author: the code whose description it shares most words with: "
# before the words of an interview answer guessed with its question (answer_guess.py)
ASKED_EVIDENCE = "a guess: the code whose description the question and the answer share: "

_TAG = re.compile(r"\([^()]*\)")                      # "(label)", "(heading)"
_TAGS = re.compile(r"\[[^\]]*\]|\([^)]*\)")           # tags and a translation's words "[...]"
_FIRING_SPLIT = re.compile(r"\s\+\s")
_TERM_SPLIT = re.compile(r"\s*\u2026\s*")
# the words before a translation's brackets ("kase inga [mengingatkan]"): the turn's own
_OWN_WORDS = re.compile(r"([^\[\]\u2026+()]+?) \[[^\]]*\]")
# what the review marks word by word: phrases between "…" (and ";", "|", "..." of evidence typed by hand)
_MARKED_SPLIT = re.compile(r"\s*(?:;|\||\u2026|\.\.\.)\s*")
# what joins the phrases of an evidence string, and the kinds named after them ("(related)", " + ")
PHRASE_JOINS = re.compile(r"( \u2026 | \+ |\s*\([^()]*\))")


def joined(terms) -> str:
    """One firing's terms as its evidence."""
    return TERMS.join(terms)


def filled(terms) -> str:
    """The evidence of a quotation placed under a code by its strongest words (quotations.py)."""
    return FILL_EVIDENCE + joined(terms)


def guessed(terms) -> str:
    """The evidence of a quotation placed under the code whose description it shares most words
    with (quotation_guess.py)."""
    return GUESS_EVIDENCE + joined(terms)


def is_guessed(evidence: str) -> bool:
    """Is `evidence` a guessed quotation's (`guessed`)?"""
    return evidence.startswith(GUESS_EVIDENCE)


def asked_and_answered(answer_words: Iterable[str], question_words: Iterable[str]) -> str:
    """The evidence of an interview answer placed under the code whose description it and its
    question share (answer_guess.py): the answer's words, then the question's, tagged."""
    return ASKED_EVIDENCE + FIRINGS.join(filter(None, (joined(answer_words), tagged(joined(question_words), "question"))))


def _without_fill(evidence: str) -> str:
    """`evidence` without the prefix of a filled or guessed quotation's, or a guessed answer's."""
    for prefix in (FILL_EVIDENCE, GUESS_EVIDENCE, ASKED_EVIDENCE):
        if evidence.startswith(prefix):
            return evidence[len(prefix):]
    return evidence


def tagged(words: str, tag: str) -> str:
    """`words` with the kind of evidence they are named after them."""
    return f"{words} ({tag})"


def terms(evidence: str) -> list[str]:
    """The terms of a firing's evidence, each with the tags after it."""
    return evidence.split(TERMS)


def term_words(term: str) -> str:
    """A term's words without the tags after it ("kader (informant's role)" -> "kader")."""
    return term.split(" (")[0].strip()


def term_places(text: str, words: str, flags: int = re.IGNORECASE) -> list[int]:
    """Where `words` stand in `text` as whole words (none for no words)."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text, flags)] if words else []


def untagged(evidence: str) -> str:
    """`evidence` with every tag "(...)" a space."""
    return _TAG.sub(" ", evidence)


def firing_texts(evidence: str) -> list[list[str]]:
    """Each firing of `evidence` as its terms' texts, tags and a translation's words left out
    ("a b … c + d (related)" -> [["a b ", " c "], [" d "]], to be split into words)."""
    return [_TERM_SPLIT.split(firing) for firing in _FIRING_SPLIT.split(_TAGS.sub(" ", _without_fill(evidence)))]


def marked_phrases(evidence: str) -> list[str]:
    """The phrases of `evidence` the review marks in a quote, each as written (tags included)."""
    return _MARKED_SPLIT.split(_without_fill(evidence or ""))


def own_words(evidence: str) -> str:
    """The turn's own words of evidence found in its translation ("kase inga" of "kase inga
    [mengingatkan] (related)", own_words.py), the phrases joined by "…"."""
    return TERMS.join(match.strip() for match in _OWN_WORDS.findall(evidence or ""))


def last_firing(evidence: str) -> str:
    """The firing a seconded piece's evidence ends with (the whole evidence of one firing)."""
    return evidence.rsplit(FIRINGS, 1)[-1]


def framed_everywhere(text: str, pieces: list[str], frame: Callable[[str, str], bool]) -> bool:
    """Does every place in `text` where one of a code's evidence `pieces` stands sit in `frame`
    (called with the sentence up to the piece and the whole sentence): a lesson's topic, a supply's
    object? False when a piece is empty or is not in `text`."""
    places = []
    for piece in pieces:
        found = term_places(text, piece) if piece.strip() else []
        if not found:
            return False
        for at in found:
            start, end = sentence_span(text, at, len(piece))
            places.append((text[start:at], text[start:end]))
    return bool(places) and all(frame(before, sentence) for before, sentence in places)


def sentence_at(text: str, position: int, length: int) -> str:
    """The sentence of `text` holding the `length` characters at `position`."""
    start, end = sentence_span(text, position, length)
    return text[start:end]


def sentences_holding(text: str, piece: str) -> list[str]:
    """Every sentence of `text` where a piece of evidence stands (the evidence names its words,
    not where they are: "Pelatihan konseling ... . Sejak Juni kader memberikan konseling ...")."""
    first = term_words(piece)
    positions = [m.start() for m in re.finditer(re.escape(first), text)] if first else []
    if not positions:
        return [text]
    return [sentence_at(text, position, len(first)) for position in positions]
