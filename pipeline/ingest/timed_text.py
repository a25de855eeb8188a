"""Exports of transcription tools: a speaker and time line before each turn's words.

Otter.ai, Microsoft Teams and similar tools export a transcript as .txt in one of these shapes:

    Speaker 1  0:03                  [00:01:02] Speaker 1:          Speaker 1 (00:01:02):
    Selamat pagi Ibu. ...            Selamat pagi Ibu. ...          Selamat pagi Ibu. ...

(the words may also follow on the header line itself in the last two). Read as a typed
transcript, the header lines would become words of one informant named after the file; read
here they become cues, each with its speaker label and start time (its end is the next turn's
start), and go through the same speaker mapping and checks as a .vtt or .srt file
(`subtitle_turns`). A file is taken to have this shape when its first non-blank line is such a
header and at least two lines are. A Word file's paragraphs are read the same way (after its
front matter, which a .txt export keeps in a sidecar instead), so "[00:01:15] P: ..." paragraphs
are turns whichever format the tool saved. The note free plans add at the end ("Transcribed by
https://otter.ai") is left out of the last turn, with a warning.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.ingest.subtitles import Cue, check_times

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\W\d_][^\n:()\[\]]{0,40}?"
HEADERS = (
    # "Speaker 1  0:03", "Sari Wuisan  01:02:03" (Otter.ai, Teams): the header line holds nothing else
    re.compile(rf"^(?P<label>{_NAME})[ \t]+(?P<time>{_TIME})[ \t]*$"),
    # "[00:01:02] Speaker 1:" (Descript, Happy Scribe), words on the line or below it
    re.compile(rf"^\[(?P<time>{_TIME})\][ \t]*(?P<label>{_NAME})[ \t]*:[ \t]*(?P<rest>.*)$"),
    # "Speaker 1 (00:01:02):" (Rev, Temi), words on the line or below it
    re.compile(rf"^(?P<label>{_NAME})[ \t]*[(\[](?P<time>{_TIME})[)\]][ \t]*:?[ \t]*(?P<rest>.*)$"),
)
MIN_HEADERS = 2
# files whose lines may be such an export: plain text, and Word (whose paragraphs are its lines)
TIMED_TEXT_SUFFIXES = (".txt", ".docx")
# the line free plans add at the end ("Transcribed by https://otter.ai"): the tool's, not the speaker's
TOOL_FOOTER = re.compile(r"^\s*transcribed by\s+(?:https?://)?\S+\.\S+\s*$", re.IGNORECASE)


def _header(line: str) -> re.Match[str] | None:
    stripped = line.strip()
    return next((match for pattern in HEADERS if (match := pattern.match(stripped))), None)


def milliseconds(time: str) -> int:
    """"0:03" (m:ss), "1:02:03" (h:mm:ss), with an optional fraction, as milliseconds."""
    whole, _, fraction = time.replace(",", ".").partition(".")
    seconds = 0
    for part in whole.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds * 1000 + (int(fraction.ljust(3, "0")[:3]) if fraction else 0)


def timed_export_cues(text: str, path: Path, warnings: list[str], body_line: int = 1) -> list[Cue] | None:
    """The turns of a timed export (a .txt file, or a Word file's paragraphs) as cues (voice =
    speaker label), or None when the text from `body_line` on (after any front matter) does not
    have that shape (a typed transcript or a document); InputError when its times run backwards.
    Cue lines count from the top of the text."""
    lines = text.split("\n")
    first = next((index for index in range(body_line - 1, len(lines)) if lines[index].strip()), None)
    if first is None or _header(lines[first]) is None:
        return None
    headers = [(index, match) for index, line in enumerate(lines[first:], start=first) if (match := _header(line))]
    if len(headers) < MIN_HEADERS:
        return None
    cues = []
    stops = [index for index, _ in headers[1:]] + [len(lines)]
    footer = next((index for index in range(headers[-1][0] + 1, len(lines)) if TOOL_FOOTER.match(lines[index])), None)
    if footer is not None:
        stops[-1] = footer
        warnings.append(f"{path}:{footer + 1}: '{lines[footer].strip()}' is the transcription tool's note, "
                        "not the speaker's words: left out of the last turn")
    for (index, match), stop in zip(headers, stops):
        rest = match.groupdict().get("rest") or ""
        words = " ".join(" ".join([rest, *lines[index + 1:stop]]).split())
        start = milliseconds(match["time"])
        cues.append(Cue(" ".join(match["label"].split()), words, start, start, index + 1))
    for cue, after in zip(cues, cues[1:]):
        cue.end_ms = max(cue.start_ms, after.start_ms)
    check_times(cues, path)
    return cues
