"""Read a batch folder into segments, informants and source documents."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.batch_files import SETTINGS_FILE, TRANSCRIPT_KINDS, folder_entries, list_transcripts, one_name_problems, read_settings, unconverted_problems, unread_settings
from pipeline.ingest.decode import UNREAD_HINT, read_source
from pipeline.ingest.document_segments import DocumentSegments, SourceDocument, document_segments, preambles_told_once
from pipeline.ingest.documents import (
    QUOTATIONS,
    TYPE_KEY,
    declared_kind,
    loose_table_warning,
    read_as_documents_warning,
    read_as_quotations_warning,
)
from pipeline.ingest.english_text import english_files_warning
from pipeline.ingest.identity_facts import identity_columns, identity_warning, masked_words, split_identity
from pipeline.ingest.frontmatter import parse_front_matter
from pipeline.ingest.informant_table import informant_table, spelled_as_transcripts
from pipeline.ingest.informants import read_informants_csv
from pipeline.ingest.places import Places
from pipeline.ingest.segment_key import read_segment_key
from pipeline.ingest.sessions import dated_sessions
from pipeline.ingest.segment_table import SegmentColumns, id_stems, segment_ids
from pipeline.ingest.speaker_entries import check_speaker_entries, has_speaker_entry
from pipeline.ingest.speakers import TIMED_SUFFIXES, is_unmapped, typed_facts, untimed_speaker_entry
from pipeline.ingest.subtitle_turns import cues_as_transcript, read_subtitle_transcript
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ingest.asr_json import ASR_JSON_SUFFIX, read_asr_transcript
from pipeline.ingest.tier_files import read_tier_transcript
from pipeline.ingest.tiers import TIER_SUFFIXES
from pipeline.ingest.end_marks import end_mark_times
from pipeline.ingest.tool_exports import export_cues
from pipeline.ingest.clocks import recording_clock
from pipeline.ingest.export_titles import export_facts, title_date
from pipeline.ingest.timed_text import TIMED_TEXT_SUFFIXES, TITLE_LINES
from pipeline.privacy.name_parts import label_parts, label_parts_warning
from pipeline.privacy.redactor import Redactor
from pipeline.schema import NOTE, UNKNOWN_SPEAKER



@dataclass
class Batch:
    directory: Path
    documents: dict[str, SourceDocument]
    segments: pd.DataFrame
    informants: pd.DataFrame
    settings: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    redactor: Redactor = field(default_factory=Redactor)   # the batch's identifiers and redact.txt names

    @property
    def name(self) -> str:
        return self.directory.name


FROM_FOLDER = "folder"
"""read_batch's `id_key` default: the key the batch folder keeps (ingest/segment_key.py), if any."""


