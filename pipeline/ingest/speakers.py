"""Who is who in a subtitle transcript: its speaker labels mapped to the interviewer and informant codes.

Transcription tools label speakers by diarization ("S00", "SPEAKER_01") or by the names of a
meeting's participants ("Sari Wuisan"). The batch says what each label is, per file, in
`batch.yaml`

    speakers:
      wawancara_A7.vtt: {S00: P, S01: A7}

or in a sidecar file beside the transcript (`wawancara_A7.yaml`: front matter keys such as
`informant`, `role`, `language`, `date`, and `speakers: {S00: P, S01: A7}`). A label that is
already an interviewer label (`P`, `Peneliti`, ...) or an informant code needs no mapping; any
other label stops the run with a message that lists each file's labels with a sample line and the
lines to add. Nothing is guessed: a wrong guess would put the interviewer's words in the tables.
A typed transcript's sidecar is read here too, by the same function, for its facts only. What a
label's shape says is speaker_labels.py's; whether batch.yaml's entries name the batch's files,
speaker_entries.py's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import InputError, Problem, ProblemCollector
from pipeline.ingest.csv_text import CSV_SUFFIX
from pipeline.ingest.decode import decode_bytes
from pipeline.ingest.frontmatter import parse_sidecar
from pipeline.ingest.places import at_place, line_place
from pipeline.ingest.speaker_labels import (
    DIARIZATION_LABEL, LabelUse, UNDECIDED_VOICE, close_label, code_in_name, is_informant_code, label_styles,
    mapped_label, unused_keys, yaml_key)
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ingest.tiers import TIER_SUFFIXES
from pipeline.ingest.timed_text import TIMED_TEXT_SUFFIXES, TITLE_LINES, header_at
from pipeline.ingest.turns import is_interviewer
from pipeline.schema import INFORMANT, INTERVIEWER
from pipeline.wording import quantity

SPEAKERS_KEY = "speakers"
SIDECAR_SUFFIXES = (".yaml", ".yml")
# files whose speakers batch.yaml may map: subtitle files, and .txt, .md or Word exports with speaker and time lines
TIMED_SUFFIXES = (*SUBTITLE_SUFFIXES, *TIER_SUFFIXES, *TIMED_TEXT_SUFFIXES, ".csv", ".json")
# the kinds whose facts can only go in a sidecar: they have no front matter of their own
SIDECAR_ONLY_SUFFIXES = (*SUBTITLE_SUFFIXES, *TIER_SUFFIXES, ".csv", ".json")   # .csv: a spreadsheet's timed rows (csv_text.py); .json: asr_json.py
SAMPLE_LENGTH = 70


@dataclass
class SpeakerSettings:
    """What the batch says about one transcript (a subtitle file's speakers and facts; a typed
    transcript's facts only)."""

    metadata: dict[str, Any] = field(default_factory=dict)   # sidecar front matter, `speakers` left out
    mapping: dict[str, str] = field(default_factory=dict)    # label -> "P" or an informant code
    informant: str = ""                                      # whose words, for a file without labels


def sidecar_of(path: Path) -> Path | None:
    """`wawancara_A7.yaml` (or .yml) beside `wawancara_A7.vtt`, `.txt`, `.md` or `.docx` (never the
    batch's own batch.yaml, beside a transcript called `batch`, nor a YAML file that is something
    else: `not_a_sidecar`)."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.is_file() and candidate.name.lower() != "batch.yaml" and not_a_sidecar(candidate) is None:
            return candidate
    return None


def named_like_a_sidecar(path: Path) -> Path | None:
    """The transcript a YAML file is named after (`K1.yaml` beside `K1.md`), or None."""
    if path.suffix.lower() not in SIDECAR_SUFFIXES:
        return None
    return next((transcript for suffix in (*TIMED_SUFFIXES, ".md")
                 if (transcript := path.with_suffix(suffix)).is_file()), None)


def not_a_sidecar(path: Path) -> str | None:
    """What a YAML file named like a transcript's sidecar is instead, read by the keys only another
    kind of file has: a codebook (`themes:`) or a copy of batch.yaml (`codebook:`, or `speakers:`
    mapping file names); None for a sidecar, and for a file YAML cannot read (parse_sidecar names
    its problem, an impossible date's too)."""
    try:
        data = yaml.safe_load(decode_bytes(path.read_bytes(), path)[0])
    except (yaml.YAMLError, InputError, ValueError):   # ValueError: a date no calendar has (2026-13-40)
        return None
    if not isinstance(data, dict):
        return None
    keys = {str(key).strip().casefold(): value for key, value in data.items()}
    if "themes" in keys:
        return "a codebook (it has 'themes:')"
    if "codebook" in keys:
        return "a copy of batch.yaml (it has 'codebook:')"
    speakers = keys.get(SPEAKERS_KEY)
    if isinstance(speakers, dict) and any(isinstance(value, dict) or str(key).lower().endswith((*TIMED_SUFFIXES, ".md"))
                                          for key, value in speakers.items()):
        return "a copy of batch.yaml (its 'speakers:' maps files)"
    return None


def speaker_settings(path: Path, batch_settings: dict[str, Any], problems: ProblemCollector,
                     front_matter: dict[str, Any] | None = None) -> SpeakerSettings:
    """What the batch says about one transcript of any kind: the file's own front matter, its entry
    in batch.yaml `speakers`, then its sidecar, which wins where they speak of the same key."""
    found = _from_batch_and_sidecar(path, batch_settings, problems)
    if front_matter:
        found.metadata = {**front_matter, **found.metadata}
        found.informant = found.informant or str(front_matter.get("informant") or "").strip()
    return found


def typed_facts(path: Path, front_matter: dict[str, Any], problems: ProblemCollector,
                body: str = "") -> dict[str, Any] | None:
    """A typed transcript's facts: its front matter with its sidecar's keys over them, read as a
    subtitle file's are (`speaker_settings`); None, with the problem collected, when the sidecar
    maps speakers, which a typed transcript names in its own turns."""
    found = speaker_settings(path, {}, problems, front_matter)
    if found.mapping:
        problems.add(sidecar_of(path) or path, untimed_speaker_entry(path, body), key=SPEAKERS_KEY)
        return None
    if found.informant:   # `speakers: K3`: all its words are K3's
        found.metadata.setdefault("informant", found.informant)
    return found.metadata


def _from_batch_and_sidecar(path: Path, batch_settings: dict[str, Any], problems: ProblemCollector) -> SpeakerSettings:
    found = SpeakerSettings()
    entries = batch_settings.get(SPEAKERS_KEY)
    if isinstance(entries, dict):
        entry = entries.get(path.name, entries.get(path.stem))
        if entry is not None:
            _take(found, entry, path.parent / "batch.yaml", f"{SPEAKERS_KEY}.{path.name}", problems)
    sidecar = sidecar_of(path)
    if sidecar is not None:
        metadata = problems.reading(sidecar, lambda: parse_sidecar(decode_bytes(sidecar.read_bytes(), sidecar)[0], sidecar))
        if metadata is None:
            return found
        if SPEAKERS_KEY in metadata:
            _take(found, metadata.pop(SPEAKERS_KEY), sidecar, SPEAKERS_KEY, problems)
        found.metadata = metadata
        if metadata.get("informant") not in (None, ""):
            found.informant = str(metadata["informant"]).strip()
    return found


def _take(found: SpeakerSettings, entry: Any, source: Path, key: str, problems: ProblemCollector) -> None:
    """A mapping {label: code}, or one code: the speaker of a file without labels."""
    if isinstance(entry, (str, int)) and str(entry).strip():
        found.informant = str(entry).strip()
        return
    if not isinstance(entry, dict) or not entry:
        problems.add(source, "must map each speaker label to P (the interviewer) or an informant code, "
                             "as {S00: P, S01: A7}", key=key)
        return
    for label, code in entry.items():
        if not isinstance(code, (str, int)) or not str(code).strip():
            problems.add(source, f"speaker {label!r} must be mapped to P (the interviewer) or an informant code",
                         key=f"{key}.{label}")
            continue
        found.mapping[str(label).strip()] = str(code).strip()


def untimed_speaker_entry(path: Path, body: str) -> str:
    """Why batch.yaml may not map the speakers of a typed transcript (`body`: its text after any
    front matter), what the reader looked for and found first, and what to do instead."""
    # a Word file's lines are its paragraphs, a spreadsheet's its rows
    unit = {".docx": "paragraph", CSV_SUFFIX: "row"}.get(path.suffix.lower(), "line")
    lines = body.split("\n")
    found = next((line.strip() for line in lines if line.strip()), "")
    shown = found if len(found) <= SAMPLE_LENGTH else found[:SAMPLE_LENGTH - 1] + "\u2026"
    later = next((index for index in range(len(lines)) if header_at(lines, index) is not None), None)
    if later is not None:   # a longer title than an export has: say which lines to take out
        above = sum(1 for line in lines[:later] if line.strip())
        return (f"{path.name}: its first {unit} is \u201c{shown}\u201d and its first speaker-and-time {unit}, "
                f"\u201c{lines[later].strip()[:SAMPLE_LENGTH]}\u201d, comes after {quantity(above, unit)} of text; "
                f"a title of up to {TITLE_LINES} {unit}s above it is skipped: "
                f"delete the {unit}s above it that are not the export's title (meeting name, date, attendees), "
                f"keeping at most {TITLE_LINES}, and run again")
    return (f"{path.name} has no speaker-and-time {unit}s ('Speaker 1  0:03', '[00:00:03] Speaker 1:', 'Speaker 1: [00:00:03] ...') in its "
            f"first {TITLE_LINES + 1} {unit}s (a title of up to {TITLE_LINES} {unit}s above them is skipped); "
            f"its first {unit} is \u201c{shown}\u201d. So its speakers cannot be mapped here: if it is a typed "
            "transcript, write each turn's label in the file as 'P:' (the interviewer) or the informant's code "
            f"('K1:') and remove the mapping; if it is a tool's export, put each speaker's {unit} (name, then the "
            "time) above that speaker's words, as the tool wrote it")


def resolve_speakers(path: Path, uses: list[LabelUse], found: SpeakerSettings, known: set[str],
                     place: Callable[[int], str] = line_place) -> dict[str, tuple[str, str]]:
    """label -> (speaker code as the segments show it, role); InputError naming every unmapped label,
    each where the file first uses it (`place`: "line 12", or a Word file's "paragraph 3")."""
    resolved: dict[str, tuple[str, str]] = {}
    unmapped = []
    for use in uses:
        key = mapped_label(use.label, found.mapping, [use.label for use in uses])
        code = None if key is None else found.mapping[key]
        if code is None and (is_interviewer(use.label) or is_informant_code(use.label, known, found.informant)):
            code = use.label
        if code is None:
            unmapped.append(use)
            continue
        resolved[use.label] = (code, INTERVIEWER if is_interviewer(code) else INFORMANT)
    if unmapped:
        raise InputError.at(path, unmapped_message(path, uses, resolved, found, place))
    return resolved


def unused_labels_warning(path: Path, uses: list[LabelUse], found: SpeakerSettings,
                          resolved: dict[str, tuple[str, str]], place: Callable[[int], str] = line_place) -> str | None:
    """A mapping of labels the file never uses (a misspelt name maps no one, and nothing else
    says so): each with the file's labels and, when one is spelt alike, "did you mean"; each label
    named where the file first uses it (`place`: "line 12", a Word file's "paragraph 3")."""
    unused = unused_keys(found.mapping, uses)
    if not unused:
        return None
    source = sidecar_of(path) or path.parent / "batch.yaml"
    labels = ", ".join(f"'{use.label}' (first {at_place(place(use.line))}, -> {resolved[use.label][0]})" for use in uses)
    has = (f"the file's labels are {labels}" if uses else
           f"the file has no speaker labels, so all its words are read as {found.informant or 'one informant'}'s")
    lines = [f"{source}: 'speakers:' maps {quantity(len(unused), 'label')} that {path.name} does not have, so "
             f"{'it maps' if len(unused) == 1 else 'they map'} no one; {has}"]
    lines_of = {use.label: use.line for use in uses}
    for label in unused:   # the closest label's line too: a redacted run masks a name in its messages
        close = close_label(label, lines_of)
        hint = f"; did you mean '{close}' ({place(lines_of[close])})?" if close else ""
        lines.append(f"    '{label}': {found.mapping[label]}{hint} (correct its spelling or remove the line)")
    return "\n".join(lines)


UNMAPPED = "speaker labels not mapped to the interviewer (P) or an informant code"


def is_unmapped(problem: Problem) -> bool:
    """Whether a problem is a file's unmapped speaker labels (`resolve_speakers`)."""
    return problem.message.startswith(UNMAPPED)


def use_unit(path: Path) -> str:
    """What a label's uses are counted in: a subtitle file's cues, an ELAN or Praat file's annotations, a
    speech service's JSON's sentences (asr_json.py joins its words into one cue per sentence), a text or
    Word export's turns (a turn of several paragraphs, as Descript writes one, is one)."""
    suffix = path.suffix.lower()
    return ("cue" if suffix in SUBTITLE_SUFFIXES else "annotation" if suffix in TIER_SUFFIXES
            else "sentence" if suffix == ".json" else "turn")


def unmapped_message(path: Path, uses: list[LabelUse], resolved: dict[str, tuple[str, str]],
                     found: SpeakerSettings, place: Callable[[int], str] = line_place) -> str:
    """The labels of the file with a sample of each, and the batch.yaml lines that would map them;
    a subtitle file's uses counted in cues, a speech service's JSON's in sentences (asr_json.py joins its
    words into one cue per sentence), a text or Word export's in turns."""
    lines = [f"{UNMAPPED}; nothing is guessed. Labels in this file:"]
    unit = use_unit(path)
    unused = unused_keys(found.mapping, uses)
    for use in uses:
        sample = use.sample if len(use.sample) <= SAMPLE_LENGTH else use.sample[:SAMPLE_LENGTH - 1] + "\u2026"
        status = f"-> {resolved[use.label][0]}" if use.label in resolved else "not mapped"
        if use.label not in resolved and use.label.casefold() == UNDECIDED_VOICE:
            status += ("; whisper.cpp's '(speaker ?)' marks words whose voice the tool could not decide, no misspelling: "
                       "map it to the speaker its words show")
        elif use.label in resolved or DIARIZATION_LABEL.match(use.label):
            pass   # "Speaker 3" is a third voice the tool numbered, no misspelling of "Speaker 2"
        elif close := close_label(use.label, unused):
            status += f"; '{close}' is mapped: a misspelling?"
        elif close := close_label(use.label, [label for label in resolved if label in found.mapping]):
            status += (f"; close to '{close}' (-> {resolved[close][0]}): a misspelling? correct it in the file, "
                       "or map it too")
        lines.append(f"    {use.label} ({quantity(use.cues, unit)}, first {at_place(place(use.line))}, "
                     f"{status}): \u201c{sample}\u201d")
    styles = label_styles([use.label for use in uses if use.label not in resolved])
    if len(styles) > 1:
        lines.append(f"  the file numbers its speakers in {len(styles)} ways ({', '.join(styles)}): more than one "
                     "tool or person labelled it, so one voice may carry two labels; map every label above "
                     "to the speaker its words show")
    lines.append(f"  add to {path.parent / 'batch.yaml'} (or as 'speakers:' in {path.with_suffix('.yaml').name} "
                 "beside it), with P for the interviewer and each informant's code:")
    lines += ["    speakers:", f"      {path.name}:"]
    has_interviewer = any(role == INTERVIEWER for _, role in resolved.values())
    informant = found.informant or code_in_name(path.stem) or "A1"
    placeholder = iter(([] if has_interviewer else ["P"]) + [informant] * len(uses))
    for use in uses:
        code = resolved[use.label][0] if use.label in resolved else next(placeholder)
        lines.append(f"        {yaml_key(use.label)}: {code}")
    return "\n".join(lines)


