"""Time-aligned annotation tiers (ELAN's .eaf, Praat's .TextGrid) as the cues of a transcript.

Linguists transcribe one tier per speaker: each tier's annotations are that speaker's words, with
their times. The tiers are merged into one sequence of cues in order of start time, each cue's
speaker label its tier's (ELAN: its participant, else its name), and the subtitle machinery makes
turns of them (subtitle_turns.cues_as_transcript). Unlike a subtitle file, two speakers' annotations
may overlap in time: a linguist marks the "iya" said during a long answer where it was said. So an
overlap between tiers is kept (the annotations in order of their starts, a backchannel placed after the
answer it was said during so the answer stays one turn; the run says how many overlapped), while one
within a tier is a wrong time and stops the run. Each annotation is keyed by its position, not its line:
a one-line .eaf or a binary TextGrid writes many annotations on one line, or none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ProblemCollector
from pipeline.ingest.clocks import clock
from pipeline.ingest.places import Places
from pipeline.ingest.subtitles import Cue
from pipeline.ingest.turns import is_code_shaped, is_interviewer
from pipeline.wording import quantity

TIER_SUFFIXES = (".eaf", ".textgrid")   # compared with a file's suffix in lower case
SHOWN_SUFFIXES = {".textgrid": ".TextGrid"}   # as Praat writes it, in messages and --help


def shown_suffixes(suffixes: tuple[str, ...]) -> str:
    """".vtt, .srt or .TextGrid": file kinds as a message names them, built from the lists the batch reads so
    a kind added to a list is never missing from the messages."""
    shown = list(dict.fromkeys(SHOWN_SUFFIXES.get(suffix, suffix) for suffix in suffixes))
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"

# ELAN's own default tier and the generic names of a transcription tier (a forced aligner's "words"):
# no one's name, so the speaker is the label typed before the words ("P: ...", "IBU-01: ..."), as in a
# subtitle file's cues, or, without one, the informant the batch names for the file
GENERIC_TIER = re.compile(r"default|transcription|transkripsi|utterances?|tx|text|teks|ortho\w*|words?|kata",
                          re.IGNORECASE)


def tier_speaker(name: str, participant: str = "") -> str:
    """Whose words a tier holds, for ELAN and Praat alike: its name without a Toolbox-style prefix
    ("tx@IBU-01" -> "IBU-01") when that is an interviewer label or an informant code (a participant
    beside it is often the person's name, which must not become the speaker), else the participant,
    else the name; "" for a generic tier (GENERIC_TIER) without a participant, whose words say who speaks."""
    participant = " ".join(participant.split())
    full = " ".join(name.split())
    name = full.rpartition("@")[2] or full
    if is_interviewer(name) or is_code_shaped(name):
        return name
    if not participant and GENERIC_TIER.fullmatch(name):
        return ""   # the words' own "P:" labels name the speakers
    return participant or name


@dataclass(frozen=True)
class Annotation:
    """One annotation of a speaker tier: `line` is where the file writes it (0 when it has no line of
    its own: a binary TextGrid), `translation` the transcriber's own translation of it (an ELAN
    translation tier's), if any."""

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
                                   "cannot overlap; correct their times", line=after.line or None)
        for annotation in own:
            if annotation.end_ms < annotation.start_ms:
                problems.add(path, f"tier '{tier}': the annotation ends ({clock(annotation.end_ms)}) before it starts "
                                   f"({clock(annotation.start_ms)})", line=annotation.line or None)
    problems.raise_if_any()
    by_start = sorted(annotations, key=lambda a: (a.start_ms, a.end_ms, a.line))
    overlapping = _overlapping(by_start)
    if overlapping:
        first = min(overlapping, key=lambda a: a.start_ms)
        warnings.append(f"{path}: {quantity(len(overlapping), 'annotation')} said during another speaker's (first "
                        f"tier '{first.tier}' at {clock(first.start_ms)}): each is a turn of its own, after the turn "
                        "it was said during, never joined to the same speaker's turn before or after")
    ordered = _backchannels_after(by_start, overlapping)
    # each annotation keyed by its position: a one-line .eaf or a binary TextGrid gives many annotations one line
    cues = [Cue(a.speaker, a.text, a.start_ms, a.end_ms, key, segment=not a.note, title=a.note,
                translation=a.translation, alone=a in overlapping) for key, a in enumerate(ordered, start=1)]
    per_line = Counter(a.line for a in ordered)   # a line shown only where it finds one annotation
    places = Places({key: f"tier '{a.tier}' at {clock(a.start_ms)}" + (f" (line {a.line})" if a.line and per_line[a.line] == 1
                                                                      else "")
                     for key, a in enumerate(ordered, start=1)})
    return cues, places


def _backchannels_after(ordered: list[Annotation], during: dict[Annotation, str]) -> list[Annotation]:
    """The annotations in order of start, each said within another speaker's annotation (an
    interviewer's "iya" inside an answer) moved after the annotations of that speaker that follow it,
    so the two halves of the answer it interrupted stay one turn. One that runs on past the other's
    end (an answer begun before the question ends) keeps its place."""
    result: list[Annotation] = []
    waiting: list[Annotation] = []
    speaking = None   # the tier of the last annotation placed that was no one's backchannel
    for annotation in ordered:
        if during.get(annotation) and during[annotation] == speaking:
            waiting.append(annotation)
            continue
        if annotation not in during and annotation.tier != speaking:
            result += waiting
            waiting = []
        result.append(annotation)
        if annotation not in during:
            speaking = annotation.tier
    return result + waiting


def _overlapping(ordered: list[Annotation]) -> dict[Annotation, str]:
    """The speakers' annotations (in order of start) that start while another speaker's is going on,
    each with the tier of the one it was said within ("" when it runs on past that one's end)."""
    found: dict[Annotation, str] = {}
    latest: Annotation | None = None   # the annotation that ends last of those started so far
    for annotation in ordered:
        if annotation.note:
            continue
        if latest is not None and annotation.start_ms < latest.end_ms and annotation.tier != latest.tier:
            found[annotation] = latest.tier if annotation.end_ms <= latest.end_ms else ""
        if latest is None or annotation.end_ms > latest.end_ms:
            latest = annotation
    return found
