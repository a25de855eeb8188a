"""Time-aligned annotation tiers (ELAN's .eaf, Praat's .TextGrid) as the cues of a transcript.

Linguists transcribe one tier per speaker: each tier's annotations are that speaker's words, with
their times. The tiers are merged into one sequence of cues in order of start time, each cue's
speaker label its tier's (ELAN: its participant, else its name), and the subtitle machinery makes
turns of them (subtitle_turns.cues_as_transcript). Unlike a subtitle file, two speakers' annotations
may overlap in time: a linguist marks the "iya" said during a long answer where it was said. So an
overlap between tiers is kept (the annotations in order of their starts, the run saying how many
overlapped), while one within a tier is a wrong time and stops the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ProblemCollector
from pipeline.ingest.clocks import clock
from pipeline.ingest.places import Places
from pipeline.ingest.subtitles import Cue
from pipeline.wording import quantity

TIER_SUFFIXES = (".eaf", ".textgrid")   # compared with a file's suffix in lower case
SHOWN_SUFFIXES = {".textgrid": ".TextGrid"}   # as Praat writes it, in messages and --help
# ELAN's own default tier and the generic names of a transcription tier (a forced aligner's "words"):
# no one's name, so the speaker is the label typed before the words ("P: ...", "IBU-01: ..."), as in a
# subtitle file's cues, or, without one, the informant the batch names for the file
GENERIC_TIER = re.compile(r"default|transcription|transkripsi|utterances?|tx|text|teks|ortho\w*|words?|kata",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Annotation:
    """One annotation of a speaker tier: `line` is where the file writes it, `translation` the
    transcriber's own translation of it (an ELAN translation tier's), if any."""

    tier: str
    speaker: str
    start_ms: int
    end_ms: int
    text: str
    line: int
    translation: str = ""
    note: bool = False   # a tier of the transcriber's notes: an uncoded note segment, no one's turn


def tier_cues(path: Path, annotations: list[Annotation], warnings: list[str]) -> tuple[list[Cue], Places]:
    """The annotations as cues in order of start, and where each is, as ELAN or Praat shows it ("tier
    'IBU-01' at 00:00:05.900 (line 31)"); a tier's own overlaps raised together."""
    problems = ProblemCollector()
    by_tier: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_tier.setdefault(annotation.tier, []).append(annotation)
    for tier, own in by_tier.items():
        own.sort(key=lambda a: (a.start_ms, a.end_ms))
        for before, after in zip(own, own[1:]):
            if after.start_ms < before.end_ms:
                problems.add(path, f"tier '{tier}': the annotation at {clock(after.start_ms)} starts before the one at "
                                   f"{clock(before.start_ms)} ends ({clock(before.end_ms)}): one speaker's annotations "
                                   "cannot overlap; correct their times", line=after.line)
        for annotation in own:
            if annotation.end_ms < annotation.start_ms:
                problems.add(path, f"tier '{tier}': the annotation ends ({clock(annotation.end_ms)}) before it starts "
                                   f"({clock(annotation.start_ms)})", line=annotation.line)
    problems.raise_if_any()
    ordered = sorted(annotations, key=lambda a: (a.start_ms, a.end_ms, a.line))
    overlapping = _overlapping(ordered)
    if overlapping:
        first = min(overlapping, key=lambda a: a.start_ms)
        warnings.append(f"{path}: {quantity(len(overlapping), 'annotation')} said during another speaker's (first "
                        f"tier '{first.tier}' at {clock(first.start_ms)}): each is a turn of its own, in the order the "
                        "annotations start, never joined to the same speaker's turn before or after")
    cues = [Cue(a.speaker, a.text, a.start_ms, a.end_ms, a.line, segment=not a.note, title=a.note,
                translation=a.translation, alone=a in overlapping) for a in ordered]
    places = Places({a.line: f"tier '{a.tier}' at {clock(a.start_ms)} (line {a.line})" for a in ordered})
    return cues, places


def _overlapping(ordered: list[Annotation]) -> list[Annotation]:
    """The speakers' annotations (in order of start) that start while another speaker's is going on."""
    found = []
    latest: Annotation | None = None   # the annotation that ends last of those started so far
    for annotation in ordered:
        if annotation.note:
            continue
        if latest is not None and annotation.start_ms < latest.end_ms and annotation.tier != latest.tier:
            found.append(annotation)
        if latest is None or annotation.end_ms > latest.end_ms:
            latest = annotation
    return found
