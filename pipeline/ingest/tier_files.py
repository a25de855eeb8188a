"""An ELAN (.eaf) or Praat (.TextGrid) file of a batch as a transcript: its speaker tiers' annotations
(elan.py, praat.py) as cues in time order (tiers.py), made turns as a subtitle file's cues are
(subtitle_turns.cues_as_transcript: tier names mapped to the interviewer and informant codes, or by
batch.yaml's `speakers:` or a sidecar), each place named by tier and time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.elan import ELAN_SUFFIX, elan_annotations
from pipeline.ingest.places import Places
from pipeline.ingest.praat import textgrid_annotations
from pipeline.ingest.subtitle_turns import TimedTranscript, read_cue_file
from pipeline.ingest.subtitles import Cue
from pipeline.ingest.tiers import tier_cues


def read_tier_transcript(path: Path, batch_settings: dict[str, Any], known: set[str], problems: ProblemCollector,
                         warnings: list[str]) -> tuple[TimedTranscript | None, Places]:
    """The file as turns and where each is ("tier 'IBU-01' at 00:00:05.900 (line 31)"); None, with its
    problems collected, when it cannot be read."""
    return read_cue_file(path, lambda data, told: _tier_cues(data, path, told), batch_settings, known, problems, warnings)


def _tier_cues(data: bytes, path: Path, told: list[str]) -> tuple[list[Cue], Places]:
    """The speaker tiers' annotations as cues in time order; InputError when there is none."""
    reader = elan_annotations if path.suffix.lower() == ELAN_SUFFIX else textgrid_annotations
    annotations = reader(data, path, told)
    if not annotations:
        kind = "ELAN file" if path.suffix.lower() == ELAN_SUFFIX else "TextGrid"
        raise InputError.at(path, f"this {kind} has no speaker tier with words in it: transcribe each speaker on a "
                                  "tier of their own (named with the interviewer's label, e.g. 'P', or the informant's code)")
    return tier_cues(path, annotations, told)
