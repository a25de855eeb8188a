"""A document paragraph's wrapped lines read as one line of text.

A plan exported from PDF, or any paragraph typed with hard line breaks, reaches the coder with a
line break wherever a line of the page ended ("... pemeriksaan\\n  tekanan darah ..."). The rules
read a line break as the end of a sentence or of a list item (a heading and its items are joined
by one), so a keyword broken across two lines was not found, and words a codebook gives loosely
counted as two sentences. In the coder's view of a document segment, a line break that follows
no sentence or clause mark and does not start a list item, a table line, a heading or a number is
read as a space. The segment's own text (what offsets index, what is quoted) is unchanged.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.coding.paragraph_shape import is_title
from pipeline.ingest.line_shapes import BULLETS, ends_clause, list_marker

ITEM_LOOKAHEAD = 8   # characters of a line that hold its list marker ("(12) ", "b) ")
# a line break that may fall inside a sentence: before a line that is not a list item ("- ...",
# "1. ...", "(2) ..."), a table line or a Markdown heading; it does when the line before it ends no
# sentence or clause (`ends_clause`)
_WRAP = re.compile(rf"(?<=\S)[ \t]*\n(?P<indent>[ \t]*)(?=(?P<next>[^\s{re.escape(BULLETS)}|#\d(]))")


def unwrapped(text: str) -> str:
    """`text` with the line breaks inside its sentences read as spaces. After a list item's line
    (items often end without a full stop) only an indented or lower-case line goes on with it; a
    lettered item ("b) ...", whose letter no other mark before it keeps apart) starts its own. A
    title's line (`paragraph_shape.is_title`: "RENCANA KERJA 2026") ends before a capital, as a sentence."""
    if "\n" not in text:
        return text

    def joined(match: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if ends_clause(line):
            return match[0]
        if list_marker(text[match.end():match.end() + ITEM_LOOKAHEAD]) is not None:
            return match[0]
        if (list_marker(line) is not None and not match["indent"] or is_title(line)) and not match["next"].islower():
            return match[0]
        return " "

    return _WRAP.sub(joined, text)


def with_unwrapped_documents(segments: pd.DataFrame, documents: frozenset[str]) -> pd.DataFrame:
    """`segments` with the text and translation of the segments of `documents` unwrapped."""
    if not documents or "document" not in segments:
        return segments
    rows = segments["document"].isin(documents)
    if not rows.any():
        return segments
    segments = segments.copy()
    for column in ("text", "translation"):
        if column in segments:
            segments.loc[rows, column] = [unwrapped(value) if isinstance(value, str) else value
                                          for value in segments.loc[rows, column]]
    return segments