def read_batch(directory: str | Path, id_key: bytes | None | str = FROM_FOLDER) -> Batch:
    """Read every transcript of a batch; all input problems are raised together.

    Segment ids are keyed with `id_key` (default: the folder's key); None gives the older ids,
    hashed from the text with identifiers masked (a batch without a key has those).
    """
    directory = Path(directory)
    if not directory.exists():
        raise InputError.at(directory, "batch folder does not exist")
    if not directory.is_dir():
        raise InputError.at(directory, "is a file; give the batch folder that holds the transcripts")
    problems = ProblemCollector()
    settings = {}
    settings_unread = False
    try:
        settings = read_settings(directory)
    except InputError as error:
        problems.extend(unread_settings(error))
        settings_unread = True
    try:
        entries = folder_entries(directory)
        transcripts, warnings = list_transcripts(directory, settings, entries)
    except OSError as error:
        raise InputError.at(directory, f"cannot list the batch folder: {error.strerror}") from None
    for path, message in unconverted_problems(directory, entries):
        problems.add(path, message)
    if not transcripts:
        problems.raise_if_any()
        passed = "".join(f"\n  - {warning}" for warning in warnings)   # why each file the folder holds was not read
        raise InputError.at(directory, f"no transcripts found {TRANSCRIPT_KINDS}"
                            + (f"; passed over:{passed}" if passed else ""))
    for path, message in one_name_problems(transcripts):
        problems.add(path, message)
    batch_kind = declared_kind(settings)
    if settings.get(TYPE_KEY) is not None and batch_kind is None:
        problems.add(directory / SETTINGS_FILE, f"type must be 'document', 'interview' or 'quotations' "
                     f"(got {settings[TYPE_KEY]!r})", key=TYPE_KEY)
    check_speaker_entries(settings, [path for path in transcripts if path.suffix.lower() in TIMED_SUFFIXES],
                          directory, problems)
    redactor = Redactor.for_batch(directory, problems, warnings)
    if id_key == FROM_FOLDER:
        try:
            id_key = read_segment_key(directory)
        except InputError as error:
            problems.extend(error)
            id_key = None

    informants_csv = None
    if (directory / "informants.csv").exists():
        informants_csv = read_informants_csv(directory / "informants.csv", problems)
    known = set(informants_csv["informant"]) if informants_csv is not None else set()

    documents: dict[str, SourceDocument] = {}
    by_shape: dict[str | None, list[str]] = {}   # files read as quotations by their shape, by what they declared
    unknown_names: set[str] = set()   # "Oma Nel:": an unknown speaker's title and name
    label_names: set[str] = set()     # "Sari Wuisan" as a Zoom or Teams label, mapped to a code
    identity: list[str] = []          # a file's facts' name and address (identity_facts.py)
    table = SegmentColumns()
    stems = id_stems(transcripts, redactor.redact)
    own_stems = id_stems(transcripts, str)   # a keyed id's hash names its document, whatever redact.txt masks
    for path in transcripts:
        times = None
        timed = None
        places = Places()   # a Word export's paragraphs, which its turns' lines are
        if path.suffix.lower() in SUBTITLE_SUFFIXES:
            timed = read_subtitle_transcript(path, settings, known, problems, warnings)
            if timed is None:
                continue
        elif path.suffix.lower() in TIER_SUFFIXES:   # ELAN, Praat: one tier per speaker
            timed, places = read_tier_transcript(path, settings, known, problems, warnings)
            if timed is None:
                continue
        elif path.suffix.lower() == ASR_JSON_SUFFIX:   # Deepgram, Speechmatics, AssemblyAI, ElevenLabs: words with speakers and times
            timed, places = read_asr_transcript(path, settings, known, problems, warnings)
            if timed is None:
                continue
        else:
            try:
                source = read_source(path)
            except InputError as error:
                problems.extend(error)
                continue
            text, encoding, places = source.text, source.encoding, source.places
            try:
                front = parse_front_matter(text, path)
                told: list[str] = []   # a Word export's warnings name its paragraphs, not lines of its text
                cues = (export_cues(text, path, told, front.body_line, known, has_speaker_entry(settings, path),
                                    chats=(declared_kind(front.metadata) or batch_kind) != "document",
                                    place=source.places.name, table_times=source.times)
                        if path.suffix.lower() in TIMED_TEXT_SUFFIXES or source.times else None)
                warnings.extend(source.places.located_warnings(path, told))
            except InputError as error:   # a Word table of facts is named by table and row, not line
                problems.problems.extend(source.places.located(error.problems))
                continue
            if cues is not None:
                timed = cues_as_transcript(path, source.data, cues, settings, known, problems, warnings,
                                           export_facts(cues, front.metadata), source.places.name)
                if timed is None:
                    continue
            elif has_speaker_entry(settings, path):
                problems.add(directory / SETTINGS_FILE, untimed_speaker_entry(path, text[front.body_start:]),
                             key=f"speakers.{path.name}")
                continue
            else:
                facts = typed_facts(path, front.metadata, problems, text[front.body_start:])
                if facts is None:
                    continue
                front = dataclasses.replace(front, metadata=facts)
        if timed is not None:
            text, times = timed.text, timed.times
            label_names.update(timed.named_labels)
            doc = SourceDocument(path.name, path, text, timed.metadata, "utf-8", timed.sha256, timed.kind, places)
            doc_segments = DocumentSegments(timed.kind, timed.raws, timed.informants, timed.speakers, timed.roles,
                                            own_translations=timed.translations)
        else:
            if not text[front.body_start:].strip():
                empty = "has no text after its front matter" if front.body_start else "is empty"
                problems.add(path, f"{empty}; {UNREAD_HINT}")
                continue
            if encoding not in ("utf-8", "utf-8-sig", "docx"):
                warnings.append(f"{path}: read as {encoding}")
            doc = SourceDocument(path.name, path, text, front.metadata, encoding, hashlib.sha256(source.data).hexdigest(), "",
                                 source.places)
            doc_segments = document_segments(doc, front.body_start, known, warnings, source.table_lines, batch_kind,
                                              masked=lambda label: redactor.redact_short(label) != label,
                                              headings=source.headings)
            doc = dataclasses.replace(doc, kind=doc_segments.kind, metadata=_with_session_date(doc, doc_segments))
            spans = source.segment_times(doc_segments.raws) or end_mark_times(text, doc_segments.raws)
            times = [(recording_clock(start), recording_clock(end)) for start, end in spans] if spans else None
            if doc.kind != "document":   # a document's table rows are its segments
                warnings.extend(loose_table_warning(path, number) for number in source.row_tables)
            if doc.kind == QUOTATIONS and (declared := declared_kind(doc.metadata) or batch_kind) != QUOTATIONS:
                by_shape.setdefault(declared, []).append(path.name)
        starts = [raw.start for raw in doc_segments.raws]
        ends = [raw.end for raw in doc_segments.raws]
        texts = [text[start:end] for start, end in zip(starts, ends)]
        if isinstance(id_key, bytes):
            ids = segment_ids(stems[path], doc_segments.speakers, texts, id_key, own_stems[path])
        else:
            masked = redactor.masked_slices(doc.text, starts, ends)
            masked_speakers = {speaker: redactor.redact_short(speaker) for speaker in set(doc_segments.speakers)}
            ids = segment_ids(stems[path], [masked_speakers[speaker] for speaker in doc_segments.speakers], masked)
        table.add(doc, doc_segments, ids, texts, times)
        unknown_names.update(speaker for speaker, role in zip(doc_segments.speakers, doc_segments.roles)
                             if role == UNKNOWN_SPEAKER and len(speaker.split()) > 1)
        if (facts := split_identity(doc.metadata)).keys:
            doc = dataclasses.replace(doc, metadata=facts.metadata)
            identity.extend(masked_words(facts))
            warnings.append(identity_warning(str(path), facts.keys))
        documents[path.name] = doc
    if settings_unread:   # the mapping may be in the batch.yaml that could not be read
        problems.problems = [problem for problem in problems.problems if not is_unmapped(problem)]
    problems.raise_if_any()
    warnings[:] = preambles_told_once(warnings)
    warnings.extend(read_as_quotations_warning(names, declared) for declared, names in by_shape.items())
    if (unlabelled := read_as_documents_warning({name: doc.kind for name, doc in documents.items()}, {
            name: declared_kind(doc.metadata) or batch_kind for name, doc in documents.items()})) is not None:
        warnings.append(unlabelled)

    segments = table.frame()
    if english := english_files_warning(documents, segments):
        warnings.append(english)
    if informants_csv is not None and (columns := identity_columns(list(informants_csv.columns))):
        # informants.csv's name and address columns: as a file's facts, no Tabel 1 column, masked
        for row in informants_csv[columns].fillna("").to_dict("records"):
            identity.extend(masked_words(split_identity(row)))
        informants_csv = informants_csv.drop(columns=columns)
        warnings.append(identity_warning(str(directory / "informants.csv"), tuple(columns)))
    if informants_csv is not None:
        informants_csv = spelled_as_transcripts(informants_csv, documents, segments, warnings)
    informants = informant_table(informants_csv, documents, segments, warnings)
    if unknown_names or label_names or identity:   # masked in the outputs as redact.txt names are (ids do not change)
        parts = label_parts(sorted(label_names))
        if (common := label_parts_warning(parts.common, tuple(redactor.names))) is not None:
            warnings.append(common)
        redactor = Redactor([*redactor.names, *sorted(unknown_names), *sorted(label_names), *parts.masked, *identity])
    return Batch(directory, documents, segments, informants, settings, warnings, redactor)


