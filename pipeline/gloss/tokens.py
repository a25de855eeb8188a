"""Regex tokenisation: words (letters and digits, with inner hyphens/apostrophes) and the glue between.

The glue (spaces and punctuation) is kept so a free translation can be rebuilt around the
translated words, and so multiword expressions and word-order rules never reach across
punctuation.
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")   # the same words, kept by split
_SENTENCE_BREAK = re.compile(r"[.!?…:;\n\"“”(]")


def tokenize(text: str) -> tuple[str, list[str], list[str]]:
    """(leading glue, words, glue after each word)."""
    parts = _SPLIT_RE.split(text)  # glue, word, glue, word, ..., glue
    return parts[0], parts[1::2], parts[2::2]


def words_of(text: str) -> list[str]:
    """The source words a gloss aligns with, in order."""
    return WORD_RE.findall(text)


def is_clause_internal(glue: str) -> bool:
    """True when only spaces separate two words, so a rule may combine them."""
    return not glue.strip()


def starts_sentence(previous_glue: str | None) -> bool:
    """A word starts a sentence if it is first, or the glue before it ends a sentence or opens a quote."""
    return previous_glue is None or bool(_SENTENCE_BREAK.search(previous_glue))
