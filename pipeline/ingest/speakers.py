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
A typed transcript's sidecar is read here too, by the same function, for its facts only.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import InputError, Problem, ProblemCollector
from pipeline.ingest.csv_text import CSV_SUFFIX
from pipeline.ingest.decode import decode_bytes
from pipeline.ingest.frontmatter import parse_sidecar
from pipeline.ingest.places import at_place, line_place
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ingest.tiers import TIER_SUFFIXES, shown_suffixes
from pipeline.ingest.timed_text import TIMED_TEXT_SUFFIXES, TITLE_LINES, header_at
from pipeline.ingest.turns import is_code_shaped, is_interviewer
from pipeline.person_words import names_a_role
from pipeline.schema import INFORMANT, INTERVIEWER
from pipeline.wording import quantity

SPEAKERS_KEY = "speakers"
SIDECAR_SUFFIXES = (".yaml", ".yml")
# files whose speakers batch.yaml may map: subtitle files, and .txt, .md or Word exports with speaker and time lines
TIMED_SUFFIXES = (*SUBTITLE_SUFFIXES, *TIER_SUFFIXES, *TIMED_TEXT_SUFFIXES, ".csv", ".json")
# the kinds whose facts can only go in a sidecar: they have no front matter of their own
SIDECAR_ONLY_SUFFIXES = (*SUBTITLE_SUFFIXES, *TIER_SUFFIXES, ".csv", ".json")   # .csv: a spreadsheet's timed rows (csv_text.py); .json: asr_json.py
# Labels diarization invents: shaped like informant codes ("S01", "P1") but naming no one. A
# study whose informants are P1, P2 lists them in informants.csv or names the file's informant.
# A letter after "Speaker" is a tool's numbering too (AssemblyAI's "A", "B": Speaker A), never a name.
DIARIZATION_LABEL = re.compile(r"^(?:(?:s|p|spk|speaker|pembicara|person)[ _-]?\d{1,3}|(?:speaker|pembicara)[ _-][a-z])$",
                               re.IGNORECASE)
SAMPLE_LENGTH = 70
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


def is_informant_code(label: str, known: set[str], informant: str) -> bool:
    """A label that already names an informant: listed in informants.csv, the file's own informant,
    or shaped like a code (A7, INF-03) and not a diarization label (S01, SPEAKER_01)."""
    folded = label.casefold()
    return (folded in {code.casefold() for code in known} or (bool(informant) and folded == informant.casefold())
            or (is_code_shaped(label) and not DIARIZATION_LABEL.match(label)))


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


def personal_labels(resolved: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    """The labels a mapping replaced that may be people's names ("Sari Wuisan", as Zoom, Teams and
    Otter label a voice): not a tool's numbering (Speaker 1), an interviewer word or a code. The
    code replaces them in the turns' labels; a transcript may still say them, so they are masked
    there as redact.txt names are. A role ("Kader Posyandu", "Bidan Desa") names no one: masked, every
    "kader posyandu" of the words would read [NAMA]."""
    return tuple(label for label, (code, _) in resolved.items()
                 if label and label != code and not DIARIZATION_LABEL.match(label)
                 and not is_interviewer(label) and not is_code_shaped(label) and not names_a_role(label))


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
# how alike a label must be to a mapped one to be taken for its misspelling ("Oma Ros" for "Oma Roos")
MISSPELLING_CUTOFF = 0.75
# whisper.cpp's label for a stretch its stereo diarization gave to neither channel
UNDECIDED_VOICE = "speaker ?"


def close_label(label: str, labels: Iterable[str]) -> str | None:
    """The one of `labels` that `label` is most likely a misspelling of, or None."""
    close = difflib.get_close_matches(label, list(labels), n=1, cutoff=MISSPELLING_CUTOFF)
    return close[0] if close else None


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
    styles = _label_styles([use.label for use in uses if use.label not in resolved])
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
        lines.append(f"        {_yaml_key(use.label)}: {code}")
    return "\n".join(lines)


def _label_styles(labels: list[str]) -> list[str]:
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


def _yaml_key(label: str) -> str:
    """A label as a YAML key: quoted when it has characters YAML would read otherwise."""
    return label if re.fullmatch(r"[A-Za-z][\w .\-']*", label) and not label.endswith(" ") else f'"{label}"'
