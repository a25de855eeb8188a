"""Markdown headings in a transcript: section and session boundaries, never a speaker's words.

An interview held over two days may be typed into one file with a heading before each session
("## Sesi 1 (2026-09-03)", "## Sesi 2 (2026-09-10)"; in Word, a paragraph in a heading style). Split only at speaker labels, the second
heading would end the turn before it and be quoted as the informant's words. So a heading line
(with any unlabelled lines after it, up to the next speaker label) is a note segment of its own,
and a date written in it is that session's date: COREQ counts an informant's dated sessions as
interviews (item 18, repeat interviews).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from pipeline.ingest.interview_parts import interview_parts
from pipeline.ingest.turns import RawSegment, strip_span
from pipeline.schema import NOTE

HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S[^\n]*$", re.MULTILINE)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def is_heading(text: str) -> bool:
    """Whether a segment's text starts with a Markdown heading line."""
    return HEADING.match(text) is not None


TITLE_WORDS = 8
"""A note of one line and at most this many words is a heading's title: a Word heading paragraph
("Sesi 2 (2026-09-10)") is a note without Markdown's `#` marks."""


def session_date(text: str) -> str | None:
    """The YYYY-MM-DD date in a note segment's heading line ("## Sesi 2 (2026-09-10)", or a title
    line alone: a Word heading), or None."""
    if not is_heading(text) and ("\n" in text.strip() or len(text.split()) > TITLE_WORDS):
        return None
    found = _ISO_DATE.search(text.split("\n", 1)[0])
    return found.group(1) if found else None


def dated_sessions(notes: Iterable[str]) -> list[str]:
    """The distinct session dates the note segments of one transcript give, in order."""
    return list(dict.fromkeys(date for text in notes if (date := session_date(text)) is not None))


def interviews_per_informant(segments: pd.DataFrame, spoken: pd.DataFrame) -> pd.Series:
    """Per informant, the transcripts they speak in (`spoken`: their turns), a transcript with
    dated session headings counting once per date, an interview kept in several files
    (`interview_parts`: "K7_bagian1", "K7_bagian2") once."""
    sessions = {}
    if {"text", "speaker_role"} <= set(segments.columns):
        notes = segments[segments["speaker_role"].astype(str) == NOTE]
        sessions = {document: len(dated_sessions(texts.astype(str))) for document, texts in notes.groupby("document")["text"]}
    pairs = spoken[["informant", "document"]].drop_duplicates()
    single = pairs.drop_duplicates("document", keep=False)   # a file of one informant
    parts = interview_parts(dict(zip(single["document"], single["informant"])))
    counted = [max(1, sessions.get(document, 0)) if parts.get(document, (document,))[0] == document else 0
               for document in pairs["document"]]   # an interview kept in several files counts once
    return pairs.assign(interviews=counted).groupby("informant")["interviews"].sum()


def _stripped(text: str, start: int, end: int) -> RawSegment | None:
    start, end = strip_span(text, start, end)
    return RawSegment("", start, end, text.count("\n", 0, start) + 1) if end > start else None


def line_starts(text: str, lines: frozenset[int]) -> tuple[int, ...]:
    """The offsets in `text` where the given lines (from 1) begin, in order."""
    starts, offset = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if number in lines:
            starts.append(offset)
        offset += len(line) + 1
    return tuple(starts)


def split_at_headings(text: str, segment: RawSegment,
                      marked: tuple[int, ...] = ()) -> tuple[RawSegment | None, list[RawSegment]]:
    """A turn (or the text before the first label) cut at its heading lines (Markdown ones, and
    those starting at the `marked` offsets: a Word file's heading paragraphs): the part before the
    first heading, keeping the turn's speaker (None when the segment starts with a heading), and
    one note segment (speaker "") from each heading to the next one or the segment's end."""
    starts = sorted({match.start() for match in HEADING.finditer(text, segment.start, segment.end)}
                    | {start for start in marked if segment.start <= start < segment.end})
    if not starts:
        return segment, []
    before = _stripped(text, segment.start, starts[0])
    notes = [note for start, stop in zip(starts, [*starts[1:], segment.end])
             if (note := _stripped(text, start, stop)) is not None]
    if before is not None:
        before = before._replace(speaker=segment.speaker, line=segment.line)
    return before, notes