TITLE_WORDS = 30   # a title line dates an interview only when it is this short at most


def _with_session_date(doc: SourceDocument, segments: DocumentSegments) -> dict[str, Any]:
    """The file's facts, with its first dated session heading ("## Sesi 1 (2026-09-03)") as its
    `date` when it gives none, else the date in a title of up to TITLE_LINES lines above its first
    turn ("Wawancara S07, ..., 12 Oktober 2026", as a tool export's title gives one): saturation
    orders interviews as they were held."""
    if doc.metadata.get("date"):
        return doc.metadata
    notes = [doc.text[raw.start:raw.end] for raw, role in zip(segments.raws, segments.roles) if role == NOTE]
    dates = dated_sessions(notes)
    if not dates and segments.roles and segments.roles[0] == NOTE and _title_shaped(notes[0]):
        dates = [found] if (found := title_date(notes[0])) else []
    return {**doc.metadata, "date": dates[0]} if dates else doc.metadata


def _title_shaped(note: str) -> bool:
    """A note that reads as a title: a few short lines, none ending a sentence. A sentence of context
    above the first turn ("Informan bercerita tentang banjir 12 Januari 2023.") names a date that is
    not the session's."""
    lines = [line.strip() for line in note.strip().split("\n") if line.strip()]
    return (len(lines) <= TITLE_LINES and len(note.split()) <= TITLE_WORDS
            and not any(line.endswith((".", "!", "?")) for line in lines))
