"""Source texts as REFI-QDA stores them (LF line endings) and the offset maps to and from them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np
import pandas as pd

_CRLF = re.compile("\r\n")


def to_lf(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class LineEndingMap:
    """Maps character offsets of a text to offsets in its LF form.

    A CRLF pair becomes one LF, so an offset after it moves back by one; an offset between the
    CR and the LF moves to after the LF. Lone CRs are replaced one for one.
    """

    crlf_lf_positions: tuple[int, ...]   # indices of the LF of each CRLF pair in the original

    @classmethod
    def of(cls, text: str) -> "LineEndingMap":
        return cls(tuple(match.start() + 1 for match in _CRLF.finditer(text)))

    def __call__(self, offset: int) -> int:
        return offset - bisect_left(self.crlf_lf_positions, offset)


@dataclass(frozen=True)
class SegmentSpans:
    """Where one document's segments lie in a stored (LF) source text."""

    segment_ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    def overlapping(self, text: str, start: int, end: int) -> list[str]:
        """Segments a selection [start, end) touches with at least one non-blank character."""
        hits = np.flatnonzero((self.starts < end) & (start < self.ends))
        return [str(self.segment_ids[hit]) for hit in hits
                if text[max(start, self.starts[hit]):min(end, self.ends[hit])].strip()]


def locate_segments(stored: str, segments: pd.DataFrame) -> SegmentSpans:
    """Find each segment's text in the stored source, in source order.

    Searching forward from the end of the previous segment finds each turn where it is even
    when the other tool changed the text around it (front matter dropped, line endings), as
    long as the turn's own words are unchanged.
    """
    ordered = segments
    if "start" in segments.columns:   # numeric order: a segments.csv read back holds strings
        ordered = segments.iloc[np.argsort(pd.to_numeric(segments["start"], errors="coerce").to_numpy(), kind="stable")]
    ids, starts, ends = [], [], []
    cursor = 0
    for segment_id, text in zip(ordered["segment_id"].astype(str), ordered["text"].astype(str)):
        wanted = to_lf(text)
        if not wanted.strip():
            continue
        found = stored.find(wanted, cursor)
        if found < 0:   # the other tool changed this turn: codings on it will lie on no segment
            continue
        ids.append(segment_id)
        starts.append(found)
        ends.append(found + len(wanted))
        cursor = found + len(wanted)
    return SegmentSpans(np.array(ids, dtype=object), np.array(starts, dtype=int), np.array(ends, dtype=int))
