"""Cues of a WebVTT (.vtt), SubRip (.srt) or YouTube (.sbv) transcript, each with its speaker label,
times and line.

Whisper-based tools (noScribe, WhisperX, Zoom's transcripts) write these. webvtt-py parses every
cue: its timing line, cue tags and `<v Speaker>` voice spans. The library reports no line numbers
and, reading a whole file, skips a cue whose timing line is broken (WebVTT) or glues it into the
text of the cue before (SRT). So the file is cut into its blank-line-separated blocks here, each
block is parsed by the library on its own, and a block that gives no cue is reported with its
line: no cue is ever dropped or merged silently.

A block of text without a timing line is kept in the cue before it (SubRip files do put blank
lines inside a cue's text; webvtt-py's SRT reader does the same), and the run warns about it
with its line: in WebVTT a blank line ends a cue, so the text may be a cue that lost its times.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.clocks import clock
from pipeline.ingest.decode import (BOM_UTF8, BOM_UTF16, EXPORT_EMPTY, UTF16_WITHOUT_MARK, canonical_text,
                                   read_text_with_bom, utf16_without_mark)
from pipeline.ingest.places import at_place, line_place
from pipeline.ingest.turns import LABEL_LINE
from pipeline.wording import quantity


SUBTITLE_SUFFIXES = (".vtt", ".srt", ".sbv")
ARROW = "-->"
# YouTube's captions (.sbv): "0:00:01.000,0:00:04.000", the two times split by a comma, no cue number;
# also a broken one ("0:00:01,0:00:04", "0:00:01.000, 0:00:04.000") so that it is reported, not read as text
SBV_TIMING_LIKE = re.compile(r"^\s*\d+:\d+(?::\d+)?(?:[.,]\d+)?\s*,\s*\d+:\d+(?::\d+)?(?:[.,]\d+)?\s*$")
# how each kind writes a timing line, for the message about a broken one
TIMING_EXAMPLES = {".vtt": "00:00:01.000 --> 00:00:04.000", ".srt": "00:00:01,000 --> 00:00:04,000",
                   ".sbv": "0:00:01.000,0:00:04.000"}
# a line meant as a timing line even if it is broken: "00:00:12.000 -> 00:00:13.000", "00:01 - 00:02"
# (nothing after the times but WebVTT cue settings, so "10:30 - 11:00 di posyandu" stays text)
TIMING_LIKE = re.compile(r"^\s*\d+:\d+[\d:.,]*\s*(?:-+>?|–|—|=>|to)\s*\d+:\d+[\d:.,]*(?:\s+[\w-]+:\S+)*\s*$")
# "[SPEAKER_00]: text" as WhisperX writes it, "SPEAKER_00: text", "Sari Wuisan: text" (Zoom)
BRACKETED = r"\[(?P<label>[^\]\n]{1,40})\]"   # "[SPEAKER_00]", "[Sari Wuisan]"
BRACKETED_LABEL = re.compile(rf"^{BRACKETED}:?[ \t]*")
# a meeting tool's display name before the words ("Rina Pangemanan, S.KM: ...", "Yohanis (Puskesmas Kao):
# ..."), longer than a typed label; a speaker only when the file uses it twice or the batch maps it
DISPLAY_NAME = re.compile(r"^(?P<label>[^\W\d_][^:\n]{0,59}?)[ \t]*:(?!//)[ \t]+(?=\S)")
NON_CUE_BLOCKS = ("NOTE", "STYLE", "REGION")
# the dash before each speaker's line of a dialogue cue ("- Ada kartu?" above "- Ada, mar so ilang."),
# not a double dash ("-- selesai --"), nor the minus of a number wrapped to a line's start ("-5 derajat")
DIALOGUE_DASH = re.compile(r"^[-–—](?:[ \t]+(?=\S)|(?=[^\W\d_]))")
# Whisper, WhisperX and Zoom pad cue ends, so one speaker's cue often overlaps the next by a few
# hundred milliseconds. Up to this much, the earlier cue's end is pulled back to the later cue's
# start (and the run says so); a longer overlap is a wrong time and stops the run.
MAX_CLAMPED_OVERLAP_MS = 500


@dataclass
class Cue:
    """One cue: `voice` is the speaker of its <v ...> span ("" without one)."""

    voice: str
    text: str
    start_ms: int
    end_ms: int
    line: int            # 1-based line of its timing line in the file
    clamped_ms: int = 0  # how far its end was pulled back to the next cue's start
    loose_lines: tuple[int, ...] = ()   # 1-based first lines of text blocks after a blank line, added to it
    title: bool = False  # an export's title lines (meeting name, date, length): a note, never a speaker's words
    open_end: bool = False   # its end is not known (a timed export's last turn): time_end stays empty
    open_start: bool = False  # its start is not known (a turn with no time line of its own): time_start stays empty
    names: tuple[str, ...] = ()   # people an export's title lists (Google Meet's attendees): masked as speakers' names are
    # one segment a tool wrote (a subtitle cue, a line of WhisperX's .txt): without a speaker label it is one
    # diarization gave no speaker, not the rest of a paragraph
    segment: bool = False
    translation: str = ""   # the transcriber's own translation of its words (an ELAN translation tier's)
    alone: bool = False   # said during another speaker's words (ELAN, Praat): a turn of its own, never joined


def read_subtitle_text(data: bytes, path: Path) -> str:
    """UTF-8 text of a subtitle file (WebVTT requires UTF-8; transcription tools write it), or UTF-16 with
    its byte-order mark."""
    if not data.strip():
        raise InputError.at(path, EXPORT_EMPTY)
    if data.startswith(BOM_UTF16):   # Notepad's "Unicode": the mark says the encoding for certain
        return read_text_with_bom(data, path)
    body = data[len(BOM_UTF8):] if data.startswith(BOM_UTF8) else data
    # its zero bytes are valid UTF-8: read so, the whole file was "text before the first cue"
    if b"\x00" in body[:4096] and utf16_without_mark(body[:4096]):
        raise InputError.at(path, UTF16_WITHOUT_MARK)
    try:
        return canonical_text(body.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = body[:error.start].count(b"\n") + 1
        raise InputError.at(path, f"is not UTF-8 text (byte 0x{body[error.start]:02X}); subtitle files must be UTF-8: "
                                  "open it in a text editor and save it again with the encoding UTF-8",
                            line=line) from None


def _blocks(lines: list[str], first: int) -> list[tuple[int, list[str]]]:
    """(0-based index of its first line, its lines) of each block from line `first` on."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for index in range(first, len(lines)):
        line = lines[index]
        if line.strip():
            if not current:
                blocks.append((index, current))
            current.append(line)
        elif current:
            current = []
    return blocks


