"""What a batch folder holds: which files are transcripts, its settings (batch.yaml), and a
fingerprint of everything reading it would read."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pipeline.digests import digest
from pipeline.errors import InputError
from pipeline.ingest.asr_json import ASR_JSON_SUFFIX, read_as_asr_json
from pipeline.ingest.csv_text import CSV_SUFFIX, csv_table
from pipeline.ingest.decode import read_text
from pipeline.ingest.html_text import MARKUP_SUFFIXES
from pipeline.ingest.speakers import named_like_a_sidecar, not_a_sidecar
from pipeline.ingest.subtitle_turns import sidecar_files
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ingest.tiers import SHOWN_SUFFIXES, TIER_SUFFIXES, shown_suffixes
from pipeline.ingest.timed_text import TIMED_TEXT_SUFFIXES
from pipeline.ordering import natural_key
from pipeline.privacy.redactor import REDACT_FILE
from pipeline.yaml_errors import SETTINGS, syntax_error

TRANSCRIPT_SUFFIXES = (*TIMED_TEXT_SUFFIXES, *SUBTITLE_SUFFIXES, *TIER_SUFFIXES)
# "(.txt, .md, ... or .srt)": the files a batch reads, as messages name them
TRANSCRIPT_KINDS = (f"({', '.join(SHOWN_SUFFIXES.get(suffix, suffix) for suffix in TRANSCRIPT_SUFFIXES)}, "
                    "a Deepgram, Speechmatics, AssemblyAI or ElevenLabs .json, or a .csv spreadsheet of turns)")
# what only a transcription tool writes: one of these beside another file of its name is one recording twice
# of those, the ones that keep each turn's time
TIMED_TOOL_SUFFIXES = (*SUBTITLE_SUFFIXES, *TIER_SUFFIXES, ASR_JSON_SUFFIX)
TOOL_SUFFIXES = (*MARKUP_SUFFIXES, *TIMED_TOOL_SUFFIXES)
# hidden files, notes, and the lock files Word leaves beside open documents
SKIPPED_PREFIXES = (".", "_", "~$")
# read by the review stage, not here
REVIEW_FILES = {"reviews.csv", "reviews_dropped.csv", "translations.csv", "translations_en.csv"}
NOT_TRANSCRIPTS = {"informants.csv", *REVIEW_FILES, REDACT_FILE, "batch.yaml"}
SETTINGS_FILE = "batch.yaml"
# word processors' files the batch cannot read, though a transcript is likely in them: the run stops
LEAVE_OUT = "(or rename it to start with '_' to leave it out)"
UNCONVERTED_SUFFIXES = {".doc": "an old Word (.doc) file", ".rtf": "a Rich Text (.rtf) file",
                        ".odt": "a LibreOffice (.odt) file"}
# what the review stage writes beside a codebook kept in the batch folder (review/history.py,
# review/translation_history.py): its graders' decisions and translation corrections for later batches
DECISIONS_SUFFIX = ".decisions.csv"
TRANSLATION_HISTORY_SUFFIX = ".translations.csv"


def passed_over(name: str) -> bool:
    """Entries of a batch folder that reading it neither reads nor mentions: hidden files, notes,
    READMEs, Word's lock files, backups, and the review files (the review stage reads and writes
    those: reviews, translations, a codebook's decisions and translation corrections)."""
    lower = name.lower()
    return (name.startswith(SKIPPED_PREFIXES) or lower.startswith("readme.") or lower in REVIEW_FILES
            or lower.endswith((DECISIONS_SUFFIX, TRANSLATION_HISTORY_SUFFIX)) or name.endswith((".bak", "~")))


def folder_entries(directory: Path) -> list[Path]:
    """What a batch folder holds, in the natural order of names: read once by `read_batch` and
    handed to `list_transcripts` and `unconverted_problems`."""
    return sorted(directory.iterdir(), key=lambda p: natural_key(p.name))


