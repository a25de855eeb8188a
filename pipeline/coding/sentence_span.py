"""Where a sentence ends in the coder's tokens, the one definition the coding rules share, and
whether a window of term occurrences lies within one sentence of its view.

A sentence ends at ".", "!", "?" or ";". A line break ends one where the reader asks
(`line_break`): the sentence around a sum of money (amounts.py) and a capital that starts a line
(proper_names.py) stop there, but words a codebook gives loosely do not, because a list item is
read with its heading joined by a line break. Words a codebook gives loosely (a keyword's words in
any order, label, definition, example and related words) say something together only inside one
sentence: "... karena DBD. Bidan desa ..." names no village action.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.coding.keyword_rule import LOOSE, kinds_that
from pipeline.coding.spans import Occurrence

SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
LOOSE_KINDS = kinds_that(LOOSE)


def ends_sentence(token: Token, line_break: bool = False) -> bool:
    """Whether `token` ends a sentence: a full stop, "!", "?" or ";", and with `line_break` a
    line break too."""
    return token.text in SENTENCE_ENDS or (line_break and "\n" in token.text)


def sentence_around(doc: Doc, start: int, end: int, line_break: bool = False) -> tuple[int, int]:
    """The token span of the sentence that holds doc[start:end] (its end mark left out)."""
    left = start
    while left > 0 and not ends_sentence(doc[left - 1], line_break):
        left -= 1
    right = end
    while right < len(doc) and not ends_sentence(doc[right], line_break):
        right += 1
    return left, right


def crosses_sentence(doc: Doc, picks: list[Occurrence]) -> bool:
    """A sentence end lies between the first and the last picked occurrence (a list item read
    with its heading is joined by a line break, which does not count)."""
    if len(picks) < 2:
        return False
    start = min(s for s, _ in picks)
    end = max(e for _, e in picks)
    return any(ends_sentence(token) for token in doc[start:end])


def in_one_sentence(doc: Doc, occ: dict[str, list[Occurrence]],
                    window: Callable[[dict[str, list[Occurrence]], set[str]], list[Occurrence] | None]
                    ) -> list[Occurrence] | None:
    """The first window (`window` over occurrences and the terms present) that one sentence of
    `doc` holds: a window found first across a sentence end ("... memeriksa 20 orang. Kontak yang
    sehat diberi rifampisin ...") may hide a pair the next sentence holds alone."""
    ends = [i + 1 for i, token in enumerate(doc) if ends_sentence(token)]
    for start, end in zip([0, *ends], [*ends, len(doc)]):
        inside = {term: kept for term, spans in occ.items()
                  if (kept := [span for span in spans if start <= span[0] and span[1] <= end])}
        if inside and (picks := window(inside, set(inside))) is not None:
            return picks
    return None
