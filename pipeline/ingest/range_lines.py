"""Transcripts saved from whisper.cpp's console: "[00:00:01.000 --> 00:00:06.000]  words" lines.

whisper.cpp (and the Mac apps built on it) prints each segment on a line of its own with its start
and end in brackets (`examples/main/main.cpp`, `whisper_print_segment_callback`; with stereo
`--diarize` a "(speaker 0)" before the words), and users save that output as the transcript. Read
as a typed transcript no line opened with a label, so the whole interview became one informant's
document, the times glued into its words and glossed as numbers, the questions included. Here
each line is a cue with its times, as a subtitle cue is: a "Speaker 1: ..." or "[SPEAKER_00]: ..."
label in its words, or whisper.cpp's "(speaker 0)", is a speaker the batch maps, and a file without
any is one informant's words (`subtitle_turns`). A line without the brackets continues the cue above.

DaVinci Resolve's transcript export (a video editor's, for interviews filmed) writes each segment as
"[00:00:03:18 - 00:00:08:08]" (SMPTE timecodes, the last field the frame), the speaker's name on the
line below (its speaker detection's "Speaker 1", or the name the editor gave) and the words, indented,
under it. Read as a typed transcript, the timecodes were glued into the words of the turn above and
quoted. Here each block is a cue, its speaker the line under the timecode when the block has words
below it; the frames are read at the lowest common rate above the file's highest frame (24, 25, 30),
at most a second off. Its speaker detection names every block's speaker, and without it none: a block
without a speaker line among named ones stops the run at its line (`_check_speakers`).
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest.subtitles import Cue, check_times
from pipeline.ingest.clocks import milliseconds
from pipeline.ingest.export_titles import title_note
from pipeline.ingest.timed_text import MIN_HEADERS, TITLE_LINES
from pipeline.ingest.turns import TIME

RANGE_LINE = re.compile(rf"^[ \t]*\[(?P<start>{TIME})[ \t]*-->[ \t]*(?P<end>{TIME})\][ \t]*(?P<rest>.*)$")
# DaVinci Resolve: "[00:00:03:18 - 00:00:08:08]", hours, minutes, seconds and the frame
SMPTE = r"\d{1,2}:\d{2}:\d{2}:\d{2}"
FRAME_RANGE_LINE = re.compile(rf"^[ \t]*\[(?P<start>{SMPTE})[ \t]*-[ \t]*(?P<end>{SMPTE})\][ \t]*(?P<rest>.*)$")
FRAME_RATES = (24, 25, 30, 50, 60)
SPEAKER_WORDS = 5   # a speaker line under the timecode: a name or "Speaker 1", a few words without a sentence end
# whisper.cpp's stereo diarization: "(speaker 0)", "(speaker ?)" before the words
CPP_SPEAKER = re.compile(r"^\((?P<label>speaker [0-9?]+)\)[ \t]*", re.IGNORECASE)
# a line shaped as a timing line (a bracket opening with a time, a dash or an arrow, a closing bracket) that
# the file's pattern does not read: a time mistyped ("00:0x:15:00"), which would glue its turn to the one above
TIMING_SHAPED = re.compile(r"^[ \t]*\[[ \t]*\d{1,2}:[^\]\n]*(?:-->|-)[^\]\n]*\]")
# a line set off by dashes or stars, as a transcriber ends the file: "-- selesai --", "*** END ***"
CLOSING_MARK = re.compile(r"^[ \t]*[-=*#~_]{2,}")


def range_cues(text: str, path: Path, warnings: list[str], body_line: int = 1) -> list[Cue] | None:
    """The segments of a whisper.cpp-style transcript as cues with their times; None when the text
    from `body_line` on does not open with such a line among its first TITLE_LINES + 1 non-blank
    lines or has fewer than MIN_HEADERS of them. InputError when the times run backwards or a
    timing line's times cannot be read."""
    lines = text.split("\n")
    top = list(islice((line for line in lines[body_line - 1:] if line.strip()), TITLE_LINES + 1))
    pattern = next((shape for shape in (RANGE_LINE, FRAME_RANGE_LINE) if any(shape.match(line) for line in top)), None)
    if pattern is None:   # most files: a quick no
        return None
    starts = [index for index in range(body_line - 1, len(lines)) if pattern.match(lines[index])]
    if len(starts) < MIN_HEADERS:
        return None
    _check_timing_lines(lines, set(starts), path, body_line)
    if pattern is FRAME_RANGE_LINE:
        return _frame_cues(lines, starts, path, warnings, body_line)
    title = [line.strip() for line in lines[body_line - 1:starts[0]] if line.strip()]
    cues = [title_note(title, (body_line, starts[0]), f"{path}: ", "timed line", "the recording's name or the "
                       "tool's settings", warnings)] if title else []
    for start, stop in zip(starts, [*starts[1:], _closing(lines, starts[-1], path, warnings)]):
        found = RANGE_LINE.match(lines[start])
        words = " ".join(" ".join([found["rest"], *lines[start + 1:stop]]).split())
        voice = ""
        if (speaker := CPP_SPEAKER.match(words)) is not None:
            voice, words = speaker["label"].lower(), words[speaker.end():]
        cues.append(Cue(voice, words, milliseconds(found["start"]), milliseconds(found["end"]), start + 1,
                        segment=True))
    check_times(cues, path)
    return cues