def list_transcripts(directory: Path, settings: dict[str, Any] | None = None,
                     entries: list[Path] | None = None) -> tuple[list[Path], list[str]]:
    """Transcript files of a batch, and a warning for every other file we pass over (not for the
    codebook batch.yaml names, which the run reads); `entries` as `folder_entries` lists them."""
    transcripts, skipped = [], []
    entries = folder_entries(directory) if entries is None else entries
    tables = [path for path in entries if path.suffix.lower() == CSV_SUFFIX and path.name.lower() not in NOT_TRANSCRIPTS
              and not passed_over(path.name) and path.is_file() and _transcript_table(path)]
    services = [path for path in entries if path.suffix.lower() == ASR_JSON_SUFFIX and not passed_over(path.name)
                and path.is_file() and read_as_asr_json(path)]   # Deepgram's, Speechmatics', AssemblyAI's, ElevenLabs' transcripts
    sidecars = sidecar_files([path for path in entries if path.suffix.lower() in TRANSCRIPT_SUFFIXES or path in tables
                              or path in services])
    written_stems = _transcript_stems(entries)
    codebook = (settings or {}).get("codebook")
    named = {(directory / str(codebook)).resolve()} if isinstance(codebook, str) and codebook.strip() else set()
    for path in entries:
        name = path.name
        if passed_over(name) or name.lower() in NOT_TRANSCRIPTS or path in sidecars or path.resolve() in named:
            continue  # batch files (informants.csv, redact.txt, batch.yaml, its codebook, sidecars) are read on their own
        if path.is_dir():
            skipped.append(f"{path}: folder ignored (batches are flat; put sub-batches in their own folder)")
        elif path.suffix.lower() in TRANSCRIPT_SUFFIXES or path in tables or path in services:   # tables: a spreadsheet's turns
            transcripts.append(path)
        elif path.suffix.lower() == ".json" and is_whisper_json(path) and path.stem in written_stems:
            skipped.append(f"{path}: Whisper's .json, not read: the transcript of the same name beside it is read instead")
        elif path.suffix.lower() in UNCONVERTED_SUFFIXES or path.suffix.lower() == ".json" and is_whisper_json(path):
            continue   # unconverted_problems stops the run for it
        elif (transcript := named_like_a_sidecar(path)) is not None and (what := not_a_sidecar(path)):
            skipped.append(f"{path}: named like the sidecar of {transcript.name}, but it is {what}, so it was not "
                           f"read as one: nothing in it describes {transcript.name}. Rename it, or "
                           "replace its text with the transcript's facts (informant:, role:, date: ...)")
        elif path.suffix.lower() == ASR_JSON_SUFFIX:
            skipped.append(f"{path}: ignored, not a transcript: a .json file is read only as a speech-to-text "
                           "service's transcript, Deepgram's (with 'results' holding 'utterances' or 'channels') or "
                           "Speechmatics' (json-v2: 'results', a list of words), AssemblyAI's ('utterances' and 'words' "
                           "at its top level) or ElevenLabs' ('words' each with its 'type': word, spacing, audio_event); "
                           "Whisper's and WhisperX's stop the run")
        elif path.suffix.lower() == CSV_SUFFIX:
            skipped.append(f"{path}: ignored, not a transcript: a .csv file is read only as a spreadsheet of turns, "
                           "a column of speakers ('P', the informant's code) and one of their words, under an "
                           "optional header row (speaker,text) and beside an optional column of times")
        else:
            skipped.append(f"{path}: ignored, not a transcript {TRANSCRIPT_KINDS}")
    return transcripts, skipped


def _transcript_table(path: Path) -> bool:
    """Whether a CSV file of the batch holds a transcript's rows (csv_text.py); one that is not
    text is passed over with the warning."""
    try:
        return csv_table(read_text(path)[0]) is not None
    except InputError:
        return False


def unconverted_problems(directory: Path, entries: list[Path] | None = None) -> list[tuple[Path, str]]:
    """A word processor's file that is not .docx, or Whisper's or WhisperX's .json: likely an interview,
    which a warning among many would leave out of every table unnoticed. One problem each, saying how
    to convert it or leave it out; `entries` as `folder_entries` lists them."""
    problems = []
    entries = folder_entries(directory) if entries is None else entries
    written_stems = _transcript_stems(entries)
    for path in entries:
        if passed_over(path.name) or not path.is_file():
            continue
        if path.suffix.lower() in UNCONVERTED_SUFFIXES:
            problems.append((path, f"{UNCONVERTED_SUFFIXES[path.suffix.lower()]} cannot be read: open it in Word or "
                                   "LibreOffice and save it as .docx (File > Save As > Word Document (.docx)), then "
                                   f"move this file out of the folder {LEAVE_OUT}"))
        elif path.suffix.lower() == ".json" and path.stem not in written_stems and is_whisper_json(path):
            problems.append((path, "is Whisper's or WhisperX's .json, which is not read: put the .vtt, .srt or .txt "
                                   "the tool writes beside it in the folder (WhisperX --output_format vtt; its speaker "
                                   f"labels are mapped in batch.yaml) and move the .json out {LEAVE_OUT}"))
    return problems