def parse_cues(text: str, path: Path) -> list[Cue]:
    """Every cue of a .vtt, .srt or .sbv text, in file order; all problems raised together."""
    import webvtt  # webvtt-py, imported here so batches without subtitles do not load it
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    suffix = path.suffix.lower()
    is_vtt, is_sbv = suffix == ".vtt", suffix == ".sbv"
    lines = text.split("\n")
    problems = ProblemCollector()
    first = 0
    if is_vtt:
        if not lines[0].startswith("WEBVTT"):
            raise InputError.at(path, "is not a WebVTT file: its first line must be WEBVTT "
                                      "(a SubRip file should be named .srt)", line=1)
        first = next((index for index, line in enumerate(lines) if not line.strip()), len(lines))  # header block
        in_header = next((index for index in range(first) if ARROW in lines[index]), None)
        if in_header is not None:
            problems.add(path, "a cue right under the WEBVTT line: put a blank line before it", line=in_header + 1)
    cues: list[Cue] = []
    spoken: list[list[str]] = []   # each cue's text lines as written, tags and all
    for index, block in _blocks(lines, first):
        timing = [position for position, line in enumerate(block)
                  if ARROW in line or TIMING_LIKE.match(line) or is_sbv and SBV_TIMING_LIKE.match(line)]
        if is_vtt and not timing and block[0].startswith(NON_CUE_BLOCKS):
            continue
        if any(position > 1 for position in timing):
            position = next(position for position in timing if position > 1)
            problems.add(path, "a timing line inside the text of a cue: put a blank line before each cue",
                         line=index + position + 1)
            continue
        if not timing:
            if not cues:
                problems.add(path, "text before the first cue: each cue starts with a timing line "
                                   f"'{TIMING_EXAMPLES.get(suffix, TIMING_EXAMPLES['.vtt'])}'", line=index + 1)
            else:   # a blank line inside the text of the cue before
                cues[-1].text = f"{cues[-1].text}\n" + "\n".join(block)
                spoken[-1] += block
                cues[-1].loose_lines += (index + 1,)
            continue
        timing_line = index + timing[0] + 1
        if is_vtt and (words := _words_after_times(block[timing[0]])):
            problems.add(path, f"words after the times on a timing line ({words!r}): a timing line holds only the "
                               "times and cue settings (align:middle); put the words on the line below it",
                         line=timing_line)
            continue
        try:
            if is_vtt:
                captions = webvtt.from_string("WEBVTT\n\n" + "\n".join(_without_settings(block, timing[0])),
                                              strict=True).captions
            elif is_sbv:
                captions = webvtt.from_buffer(block[timing[0]:] + [""], format="sbv").captions
            else:
                cue_lines = ["1", *block[timing[0]:]]
                captions = webvtt.from_buffer(cue_lines + [""] * (3 - len(cue_lines)), format="srt").captions
        except (MalformedCaptionError, MalformedFileError):
            captions = []
        if len(captions) != 1:
            example = TIMING_EXAMPLES.get(suffix, TIMING_EXAMPLES[".srt"])
            problems.add(path, f"broken timing line {block[timing[0]].strip()!r}: "
                               + ((not is_sbv and _separator_fix(block[timing[0]], is_vtt))
                                  or f"write it as '{example}' (hours:minutes:seconds and milliseconds)")
                               + _sixty_hint(block[timing[0]]),
                         line=timing_line)
            continue
        caption = captions[0]
        cues.append(_cue(caption, timing_line))
        spoken.append(caption.raw_text.split("\n"))
    problems.raise_if_any()
    _clamp_small_overlaps(cues)
    check_times(cues, path)
    return [piece for cue, raw in zip(cues, spoken) for piece in _speakers_pieces(cue, raw)]


