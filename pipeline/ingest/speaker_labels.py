"""Speaker labels as transcription tools write them: which shapes name no one, which name an informant,
which a mapping key means, and which may be a person's name.

A family of label shapes every timed reader asks about (subtitle_turns.py, table_cues.py,
document_segments.py) and speakers.py maps: diarization's numbering ("S00", "SPEAKER_01",
"Speaker A"), an informant code ("A7"), a participant's name ("Sari Wuisan"); a mapping key that
says "Speaker" before the numbering or not; a misspelt label close to a mapped one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.ingest.turns import is_code_shaped, is_interviewer
from pipeline.person_words import names_a_role

# Labels diarization invents: shaped like informant codes ("S01", "P1") but naming no one. A
# study whose informants are P1, P2 lists them in informants.csv or names the file's informant.
# A letter after "Speaker" is a tool's numbering too (AssemblyAI's "A", "B": Speaker A), never a name.
DIARIZATION_LABEL = re.compile(r"^(?:(?:s|p|spk|speaker|pembicara|person)[ _-]?\d{1,3}|(?:speaker|pembicara)[ _-][a-z])$",
                               re.IGNORECASE)
# the word a tool writes before its numbering ("Speaker A", "Pembicara 2"); a mapping may say it or not
_TOOL_WORD = re.compile(r"^(?:speaker|pembicara|spk)[ _-]?(?=\w+$)", re.IGNORECASE)


def _bare(label: str) -> str:
    """A label without the tool's word before its numbering: "Speaker A" and "A" are one speaker."""
    return _TOOL_WORD.sub("", label.strip()).casefold()


def mapped_label(label: str, mapping: dict[str, str], labels: Iterable[str]) -> str | None:
    """The key of `mapping` that maps `label` (one of the file's `labels`): spelt alike, or, when that is
    unambiguous (one key and one label of the file come to it), alike but for "Speaker" before it:
    AssemblyAI's speaker "A" is written "A:" by one export and "Speaker A:" by another."""
    for key in mapping:
        if key.casefold() == label.casefold():
            return key
    bare = _bare(label)
    keys = [key for key in mapping if _bare(key) == bare]
    if len(keys) == 1 and sum(_bare(other) == bare for other in set(labels)) == 1:
        return keys[0]
    return None


def unused_keys(mapping: dict[str, str], uses: list[LabelUse]) -> list[str]:
    """The keys of `mapping` that map none of the file's labels."""
    labels = [use.label for use in uses]
    used = {mapped_label(label, mapping, labels) for label in labels}
    return [key for key in mapping if key not in used]


@dataclass(frozen=True)
class LabelUse:
    """A speaker label as found in one file: how often, where first, and what it says there."""

    label: str
    cues: int
    line: int
    sample: str


def is_informant_code(label: str, known: set[str], informant: str) -> bool:
    """A label that already names an informant: listed in informants.csv, the file's own informant,
    or shaped like a code (A7, INF-03) and not a diarization label (S01, SPEAKER_01)."""
    folded = label.casefold()
    return (folded in {code.casefold() for code in known} or (bool(informant) and folded == informant.casefold())
            or (is_code_shaped(label) and not DIARIZATION_LABEL.match(label)))


def personal_labels(resolved: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    """The labels a mapping replaced that may be people's names ("Sari Wuisan", as Zoom, Teams and
    Otter label a voice): not a tool's numbering (Speaker 1), an interviewer word or a code. The
    code replaces them in the turns' labels; a transcript may still say them, so they are masked
    there as redact.txt names are. A role ("Kader Posyandu", "Bidan Desa") names no one: masked, every
    "kader posyandu" of the words would read [NAMA]."""
    return tuple(label for label, (code, _) in resolved.items()
                 if label and label != code and not DIARIZATION_LABEL.match(label)
                 and not is_interviewer(label) and not is_code_shaped(label) and not names_a_role(label))


# how alike a label must be to a mapped one to be taken for its misspelling ("Oma Ros" for "Oma Roos")
MISSPELLING_CUTOFF = 0.75
# whisper.cpp's label for a stretch its stereo diarization gave to neither channel
UNDECIDED_VOICE = "speaker ?"


def close_label(label: str, labels: Iterable[str]) -> str | None:
    """The one of `labels` that `label` is most likely a misspelling of, or None."""
    close = difflib.get_close_matches(label, list(labels), n=1, cutoff=MISSPELLING_CUTOFF)
    return close[0] if close else None


def label_styles(labels: list[str]) -> list[str]:
    """The ways tools number speakers among `labels`, each as its first label's stem ("SPEAKER_…",
    "P…"), in order of first use; names count as none."""
    styles: dict[str, str] = {}
    for label in labels:
        if DIARIZATION_LABEL.match(label):
            stem = label.rstrip("0123456789")
            styles.setdefault(stem.rstrip(" _-").casefold(), f"{stem}\u2026")
    return list(styles.values())


def code_in_name(stem: str) -> str:
    """The informant code a file is named after (wawancara_A7 -> A7), for the suggested mapping."""
    return next((part for part in re.split(r"[\s_.]+", stem) if is_code_shaped(part)), "")


def yaml_key(label: str) -> str:
    """A label as a YAML key: quoted when it has characters YAML would read otherwise."""
    return label if re.fullmatch(r"[A-Za-z][\w .\-']*", label) and not label.endswith(" ") else f'"{label}"'
