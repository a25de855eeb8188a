"""Split a transcript body into speaker turns, or a document into paragraphs, with offsets.

Offsets index the decoded source text, so `source[start:end] == text` holds for every
segment; that is what lets REFI-QDA selections and evidence spans point at the original.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.schema import INTERVIEWER_LABELS

# "LABEL: text" where LABEL is one to three short words ("P", "A1", "Ibu Kader").
LABEL_LINE = re.compile(
    r"^[ \t\u00a0\ufeff\u200b]*(?P<label>[^\W\d_][\w.\-']*(?:[ \t][\w.\-']+){0,2})[ \t]*:(?!//)[ \t\u00a0]*",
    re.UNICODE,
)
INFORMANT_CODE = re.compile(r"^[A-Za-z]{1,4}[-_]?\d{1,4}$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0\r]*\n")
MAX_LABEL_LENGTH = 25


@dataclass(frozen=True)
class RawSegment:
    speaker: str
    start: int
    end: int
    line: int


def is_interviewer(label: str) -> bool:
    return label.strip().casefold() in INTERVIEWER_LABELS


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _candidate_labels(text: str, body_start: int) -> list[tuple[int, int, str]]:
    """(line start offset, offset after the label's colon, label) for every label-like line."""
    found = []
    position = body_start
    for line in text[body_start:].splitlines(keepends=True):
        match = LABEL_LINE.match(line)
        if match and len(match.group("label")) <= MAX_LABEL_LENGTH:
            found.append((position, position + match.end(), match.group("label").strip()))
        position += len(line)
    return found


def speaker_labels(text: str, body_start: int, known_speakers: set[str]) -> list[tuple[int, int, str]]:
    """Keep the label-like lines that really are speaker labels.

    "Jadi begini: ..." inside a turn looks like a label; a label counts only if it is an
    interviewer label, a known informant code, shaped like a code (A1, INF-03), or used twice.
    """
    candidates = _candidate_labels(text, body_start)
    uses = Counter(label.casefold() for _, _, label in candidates)
    known = {speaker.casefold() for speaker in known_speakers}
    return [
        candidate
        for candidate in candidates
        if is_interviewer(candidate[2])
        or candidate[2].casefold() in known
        or INFORMANT_CODE.match(candidate[2])
        or uses[candidate[2].casefold()] >= 2
    ]


def split_turns(text: str, body_start: int, labels: list[tuple[int, int, str]]) -> tuple[list[RawSegment], RawSegment | None]:
    """Turns between consecutive labels; also returns any text before the first label."""
    segments = []
    preamble = None
    first_label = labels[0][0] if labels else len(text)
    start, end = _strip_span(text, body_start, first_label)
    if end > start:
        preamble = RawSegment("", start, end, text.count("\n", 0, start) + 1)
    for index, (line_start, text_start, label) in enumerate(labels):
        next_start = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        start, end = _strip_span(text, text_start, next_start)
        if end <= start:
            continue  # a label with no words after it: nothing to keep
        segments.append(RawSegment(label, start, end, text.count("\n", 0, line_start) + 1))
    return segments, preamble


def split_paragraphs(text: str, body_start: int) -> list[RawSegment]:
    """A document without speaker labels: one segment per blank-line-separated paragraph."""
    segments = []
    position = body_start
    for match in list(PARAGRAPH_BREAK.finditer(text, body_start)) + [None]:
        stop = match.start() if match else len(text)
        start, end = _strip_span(text, position, stop)
        if end > start:
            segments.append(RawSegment("", start, end, text.count("\n", 0, start) + 1))
        if match:
            position = match.end()
    return segments
