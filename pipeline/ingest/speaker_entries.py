"""batch.yaml's `speakers:` entries checked against the batch's files: each must name a timed file of the
folder (a subtitle file, a tool's timed export, an ELAN or Praat file, a speech service's JSON), and
when one does not, why (misspelt, not added yet, or there but not read as a transcript).
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from pipeline.errors import ProblemCollector
from pipeline.ingest.speakers import SPEAKERS_KEY, TIMED_SUFFIXES
from pipeline.ingest.tiers import shown_suffixes

def check_speaker_entries(batch_settings: dict[str, Any], timed_files: list[Path], directory: Path,
                          problems: ProblemCollector) -> None:
    """batch.yaml `speakers` must be a mapping whose keys name subtitle or .txt files of the batch
    (a .txt file without speaker and time lines is refused when it is read)."""
    entries = batch_settings.get(SPEAKERS_KEY)
    if entries is None:
        return
    settings_file = directory / "batch.yaml"
    if not isinstance(entries, dict):
        problems.add(settings_file, "must map each subtitle file to its speakers, as "
                                    "'speakers: {wawancara_A7.vtt: {S00: P, S01: A7}}'", key=SPEAKERS_KEY)
        return
    names = {path.name for path in timed_files} | {path.stem for path in timed_files}
    for name in entries:
        if str(name) not in names:
            problems.add(settings_file, f"{name!r} is not a {shown_suffixes(TIMED_SUFFIXES)} file of this batch"
                                        f"{_why_not_timed(str(name), directory, names - set(map(str, entries)))}; the names under '{SPEAKERS_KEY}:' "
                                        "are file names of the batch folder, as 'wawancara_A7.vtt'", key=f"{SPEAKERS_KEY}.{name}")


def _why_not_timed(name: str, directory: Path, unmapped: set[str]) -> str:
    """Why a file batch.yaml maps is none of the batch's timed files: it is there but not read as a transcript
    (a JSON of no service the batch reads), or it is not there (not added yet, or misspelt: the closest name
    of the files it does not map)."""
    if (directory / name).is_file():
        if name.lower().endswith(".json"):
            return (" (the file is in the folder, but it is not read as a transcript: a .json is read only as a "
                    "speech-to-text service's answer saved unchanged, Deepgram's, Speechmatics', AssemblyAI's or ElevenLabs', "
                    f"and this one has none of their shapes: {_json_top(directory / name)}; docs/TOOL_FORMATS.md shows each)")
        return " (the file is in the folder, but it is not read as a transcript of a kind whose speakers a batch maps)"
    close = difflib.get_close_matches(name, sorted(unmapped), n=1, cutoff=0.8)
    return f" (no file of this name is in the folder{f'; did you mean {close[0]!r}?' if close else ': not added yet?'})"


def _json_top(path: Path) -> str:
    """What a JSON file holds at its top level, for a message that it is no service's transcript."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return "it is not JSON that can be read"
    if not isinstance(data, dict):
        return f"its top level is a {type(data).__name__}, not an object"
    return f"its top level holds {', '.join(map(repr, list(data)[:8])) or 'nothing'}"


def has_speaker_entry(batch_settings: dict[str, Any], path: Path) -> bool:
    entries = batch_settings.get(SPEAKERS_KEY)
    return isinstance(entries, dict) and (path.name in entries or path.stem in entries)
