"""Whether a turn's gloss tells a grader anything: an Indonesian turn's gloss is its own words
again (the glosser keeps an Indonesian word as itself), and a card that shows every word twice,
word over word, is twice as long for nothing. Such a gloss is not shown, as a translation equal to
the text is not."""

from __future__ import annotations

from pipeline.gloss.tokens import WORD_RE


def repeats_words(text: str, gloss: str) -> bool:
    """True when each item of `gloss` is the word of `text` in its place, case aside (a masked
    "[NIK]" of the gloss is the word NIK of the text, whose brackets are no word's)."""
    glosses = [item.strip("[]") for item in gloss.split()]
    words = WORD_RE.findall(text)
    return bool(glosses) and len(words) == len(glosses) and all(
        word.casefold() == item.casefold() for word, item in zip(words, glosses))