def _check_timing_lines(lines: list[str], starts: set[int], path: Path, body_line: int) -> None:
    """InputError at the first line shaped as a timing line that the file's pattern does not read."""
    for index in range(body_line - 1, len(lines)):
        if index not in starts and TIMING_SHAPED.match(lines[index]):
            raise InputError.at(path, f"'{lines[index].strip()}' looks like a timing line but its times cannot be "
                                "read (each time is hh:mm:ss with frames or milliseconds, as on the other timing "
                                "lines); correct it, or its turn is read as the words of the turn above", index + 1)


def _frame_cues(lines: list[str], starts: list[int], path: Path, warnings: list[str], body_line: int) -> list[Cue]:
    """DaVinci Resolve's blocks as cues: the line under the timecode the speaker when words follow it."""
    found = [FRAME_RANGE_LINE.match(lines[start]) for start in starts]
    frames = max(int(time.rsplit(":", 1)[1]) for match in found for time in (match["start"], match["end"]))
    rate = next((rate for rate in FRAME_RATES if frames < rate), FRAME_RATES[-1])
    title = [line.strip() for line in lines[body_line - 1:starts[0]] if line.strip()]
    cues = [title_note(title, (body_line, starts[0]), f"{path}: ", "timed line", "the recording's name or the "
                       "tool's settings", warnings)] if title else []
    for start, stop, match in zip(starts, [*starts[1:], _closing(lines, starts[-1], path, warnings)], found):
        block = [line for line in [match["rest"], *lines[start + 1:stop]] if line.strip()]
        voice = ""
        if len(block) > 1 and _speaker_line(block[0]):
            voice, block = block[0].strip(), block[1:]
        cues.append(Cue(voice, " ".join(" ".join(block).split()), _frame_ms(match["start"], rate),
                        _frame_ms(match["end"], rate), start + 1, segment=True))
    _check_speakers([cue for cue in cues if not cue.title], path)
    check_times(cues, path)
    return cues


def _check_speakers(cues: list[Cue], path: Path) -> None:
    """InputError at a block that names no speaker where the file's other blocks do: its speaker line was
    deleted or never typed, and read as a continuation its words (an answer) would join the turn above (the
    question). A file whose blocks name no speaker at all (speaker detection off) is one informant's words."""
    named = sum(1 for cue in cues if cue.voice)
    unnamed = next((cue for cue in cues if not cue.voice), None)
    if named and unnamed is not None:
        raise InputError.at(path, f"this block names no speaker on the line under its timecode, where {named} of the "
                            f"file's {len(cues)} blocks do; type the speaker's name (as the other blocks write it) on "
                            "that line, or its words are read as the turn above's", unnamed.line)


def _speaker_line(line: str) -> bool:
    """A name or a tool's "Speaker 1" on its own line: a few words, no sentence's end, not indented as the words are."""
    words = line.split()
    return (not line[:1].isspace() and len(words) <= SPEAKER_WORDS
            and not line.rstrip().endswith((".", "?", "!", ",")))


def _frame_ms(time: str, rate: int) -> int:
    """"00:00:03:18" at `rate` frames a second as milliseconds."""
    clock, frame = time.rsplit(":", 1)
    return milliseconds(clock) + round(int(frame) * 1000 / rate)


def _closing(lines: list[str], last: int, path: Path, warnings: list[str]) -> int:
    """Where the last timed line's words end: lines after it that a blank line or a marker ("-- selesai --")
    sets apart are a closing line, left out of its words with a warning naming file and line."""
    stop = len(lines)
    while stop > last + 1 and not lines[stop - 1].strip():
        stop -= 1
    for index in range(last + 1, stop):
        if not lines[index].strip() or CLOSING_MARK.match(lines[index]):
            first = next(at for at in range(index, stop) if lines[at].strip())
            shown = " / ".join(line.strip() for line in lines[first:stop] if line.strip())
            warnings.append(f"{path}:{first + 1}: '{shown}' after the last timed line is no part of its words "
                            "(a closing line, not a turn): left out")
            return index
    return stop
