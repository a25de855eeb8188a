"""Which layout of a transcription tool's text export a file has, and its turns as cues: one place
that tries each reader in turn (timed_text, time_first, range_lines, chat_lines, speaker_export) and splits noScribe's
overlapping speech (overlaps)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from pipeline.ingest.chat_lines import chat_cues
from pipeline.ingest.overlaps import split_overlaps
from pipeline.ingest.places import line_place
from pipeline.ingest.range_lines import range_cues
from pipeline.ingest.speaker_export import untimed_export_cues
from pipeline.ingest.subtitles import Cue
from pipeline.ingest.table_cues import maps_speakers, table_cues
from pipeline.ingest.time_first import stamped_as_timed
from pipeline.ingest.timed_text import timed_export_cues


def export_cues(text: str, path: Path, warnings: list[str], body_line: int = 1,
                known: frozenset[str] | set[str] = frozenset(), mapped: bool = False, chats: bool = True,
                place: Callable[[int], str] = line_place,
                table_times: Mapping[int, tuple[str, str]] | None = None) -> list[Cue] | None:
    """The turns of a tool's export as cues: a timed export's (`timed_text`), a transcript with a time
    before each label (`time_first`, oTranscribe), whisper.cpp's "[start --> end]" lines (`range_lines`), a chat's messages (`chat_lines`, WhatsApp), else
    one whose speaker lines carry no time; None
    for a typed transcript or a document. noScribe's overlapping speech inside a turn becomes a turn
    of its own (`overlaps`). `mapped`: the batch maps the file's speakers (one timed turn is then an export);
    `chats`: chat lines may be turns (not in a file or batch declared `type: document`: a group's
    announcements); `place` names a line in a message ("line 12", a Word file's "paragraph 3");
    `table_times`: the times of a Word file's timed table of turns, a tool's export when a tool
    numbered its speakers or the batch maps them (`table_cues`)."""
    if table_times and (cues := table_cues(text, table_times, path, warnings, body_line,
                                           maps_speakers(path, mapped), place)) is not None:
        return cues
    cues = timed_export_cues(text, path, warnings, body_line, mapped, place)
    if cues is None and (stamped := stamped_as_timed(text)) is not None:
        cues = timed_export_cues(stamped, path, warnings, body_line, place=place)
    if cues is None:
        cues = range_cues(text, path, warnings, body_line)
    if cues is None and chats:
        cues = chat_cues(text, path, warnings, body_line)
    if cues is None:
        cues = untimed_export_cues(text, path, warnings, body_line, known)
    return split_overlaps(cues, path, warnings) if cues is not None else None