# a WebVTT timing line's cue settings after its end time ("align:middle line:85%")
CUE_SETTINGS = re.compile(r"(-->\s*\S+)\s+\S.*$")


def _words_after_times(timing: str) -> str:
    """What follows a WebVTT timing line's end time that is no cue setting (`key:value`): words typed
    there, which the settings' removal would drop unseen."""
    found = CUE_SETTINGS.search(timing)
    if found is None:
        return ""
    rest = timing[found.end(1):].split()
    return "" if all(CUE_SETTING.match(token) for token in rest) else " ".join(rest)


# the WebVTT cue settings (and the early drafts' D: L: T: S: A: some tools still write), the only
# `key:value` a timing line holds: "PS7:Iyo" is a turn typed there
CUE_SETTING = re.compile(r"^(?:vertical|line|position|size|align|region|[DLTSA]):\S+$")


def _without_settings(block: list[str], timing: int) -> list[str]:
    """The cue with its timing line's settings left out: they only place the text on a screen, and
    tools write values the strict parser refuses (YouTube's and older editors' `align:middle`), which
    made a cue with good times a "broken timing line"."""
    return [*block[:timing], CUE_SETTINGS.sub(r"\1", block[timing]), *block[timing + 1:]]


def _cue(caption, line: int) -> Cue:
    """A parsed caption as a Cue: entities unescaped (noScribe writes &amp;), voice span read."""
    voice = caption.voice
    text = html.unescape(caption.text).replace("\u00a0", " ")
    return Cue(voice.strip() if voice else "", text.strip(), caption.start_time.in_milliseconds(),
               caption.end_time.in_milliseconds(), line, segment=True)


# a WebVTT voice span's opening tag, as webvtt-py reads it: "<v Speaker 2>", "<v.loud Speaker 2>"
VOICE_SPAN = re.compile(r"<v(?:\.\w+)*\s+([^>\s][^>]*)>")


def _speakers_pieces(cue: Cue, raw: list[str]) -> list[Cue]:
    """The cue cut where a line of it opens another speaker: a voice span ("<v Speaker 2>") or a
    label ("SPEAKER_01: ...") at the start of any line but the first. WebVTT lets one cue hold
    several voices (a question and its short answer shown together), and diarized SubRip files put
    two speakers' lines in one cue; read as one text, the second speaker's words were the first's.
    Whether such a label names a speaker is decided over the whole file later, as for a cue's first
    line; a piece it does not name stays in the turn before. A line after the first that starts with
    a dash ("- Ada, mar so ilang.") makes the cue a dialogue, as subtitle editors and Netflix-style
    exports write two speakers in one cue: each dashed line opens a piece, its dash left out; not
    when the line before the first dash ends in a colon: those are a list's items. The
    pieces have no times of their own: the first keeps the cue's start, the last its end."""
    groups: list[tuple[str, list[str]]] = [(cue.voice, [])]
    dashed = [number for number, line in enumerate(raw) if number and DIALOGUE_DASH.match(_plain(line))]
    # dashed lines after a line ending in a colon list what it announces ("torang bawa:" "- obat" "- kartu")
    dialogue = bool(dashed) and not _plain(raw[dashed[0] - 1]).endswith(":")
    for number, line in enumerate(raw):
        voice = VOICE_SPAN.match(line.strip())
        plain = _plain(line)
        dash = DIALOGUE_DASH.match(plain) if dialogue else None
        plain = plain[dash.end():] if dash else plain
        opens = voice is not None or dash is not None or (not groups[-1][0] and prefixed_label(plain)[0] != "")
        if number and opens and groups[-1][1]:
            groups.append((voice.group(1).strip() if voice else "", []))
        groups[-1][1].append(plain)
    if len(groups) == 1:
        return [cue]
    last = len(groups) - 1
    return [dataclasses.replace(cue, voice=voice, text="\n".join(lines).strip(), segment=cue.segment and not index,
                                open_start=cue.open_start or index > 0, open_end=cue.open_end or index < last)
            for index, (voice, lines) in enumerate(groups)]


