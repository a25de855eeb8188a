"""Exports of transcription tools that name each turn's speaker but give no times.

A tool's numbered label alone on its line ("Speaker 1", then the words on the lines below) was read as
the words' first line, every turn one informant's (the interviewer's questions coded as hers); it opens
a turn here as noScribe's label does.

WhisperX's .txt (`--diarize`) writes one line per segment, "[SPEAKER_00]: words" (whisperx/utils.py,
WriteTXT); noScribe's .txt with its Timestamps option off (the default) writes the audio file's name,
a block about the transcription ("Transcribed with noScribe vers. ...", "Audio file: ...", the
options in parentheses), then one paragraph per turn, "S00: words" (its HTML transcript as text; the
speakers are "S" and pyannote's number). Read as a typed transcript, such a file's labels became
informants called "S00" and "SPEAKER_01" (the file read as quotations, the interviewer's questions
coded as an informant's words) and a mapping of them was refused. Read here, each labelled line and
the unlabelled lines after it are a cue without times (`time_start` and `time_end` stay empty), so
the batch maps the labels as it maps a subtitle file's, and a label it does not map stops the run.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from pipeline.ingest.subtitles import BRACKETED, Cue
from pipeline.ingest.export_titles import title_note
from pipeline.ingest.timed_text import MIN_HEADERS, TITLE_LINES
from pipeline.ingest.turns import LABEL_LINE, NOSCRIBE_LABEL, is_interviewer

# "[SPEAKER_00]: words" (WhisperX), "S00: words" (noScribe), "SPEAKER_01: words" (pyannote's own labels),
# and a tool's numbered speaker alone on its line above the words ("Speaker 1", "Pembicara 2": a phone
# recorder's shared text, an app's .txt without times)
SPEAKER_LINES = (re.compile(rf"^{BRACKETED}:[ \t]*(?P<rest>.*)$"),
                 re.compile(rf"^(?P<label>{NOSCRIBE_LABEL}|SPEAKER_\d{{2}})[ \t]*:[ \t]*(?P<rest>.*)$"),
                 re.compile(r"^(?P<label>(?:Speaker|Pembicara|Penutur)[ _]?\d{1,2}|SPEAKER_\d{2})[ \t]*:?(?P<rest>)$"))


def _speaker_line(line: str) -> re.Match[str] | None:
    stripped = line.strip()
    return next((match for pattern in SPEAKER_LINES if (match := pattern.match(stripped))), None)


def untimed_export_cues(text: str, path: Path, warnings: list[str], body_line: int = 1,
                        known: frozenset[str] | set[str] = frozenset()) -> list[Cue] | None:
    """The turns of an export whose speaker lines have no time, as cues without times; None when the
    text from `body_line` on does not have that shape: its first speaker line is not among its first
    non-blank lines after a title of up to TITLE_LINES, it has fewer than MIN_HEADERS speaker lines,
    or one of their labels is an informant the batch knows (a study whose informants are S01, S02), or
    noScribe's "S01:" lines stand beside a typed interviewer's ("P: ...", which noScribe never writes: a
    study's informant codes S01, S02 typed by hand, without informants.csv)."""
    lines = text.split("\n")
    top = islice((line for line in lines[body_line - 1:] if line.strip()), TITLE_LINES + 1)
    if not any(_speaker_line(line) for line in top):   # most files: a quick no
        return None
    filled = [index for index in range(body_line - 1, len(lines)) if lines[index].strip()]
    starts = [index for index in filled if _speaker_line(lines[index]) is not None]
    if len(starts) < MIN_HEADERS or starts[0] not in filled[:TITLE_LINES + 1]:
        return None
    if any(_speaker_line(lines[index])["label"] in known for index in starts):
        return None
    if _beside_typed_interviewer(lines, body_line, set(starts)):
        return None
    title = [lines[index].strip() for index in filled if index < starts[0]]
    cues = []
    if title:
        cues.append(title_note(title, (filled[0] + 1, starts[0]), f"{path}: ", "speaker line",
                               "the recording's name, the tool's notes", warnings, open_times=True))
    for start, stop in zip(starts, [*starts[1:], len(lines)]):
        said = _speaker_line(lines[start])
        if SPEAKER_LINES[0].match(lines[start].strip()) is None:   # noScribe: a turn's paragraph, over lines
            cues.append(_untimed(said["label"].strip(), " ".join([said["rest"], *lines[start + 1:stop]]), start))
            continue
        # WhisperX: a line per segment; one without "[SPEAKER_..]:" is a segment given no speaker
        cues.append(_untimed(said["label"].strip(), said["rest"], start, segment=True))
        cues.extend(_untimed("", lines[index], index, segment=True) for index in range(start + 1, stop)
                    if lines[index].strip())
    return cues


def _beside_typed_interviewer(lines: list[str], body_line: int, starts: set[int]) -> bool:
    """A line other than the speaker lines that opens with an interviewer's label ("P:", "Peneliti:")."""
    for index in range(body_line - 1, len(lines)):
        if index not in starts and (match := LABEL_LINE.match(lines[index])) is not None \
                and is_interviewer(match["label"]):
            return True
    return False


def _untimed(label: str, words: str, index: int, segment: bool = False) -> Cue:
    return Cue(label, " ".join(words.split()), 0, 0, index + 1, open_start=True, open_end=True, segment=segment)
