"""Exports of transcription tools: a speaker and time line before each turn's words.

Otter.ai, Microsoft Teams, phone recorders and similar tools export a transcript as .txt (or a
transcriber pastes it into a .md or Word file) in one of these shapes:

    Speaker 1  0:03          [00:01:02] Speaker 1:      Speaker 1 (00:01:02):      00:01:02
    Selamat pagi Ibu. ...    Selamat pagi Ibu. ...      Selamat pagi Ibu. ...      P: Selamat pagi Ibu. ...

(the words may also follow on the header line itself in the second and third, and always do in
Sonix's "Speaker 1: [00:01:02] Selamat pagi Ibu."; in the last, a time alone on its line is the
start of the speaker line after it, and of the later "LABEL: words" lines up to the next time,
each a turn with no time of its own, as Google Meet writes them). Read as a typed
transcript, the header lines would become words of one informant named after the file; read
here they become cues, each with its speaker label and start time (its end is the next turn's
start), and go through the same speaker mapping and checks as a .vtt or .srt file
(`subtitle_turns`). A file is taken to have this shape when its first non-blank line is such a
header and at least two lines are. A Word file's paragraphs are read the same way (after its
front matter, which a .txt export keeps in a sidecar instead), so "[00:01:15] P: ..." paragraphs
are turns whichever format the tool saved. The tool's own notes (Otter's "Transcribed by
https://otter.ai", Teams' "NAME started transcription" / "NAME stopped transcription") are left out
of the turns, with a warning that names their line but not the name in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from pipeline.ingest.html_text import MARKUP_SUFFIXES
from pipeline.ingest.clocks import milliseconds, time_reader
from pipeline.ingest.export_titles import recording_length, title_note
from pipeline.ingest.places import line_place, places_named
from pipeline.ingest.subtitles import Cue, check_times
from pipeline.ingest.turns import TIME
from pipeline.wording import plural_form

_NAME = r"[^\W\d_][^\n:()\[\]]{0,40}?"
HEADERS = (
    # "Speaker 1  0:03", "Sari Wuisan  01:02:03" (Otter.ai, Teams): the header line holds nothing else
    re.compile(rf"^(?P<label>{_NAME})[ \t]+(?P<time>{TIME})[ \t]*$"),
    # "00:01:02 Speaker 1" (Microsoft Word's Transcribe): the time, with its hours (an agenda's "08:30
    # Pembukaan" is no turn), then the speaker, the words below
    re.compile(rf"^(?P<time>\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?)[ \t]+(?P<label>{_NAME})[ \t]*$"),
    # "[00:01:02] Speaker 1:" (Descript, Happy Scribe), words on the line or below it; a transcriber's
    # "(00:01:02) P: words" is the same layout
    re.compile(rf"^[(\[](?P<time>{TIME})[)\]][ \t]*(?P<label>{_NAME})[ \t]*:[ \t]*(?P<rest>.*)$"),
    # "Speaker 1 (00:01:02):" (Rev, Temi), words on the line or below it
    re.compile(rf"^(?P<label>{_NAME})[ \t]*[(\[](?P<time>{TIME})[)\]][ \t]*:?[ \t]*(?P<rest>.*)$"),
    # "Speaker 1: [00:01:02] words" (Sonix)
    re.compile(rf"^(?P<label>{_NAME})[ \t]*:[ \t]*\[(?P<time>{TIME})\][ \t]*(?P<rest>.*)$"),
    # "0:00:01.0 - 0:00:08.2<tab>Speaker 1<tab>words" (NVivo Transcription's text export: Timespan, Speaker, Content)
    re.compile(rf"^(?P<time>{TIME})(?:[ \t]*[-\u2013][ \t]*(?P<end>{TIME}))?\t+(?P<label>{_NAME})\t+(?P<rest>.*)$"),
)
# "00:01:02" or "[00:01:02]" alone on its line: with a "LABEL: words" line after it, that turn's start
LONE_TIME = re.compile(rf"^\[?(?P<time>{TIME})\]?$")
# "[00:00:20] words": a paragraph's own start time, the speaker unchanged
TIMED_WORDS = re.compile(rf"^\[(?P<time>{TIME})\][ \t]*(?P<rest>[^\s\[].*)$")
# Rev's next paragraph of the same speaker: "(01:05):" alone on its line, the words below it
PARAGRAPH_TIME = re.compile(rf"^\((?P<time>{TIME})\):?$")
# a time closing a turn's words, nothing after it: the turn's end, as InqScribe reads a timecode with no text after it
# (in any of the brackets InqScribe takes: [], (), {}; in round or curly ones only a recording's time as it writes
# one, with seconds and their frames, never "(08:00)", an hour said)
_RECORDING_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{2}"
END_TIME = re.compile(rf"[ \t]*(?:\[(?P<square>{TIME})\]|\((?P<round>{_RECORDING_TIME})\)|\{{(?P<curly>{_RECORDING_TIME})\}})\s*$")
SPEAKER_LINE = re.compile(rf"^(?P<label>{_NAME})[ \t]*:[ \t]*(?P<rest>.*)$")
MIN_HEADERS = 2
TITLE_LINES = 4   # non-blank lines above the first header read as the export's title, at most
# files whose lines may be such an export: plain text, Markdown, Word (whose paragraphs are its lines) and
# HTML (noScribe's default; oTranscribe's .otr holds HTML: their paragraphs, html_text.py)
TIMED_TEXT_SUFFIXES = (".txt", ".md", ".docx", *MARKUP_SUFFIXES)
# lines the tool writes, not a speaker: Otter's closing line ("Transcribed by https://otter.ai"),
# Teams' "Sari Wuisan started transcription" / "... stopped transcription" (`shown` is what a warning
# may quote: never the name)
_TRANSCRIBED_BY = r"transcribed by\s+(?:https?://)?\S+\.\S+"
_TRANSCRIPTION = r"(?:started|stopped) transcription"
# Google Meet's last line, "Meeting ended after 00:47:23 👋" (its Indonesian wording too): the recording's length
_MEETING_ENDED = rf"(?:meeting ended after|transcription ended after|rapat berakhir setelah)\s+(?P<ended>{TIME})"
# the line under it in a Meet Doc saved as .docx (an observed export, round 17)
_DISCLAIMER = r"this editable transcript was computer generated and might contain errors\b[^\n]*"
# the heading of Google Meet's Transcript tab ("📖 Transcript"; "Transkrip" in Indonesian)
TRANSCRIPT_HEADING = re.compile(r"^\W*(?:transcript|transkrip(?:si)?)\W*$", re.IGNORECASE)
# NVivo Transcription's column names above its rows
_COLUMN_NAMES = r"timespan\s+speaker\s+content"
# Rev's mark where a long recording's parts, transcribed apart, meet: "PART 1 OF 3 ENDS [00:15:04]"
_PART_MARK = r"part\s+\d+\s+of\s+\d+\s+(?:starts|ends)(?:\W*\d{1,2}(?::\d{2}){1,2}\]?)?"
TOOL_NOTE = re.compile(rf"^\s*(?:(?P<shown>{_TRANSCRIBED_BY}|{_MEETING_ENDED}|{_DISCLAIMER}|{_COLUMN_NAMES}|{_PART_MARK})\W*|{_NAME}[ \t]+(?P<action>{_TRANSCRIPTION}))\s*$",
                       re.IGNORECASE)
# where such a note may be in running words (an older reader's turn that kept one): its closing words
TOOL_NOTE_WORDS = re.compile(rf"{_TRANSCRIBED_BY}|{_TRANSCRIPTION}|{_MEETING_ENDED}|{_DISCLAIMER}", re.IGNORECASE)


class Header(NamedTuple):
    """A turn's speaker-and-time header: `line` is where it starts (0-based), `body` the first
    line of the words below it."""
    line: int
    body: int
    label: str
    time: str
    rest: str
    end: str = ""   # the turn's end, where the line gives it (NVivo's Timespan)


def _header_line(line: str) -> re.Match[str] | None:
    stripped = line.strip()
    return next((match for pattern in HEADERS if (match := pattern.match(stripped))), None)


def _next_filled(lines: list[str], index: int) -> int | None:
    return next((after for after in range(index, len(lines)) if lines[after].strip()), None)


def header_at(lines: list[str], index: int) -> Header | None:
    """The header starting at `lines[index]`: a header line, or a time alone on its line whose next
    non-blank line is "LABEL: words" (a phone recorder's export), or "LABEL:" alone on its line whose
    next non-blank line is "[00:00:02] words", or None."""
    if (match := _header_line(lines[index])) is not None and not TOOL_NOTE.match(lines[index]):
        found = match.groupdict()   # not Meet's "Transcription ended after 00:00:39", a tool's note
        return Header(index, index + 1, found["label"], found["time"], found.get("rest") or "", found.get("end") or "")
    if (label := SPEAKER_LINE.match(lines[index].strip())) is not None and not label["rest"]:
        # "Speaker 1:" alone, then "[00:00:02] words" (Descript's Word export, as PeakCut's parser reads it)
        words = _next_filled(lines, index + 1)
        if words is not None and (timed := TIMED_WORDS.match(lines[words].strip())) is not None:
            return Header(index, words + 1, label["label"], timed["time"], timed["rest"])
        return None
    if (time := LONE_TIME.match(lines[index].strip())) is None:
        return None
    speaker = _next_filled(lines, index + 1)
    # "Speaker 2  0:06" after it is a header of its own (Otter), not a "LABEL: words" line called "Speaker 2  0"
    if speaker is None or _header_line(lines[speaker]) is not None \
            or (said := SPEAKER_LINE.match(lines[speaker].strip())) is None:
        return None
    return Header(index, speaker + 1, said["label"], time["time"], said["rest"])


def _headers(lines: list[str], first: int) -> list[Header]:
    headers = []
    index = first
    while index < len(lines):
        header = header_at(lines, index)
        if header is None:
            index += 1
            continue
        headers.append(header)
        index = header.body
    return headers


def timed_export_cues(text: str, path: Path, warnings: list[str], body_line: int = 1,
                      mapped: bool = False, place: Callable[[int], str] = line_place) -> list[Cue] | None:
    """The turns of a timed export (a .txt file, or a Word file's paragraphs) as cues (voice =
    speaker label), or None when the text from `body_line` on (after any front matter) does not
    have that shape (a typed transcript or a document); InputError when its times run backwards.
    Cue lines count from the top of the text. One speaker-and-time line is an export when the batch
    maps the file's speakers (`mapped`: a short Teams meeting of one turn), else it takes two.
    `place` names a line in a message ("line 12", a Word file's "paragraph 3")."""
    lines = text.split("\n")
    top = _next_filled(lines, body_line - 1)
    first = _first_header(lines, top)
    if first is None:
        return None
    headers = _headers(lines, first)
    if len(headers) < (1 if mapped else MIN_HEADERS):
        return None
    title = [line.strip() for line in _without_tool_notes(lines, top, first, path, warnings) if line.strip()]
    cues = []
    if title:
        cues.append(title_note(title, (top + 1, first), f"{path}: ", "speaker-and-time line",
                               "a meeting's name, date and length, or the recording's name and the tool's settings",
                               warnings))
    stops = [header.line for header in headers[1:]] + [len(lines)]
    labels = {_folded(header.label) for header in headers}
    lone_times = []
    read = time_reader([header.time for header in headers])
    for header, stop in zip(headers, stops):
        body = _without_tool_notes(lines, header.body, stop, path, warnings)
        lone_times.extend(header.body + offset + 1 for offset, line in enumerate(body) if LONE_TIME.match(line.strip()))
        start = read(header.time)
        pieces = _pieces(body, lone=_header_line(lines[header.line]) is None, labels=labels)
        words = " ".join(" ".join([header.rest, *pieces[0].lines]).split())
        cues.append(Cue(" ".join(header.label.split()), words, start, start, header.body))
        for piece in pieces[1:]:
            begins = read(piece.time) if piece.time else start
            cues.append(Cue("", " ".join(" ".join(piece.lines).split()), begins, begins,
                            header.body + piece.offset + 1, open_start=not piece.time))
    if lone_times:
        warnings.append(lone_times_warning(str(path), lone_times, place))
    ends = {}
    for cue in cues:
        end = None if cue.title else END_TIME.search(cue.text)
        if end is not None and read(time := end["square"] or end["round"] or end["curly"]) >= cue.start_ms:
            ends[id(cue)], cue.text = read(time), cue.text[:end.start()]
    for cue, after in zip(cues, cues[1:]):
        cue.end_ms = max(cue.start_ms, after.start_ms)
        cue.open_end = after.open_start   # the next turn has no time of its own: this one's end is unknown
    length = recording_length(title)
    if length is None:
        length = meeting_length(lines)
    if length is None and headers[-1].end and not cues[-1].open_start:   # the last turn's own end (NVivo)
        length = read(headers[-1].end)
    if length is not None and length >= cues[-1].start_ms:   # the last turn ends with the recording
        cues[-1].end_ms = length
    else:   # nothing says when the last turn ends: its time_end stays empty, never its start again
        cues[-1].open_end = True
    for cue in cues:   # a turn's own end mark wins over the next turn's start
        if id(cue) in ends and (cue.open_end or ends[id(cue)] <= cue.end_ms):
            cue.end_ms, cue.open_end = ends[id(cue)], False
    check_times(cues, path, place)
    return cues


class _Piece(NamedTuple):
    offset: int          # of its first line in the body
    lines: list[str]
    time: str = ""       # its own start, where a time opens its first line


def _pieces(body: list[str], lone: bool, labels: set[str] = frozenset()) -> list[_Piece]:
    """The lines below a header, cut before each later line that opens with its own time ("[00:00:20]
    words": Descript writes a time before each paragraph and the speaker only when it changes; Rev a
    "(01:05):" line above the speaker's next paragraph), and,
    below a time alone on its line (`lone`), before each "LABEL: words" line (Google Meet writes a
    time every few minutes and a "Name: words" line for each turn between them; a phone recorder's
    time may stand over several turns); below any header, before a "LABEL: words" line whose label
    is one the file's headers give (`labels`, folded): a turn typed without its time (InqScribe inserts
    a time only where the transcriber pressed the key). Whether such a label is a speaker is decided over
    the whole file, as for a subtitle cue's "Name:" prefix (`subtitle_turns`): one that is not, and a piece
    without a label, stays in the words of the turn before."""
    pieces = [_Piece(0, [])]
    for offset, line in enumerate(body):
        stripped = line.strip()
        if (timed := TIMED_WORDS.match(stripped)) is not None:
            pieces.append(_Piece(offset, [timed["rest"]], timed["time"]))
            continue
        if (timed := PARAGRAPH_TIME.match(stripped)) is not None:   # Rev: the speaker's next paragraph
            pieces.append(_Piece(offset, [], timed["time"]))
            continue
        said = SPEAKER_LINE.match(stripped)
        if said and (lone or _folded(said["label"]) in labels) and not LONE_TIME.match(stripped):
            pieces.append(_Piece(offset, []))
        pieces[-1].lines.append(line)
    return pieces


def _folded(label: str) -> str:
    return " ".join(label.split()).casefold()


def _first_header(lines: list[str], top: int | None) -> int | None:
    """The line of the first speaker-and-time header: the first non-blank line, or one after a
    short title block (Teams writes the meeting's name, date and length above the turns) or the
    tool's notes, or such a line under the heading of Google Meet's Transcript tab (its Doc, saved as
    .docx, has the Notes tab, Gemini's summary and the attendees, above it); None when there is none
    that early (a typed transcript or a document)."""
    found = _header_near(lines, top)
    if found is None and top is not None:
        heading = next((index for index in range(top, len(lines)) if TRANSCRIPT_HEADING.match(lines[index])), None)
        if heading is not None:
            found = _header_near(lines, _next_filled(lines, heading + 1))
    return found


def _header_near(lines: list[str], top: int | None) -> int | None:
    """The first header among the first lines from `top`: a title of up to TITLE_LINES above it."""
    index, titles = top, 0
    while index is not None and titles <= TITLE_LINES:
        if header_at(lines, index) is not None:
            return index
        titles += not TOOL_NOTE.match(lines[index])
        index = _next_filled(lines, index + 1)
    return None


def meeting_length(lines: list[str]) -> int | None:
    """The recording's length in milliseconds that a closing line gives ("Meeting ended after
    00:47:23"), or None."""
    ended = (note["ended"] for line in lines if (note := TOOL_NOTE.match(line)) is not None and note["ended"])
    return next((milliseconds(time) for time in ended), None)


def _without_tool_notes(lines: list[str], start: int, stop: int, path: Path, warnings: list[str]) -> list[str]:
    """lines[start:stop] with the tool's notes blanked (so line counts hold), each named in a warning."""
    body = lines[start:stop]
    for offset, line in enumerate(body):
        if (note := TOOL_NOTE.match(line)) is None:
            continue
        shown = (note["shown"] or f"\u2026 {note['action']}").strip()
        warnings.append(f"{path}:{start + offset + 1}: '{shown}' is the transcription tool's note, not the "
                        "speaker's words: left out of the turn")
        body[offset] = ""
    return body


def lone_times_warning(where: str, lines: list[int], place: Callable[[int], str] = line_place) -> str:
    """Times alone on their lines that start no turn (no "LABEL: words" line follows them): they
    stay in the turn's words, so a quotation would end with a time. Each named by `place` ("line 12",
    a Word file's "paragraph 3")."""
    return (f"{where}: {places_named(lines, place)} {plural_form(len(lines), 'is', 'are')} only "
            "a time and start no turn (no 'LABEL: words' line follows), so the time is kept as words of the turn "
            "before and quoted with them: put the speaker's label on the line after each time (P: ..., or the "
            "informant's code), or delete the time")
