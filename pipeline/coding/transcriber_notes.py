"""What a transcriber wrote in brackets inside an interview turn is nobody's words.

Transcribers type what they heard and, in brackets, what happened: "(tertawa)", "[suara anak
menangis]", "(suster datang, rekaman berhenti sebentar)", "[tidak jelas]". Read as the informant's
words, such a note coded a nurse's visit in a turn that says "Nda ada" and a cost from a neighbour's
talk in the background. In the coder's view of an interview's turns (the text and its translation,
which keeps the brackets) a bracketed stretch on one line is read as blank space of its length, so
the offsets evidence is found at stay the text's. A document's brackets (a reference, an office's
acronym) and a quotation set's (the author's "[...]" or "[suami]") are the author's writing and stay.
The segment's own text (what is quoted) is unchanged. A bracket of at most three words right after
a pronoun or a demonstrative ("Dia (suami saya) larang", "dorang [petugas] nda datang") is the
transcriber saying whom or what the speaker means, not an event: it stays.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.coding.line_wraps import with_unwrapped_documents
from pipeline.coding.quotations import quotation_flags
from pipeline.coding.quote_attributions import ATTRIBUTED, blank_printed_speaker, is_attribution
from pipeline.coding.pronouns import PRONOUNS
from pipeline.ingest.line_shapes import without_notes

# the words a clarification follows: pronouns (Manado *de*, dia, too) and demonstratives
POINTING = PRONOUNS | {"de", "itu", "ini", "tu", "ni", "tersebut"}
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def clarifies(before: str, bracket: str) -> bool:
    """Is `bracket` (after `before`) a clarification of whom or what a pronoun or demonstrative means?"""
    last = _LAST_WORD.search(before)
    return (last is not None and last[1].casefold() in POINTING
            and len(bracket[1:-1].split()) <= 3 and "," not in bracket)


def coder_view(segments: pd.DataFrame, documents: frozenset[str]) -> pd.DataFrame:
    """The segments as the rules read them: the wrapped lines of `documents`' paragraphs read as one
    (line_wraps.py), a quote's attribution left out (quote_attributions.py), and the transcriber's
    bracketed notes of the other files' turns left out."""
    segments = with_unwrapped_documents(segments, documents)
    if "document" not in segments or segments.empty:
        return segments
    quoted = pd.Series(quotation_flags(segments), index=segments.index)
    segments = _blanked(segments, quoted, ATTRIBUTED, lambda before, bracket: not is_attribution(before, bracket))
    segments = _without_printed_speakers(segments, quoted)
    return _blanked(segments, ~segments["document"].isin(documents) & ~quoted, r"[\[(]", clarifies)


def _without_printed_speakers(segments: pd.DataFrame, quoted: pd.Series) -> pd.DataFrame:
    """`segments` with the speaker a quote's line prints without a bracket (quote_attributions.py)
    blanked in the quotes' text and translation."""
    columns = [column for column in ("text", "translation") if column in segments]
    changed = {column: [blank_printed_speaker(value) for value in segments.loc[quoted, column]] for column in columns}
    if all(new == old for column in columns for new, old in zip(changed[column], segments.loc[quoted, column])):
        return segments
    segments = segments.copy()
    for column in columns:
        segments.loc[quoted, column] = changed[column]
    return segments


def _blanked(segments: pd.DataFrame, rows: pd.Series, sign: str, kept) -> pd.DataFrame:
    """`segments` with the bracketed notes of `rows` (those whose text or translation holds `sign`)
    blanked, but those `kept` says stay (line_shapes.without_notes)."""
    columns = [column for column in ("text", "translation") if column in segments]
    if not rows.any() or not any(segments.loc[rows, column].astype(str).str.contains(sign).any()
                                 for column in columns):
        return segments
    segments = segments.copy()
    for column in columns:
        segments.loc[rows, column] = [without_notes(value, kept) if isinstance(value, str) else value
                                      for value in segments.loc[rows, column]]
    return segments