def _transcript_stems(entries: list[Path]) -> set[str]:
    """Names of the transcripts a batch holds: WhisperX writes its .json beside the .vtt, .srt and .txt
    of one recording, and the one the user kept is read instead."""
    return {path.stem for path in entries if path.suffix.lower() in TRANSCRIPT_SUFFIXES and not passed_over(path.name)}


def is_whisper_json(path: Path) -> bool:
    """A JSON file whose `segments` are a transcription's (each with its `text`), as Whisper and WhisperX write."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    segments = data.get("segments") if isinstance(data, dict) else None
    return isinstance(segments, list) and bool(segments) and all(
        isinstance(segment, dict) and "text" in segment for segment in segments[:5])


def one_name_problems(transcripts: list[Path]) -> list[tuple[Path, str]]:
    """A tool's export (subtitles, noScribe's or oTranscribe's markup) that shares its name with
    another transcript ("K3.srt" beside "K3.txt" or "K3.vtt": WhisperX writes every format of one
    recording side by side; "K3.html" beside "K3.txt": a noScribe user may save one recording twice):
    each would be read as an interview of its own, every turn counted twice. One problem per name, on
    its first file, saying what to do. Typed files of one name ("A1.md" beside "A1.txt") are read as
    two, as before."""
    by_stem: dict[str, list[Path]] = {}
    for path in transcripts:
        by_stem.setdefault(path.stem.casefold(), []).append(path)
    return [(paths[0], f"{', '.join(path.name for path in paths)} are one name in {len(paths)} formats, so the "
                       "same interview would be read and counted once for each: keep one of them in the batch "
                       f"folder (a {shown_suffixes(TIMED_TOOL_SUFFIXES)} keeps each turn's time) and move the others out")
            for paths in by_stem.values()
            if len(paths) > 1 and any(path.suffix.lower() in TOOL_SUFFIXES for path in paths)]


def read_settings(directory: Path) -> dict[str, Any]:
    path = directory / SETTINGS_FILE
    if not path.exists():
        return {}
    text, _ = read_text(path)
    try:
        settings = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as error:
        raise syntax_error(error, str(path), text, SETTINGS) from None
    except yaml.YAMLError as error:
        raise InputError.at(path, f"not valid YAML: {error}") from None
    except ValueError as error:   # YAML's date reading refused a date no calendar has (2026-13-40)
        line, value = _impossible_date(text)
        raise InputError.at(path, f"'{value}' is no day of the calendar ({error}): write it as YYYY-MM-DD",
                            line=line) from None
    if not isinstance(settings, dict):
        raise InputError.at(path, "must be a mapping of 'key: value' lines")
    return settings


def _impossible_date(text: str) -> tuple[int | None, str]:
    """The line and the value of the first YYYY-MM-DD in `text` that no calendar has."""
    for number, line in enumerate(text.splitlines(), start=1):
        for value in re.findall(r"\b\d{4}-\d{1,2}-\d{1,2}\b", line):
            try:
                date.fromisoformat("-".join(part.zfill(2) for part in value.split("-")))
            except ValueError:
                return number, value
    return None, "a date"


UNREAD_SETTINGS = ("; until batch.yaml can be read, nothing it sets is known (the codebook it names, 'type', 'title', "
                   "the speakers it maps), so no other problem that follows from it is reported: correct it and run again")


def unread_settings(error: InputError) -> InputError:
    """batch.yaml's problems, the last saying what an unreadable batch.yaml blocks: the speakers
    it maps are unknown, and a file's unmapped labels are no problem of their own yet."""
    *first, last = error.problems
    return InputError([*first, dataclasses.replace(last, message=last.message + UNREAD_SETTINGS)])


def batch_fingerprint(directory: Path) -> str:
    """Hash of everything `read_batch` reads or mentions in `directory` (the name and bytes of
    every entry not `passed_over`, and the folder as given, which its paths and messages spell),
    so an unchanged batch's reading can be reused. The codebook batch.yaml names is only named:
    reading the batch passes over its words, so an edited definition re-reads no transcript (a 50-interview
    batch was read again at each edit); a codebook named like a transcript's sidecar is read in full."""
    entries = sorted(directory.iterdir(), key=lambda p: p.name)
    codebook = read_settings(directory).get("codebook")
    named = (directory / codebook).resolve() if isinstance(codebook, str) and codebook.strip() else None
    if named is not None and named.stem in _transcript_stems(entries):
        named = None
    parts: list[str | bytes] = [str(directory)]
    for path in entries:
        if passed_over(path.name):
            continue
        parts.append(path.name)
        if path.is_file() and path.resolve() != named:
            parts.append(path.read_bytes())
    return digest(*parts)
