"""A timed table of turns that a transcription tool wrote, read as that tool's export.

A Word table [time | speaker | words] (or a CSV file of such rows) whose speakers a tool numbered
(AWS Transcribe's `spk_0` through tscribe's Word export, `Speaker 1`, `SPEAKER_00`), or whose
speakers the batch maps (batch.yaml or a sidecar `speakers:`), is a tool's export: read as a typed
transcript, `spk_0` and `spk_1` became two informants, the interviewer's questions coded as theirs,
and a mapping of them was refused. Read here, each row is a cue at its row's time, so the batch maps
the labels as it maps a subtitle file's (a label it does not map stops the run), and the text above
the table (the tool's heading, its confidence table) is the export's title, kept as a note. A table
of typed labels (`P`, `K3`) with times and no mapping stays a typed transcript (`tables.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest.decode import decode_bytes
from pipeline.ingest.frontmatter import parse_sidecar
from pipeline.ingest.places import line_place
from pipeline.ingest.speaker_labels import DIARIZATION_LABEL
from pipeline.ingest.speakers import SPEAKERS_KEY, sidecar_of
from pipeline.ingest.subtitles import Cue, check_times
from pipeline.ingest.clocks import milliseconds
from pipeline.ingest.export_titles import title_note
from pipeline.ingest.turns import LABEL_LINE


def maps_speakers(path: Path, mapped_in_batch: bool) -> bool:
    """Whether batch.yaml (`mapped_in_batch`) or the file's sidecar maps its speakers."""
    sidecar = sidecar_of(path)
    if mapped_in_batch or sidecar is None:
        return mapped_in_batch
    try:
        data = parse_sidecar(decode_bytes(sidecar.read_bytes(), sidecar)[0], sidecar)
    except (InputError, ValueError):   # the sidecar's reader (speakers.speaker_settings) names its problem
        return False
    return isinstance(data.get(SPEAKERS_KEY), dict)


def _table_of(where: str) -> str | None:
    """The table a place names ("table 2" of "table 2, row 5"), None for a paragraph, a line or a CSV row."""
    return where.partition(",")[0] if where.startswith("table ") else None


def table_cues(text: str, times: Mapping[int, tuple[str, str]], path: Path, warnings: list[str],
               body_line: int = 1, mapped: bool = False,
               place: Callable[[int], str] = line_place) -> list[Cue] | None:
    """The rows of a timed table of turns (`times`: line of the text -> its row's (start, end)) as
    cues, or None when the file has no such rows or they are a typed transcript's (no label a tool
    numbers, and `mapped` false: the batch does not map the file's speakers)."""
    if not times:
        return None
    lines = text.split("\n")
    first = min(times)
    while first - 1 >= body_line and LABEL_LINE.match(lines[first - 2]):   # untimed rows above the first timed one
        first -= 1
    rows: list[tuple[int, str, str]] = []   # (line, label, words)
    table = _table_of(place(first))
    below = [number for number in range(first, len(lines) + 1)
             if _table_of(place(number)) != table and lines[number - 1].strip()]   # a Word file's paragraphs after the table
    for number in range(first, below[0] if below else len(lines) + 1):
        line = lines[number - 1]
        match = LABEL_LINE.match(line)
        if match is not None and (number in times or not rows or rows[-1][1] != match["label"]):
            rows.append((number, " ".join(match["label"].split()), line[match.end():].strip()))
        elif line.strip() and rows:   # a row whose speaker cell is merged with the one above it, or repeats it
            more = line[match.end():].strip() if match is not None else line.strip()
            rows[-1] = (rows[-1][0], rows[-1][1], f"{rows[-1][2]} {more}")
    if not rows or not (mapped or any(DIARIZATION_LABEL.match(label) for _, label, _ in rows)):
        return None
    cues = []
    filled = [index for index in range(body_line - 1, first - 1) if lines[index].strip()]
    if filled:
        title = [lines[index].strip() for index in filled]
        cues.append(title_note(title, (filled[0] + 1, filled[-1] + 1), f"{path}: ", "row of turns",
                               "the tool's heading and notes", warnings))
    for number, label, words in rows:
        start, end = times.get(number, ("", ""))
        begins = milliseconds(start) if start else (cues[-1].start_ms if len(cues) > len(filled[:1]) else 0)
        cues.append(Cue(label, words, begins, milliseconds(end) if end else begins, number,
                        open_start=not start, open_end=not end))
    spoken = cues[1:] if filled else cues
    for cue, after in zip(spoken, spoken[1:]):
        if cue.open_end and not after.open_start:   # a row gives its start only: it ends where the next begins
            cue.end_ms, cue.open_end = max(cue.start_ms, after.start_ms), False
    check_times(spoken, path, place)
    if below:   # kept as a note, not glued to the last turn
        warnings.append(f"{path}: {_lines(below)} after the last row of turns: kept as a note, not a turn")
        end = spoken[-1].end_ms
        cues.append(Cue("", " ".join(lines[number - 1].strip() for number in below), end, end, below[0],
                        title=True, open_start=True, open_end=True))
    return cues


def _lines(numbers: list[int]) -> str:
    return f"line {numbers[0]}" if len(numbers) == 1 else f"lines {numbers[0]}-{numbers[-1]}"
