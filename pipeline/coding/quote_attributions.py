"""A printed quote's attribution is who speaks, not what the quote says.

A paper prints a quote and, after its closing quotation mark, who said it in brackets:
'"... kami tilang." (Informan 5, polisi lalu lintas)'. Read as the quote's words, the
attribution's role ("polisi lalu lintas") coded every quote of that informant with the code
whose label or definition names the role. In the rules' view of a quotation set's quotes a
bracket right after a closing quotation mark is read as blank space of its length (offsets
stay the text's); who speaks still counts through the informant's role (speaker.py). A bracket
inside the quote (the author's "[suami]", "(...)") is the author's writing and stays.
"""

from __future__ import annotations

import pandas as pd

from pipeline.coding.quotations import quotation_flags
from pipeline.ingest.line_shapes import without_notes

CLOSING_QUOTES = ('"', "\u201d", "\u00bb", "'", "\u2019")


def is_attribution(before: str, bracket: str) -> bool:
    """Does `bracket` follow the quote's closing quotation mark (`before` ends with it)?"""
    return before.rstrip().endswith(CLOSING_QUOTES)


def without_attributions(segments: pd.DataFrame) -> pd.DataFrame:
    """`segments` with each quote's attribution blanked in its text and translation."""
    quoted = pd.Series(quotation_flags(segments), index=segments.index)
    columns = [column for column in ("text", "translation") if column in segments]
    if not quoted.any() or not any(segments.loc[quoted, column].astype(str).str.contains(r"[\"\u201d\u00bb'\u2019]\s*[\[(]").any()
                                   for column in columns):
        return segments
    segments = segments.copy()
    for column in columns:
        segments.loc[quoted, column] = [
            without_notes(value, lambda before, bracket: not is_attribution(before, bracket))
            if isinstance(value, str) else value for value in segments.loc[quoted, column]]
    return segments