def _plain(line: str) -> str:
    """A cue line without its tags and entities, as `_cue` reads a whole cue."""
    return html.unescape(re.sub(r"<.*?>", "", line)).replace("\u00a0", " ").strip()


def prefixed_label(text: str) -> tuple[str, str]:
    """("Name", rest) for a cue text that starts "Name: ..." or "[Name]: ...", else ("", text).

    Whether such a prefix really names a speaker ("Jadi begini: ..." does not) is decided over the
    whole file, as for typed transcripts (turns.speaker_spellings).
    """
    match = BRACKETED_LABEL.match(text) or LABEL_LINE.match(text) or DISPLAY_NAME.match(text)
    if match is None:
        return "", text
    label = " ".join(match.group("label").split()).strip("_*")
    return label, text[match.end():]


def check_times(cues: list[Cue], path: Path, place: Callable[[int], str] = line_place) -> None:
    """Cues must run forward: a cue ending before it starts, or starting before the one before it
    ends, has a wrong time that would put turns in the wrong order (the cue before named by `place`:
    "line 12", a Word export's "paragraph 3")."""
    problems = ProblemCollector()
    previous: Cue | None = None
    for cue in cues:
        if cue.end_ms < cue.start_ms:
            problems.add(path, f"the cue ends ({clock(cue.end_ms)}) before it starts ({clock(cue.start_ms)})",
                         line=cue.line)
        elif previous is not None and cue.start_ms < previous.end_ms:
            problems.add(path, f"the cue starts at {clock(cue.start_ms)}, before the cue {at_place(place(previous.line))} "
                               f"ends ({clock(previous.end_ms)}): overlapping cues have no one order of turns; "
                               "correct the times (or merge the two cues)", line=cue.line)
        previous = cue
    problems.raise_if_any()


def _clamp_small_overlaps(cues: list[Cue]) -> None:
    """Pull a cue's end back to the next cue's start when the two, in order, overlap by at most
    MAX_CLAMPED_OVERLAP_MS (recorded on the cue, for the run's warning)."""
    for previous, cue in zip(cues, cues[1:]):
        overlap = previous.end_ms - cue.start_ms
        if 0 < overlap <= MAX_CLAMPED_OVERLAP_MS and previous.start_ms <= cue.start_ms <= cue.end_ms:
            previous.clamped_ms, previous.end_ms = overlap, cue.start_ms


def clamped_overlaps_warning(cues: list[Cue], path: Path) -> str | None:
    """What the run says about the cue ends it pulled back, or None when it pulled back none."""
    clamped = [cue for cue in cues if cue.clamped_ms]
    if not clamped:
        return None
    return (f"{path}:{clamped[0].line}: {quantity(len(clamped), 'cue')} overlapped the next cue by up to "
            f"{max(cue.clamped_ms for cue in clamped)} ms; each now ends where the next one starts "
            f"(overlaps over {MAX_CLAMPED_OVERLAP_MS} ms stop the run)")


def loose_text_warnings(cues: list[Cue], path: Path) -> list[str]:
    """One warning per block of text outside any cue (after a blank line, without a timing line)."""
    return [f"{path}:{line}: text after a blank line is outside any cue; it was added to the cue on line "
            f"{cue.line}: remove the blank line if it belongs to that cue, else give it a timing line "
            "of its own or delete it" for cue in cues for line in cue.loose_lines]


_MILLISECONDS = re.compile(r"(?<=\d\d:\d\d)([,.])(?=\d{3}\b)")


def _separator_fix(timing: str, is_vtt: bool) -> str:
    """The line corrected, when only the mark before the milliseconds is the other format's:
    a .vtt file writes 00:00:24.200, a .srt file 00:00:24,200."""
    wrong, right, style = (",", ".", ".srt") if is_vtt else (".", ",", ".vtt")
    if wrong not in _MILLISECONDS.findall(timing):
        return ""
    fixed = _MILLISECONDS.sub(right, timing.strip())
    return (f"'{wrong}' before the milliseconds is the {style} style; a {'.vtt' if is_vtt else '.srt'} file "
            f"writes '{right}': '{fixed}'")


def _sixty_hint(timing: str) -> str:
    """A hand-made time like 00:00:75.000 has the right shape: say what is wrong with it."""
    fields = [int(field) for time in re.findall(r"\d+:\d+(?::\d+)?", timing) for field in time.split(":")[1:]]
    return "; minutes and seconds run from 00 to 59 (75 seconds is 00:01:15)" if any(f >= 60 for f in fields) else ""
