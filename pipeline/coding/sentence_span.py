"""Whether a window of term occurrences lies within one sentence of its view.

Words a codebook gives loosely (a keyword's words in any order, label, definition, example and
related words) say something together only inside one sentence: "... karena DBD. Bidan desa ..."
names no village action.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.coding.keywords import DEFINITION, EXAMPLES, KEYWORD_WORDS, LABEL, RELATED
from pipeline.coding.spans import Occurrence

SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
LOOSE_KINDS = frozenset({KEYWORD_WORDS, LABEL, DEFINITION, EXAMPLES, RELATED})


def crosses_sentence(doc: Doc, picks: list[Occurrence]) -> bool:
    """A sentence end lies between the first and the last picked occurrence (a list item read
    with its heading is joined by a line break, which does not count)."""
    if len(picks) < 2:
        return False
    start = min(s for s, _ in picks)
    end = max(e for _, e in picks)
    return any(token.text in SENTENCE_ENDS for token in doc[start:end])
