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
from pipeline.ingest.decode import read_source
from pipeline.ingest.document_segments import DocumentSegments, SourceDocument, document_segments
from pipeline.ingest.document_sources import documents_warning, unlisted_documents
from pipeline.ingest.documents import (
    QUOTATIONS,
    TYPE_KEY,
    declared_kind,
    loose_table_warning,
    read_as_documents_warning,
    read_as_quotations_warning,
)
from pipeline.ingest.english_text import english_files_warning
from pipeline.ingest.fact_disagreements import fact_disagreements
from pipeline.ingest.frontmatter import parse_front_matter
from pipeline.ingest.informants import LINES, informants_from_front_matter, read_informants_csv
from pipeline.ingest.places import Places
from pipeline.ingest.segment_key import read_segment_key
from pipeline.ingest.sessions import dated_sessions
from pipeline.ingest.segment_table import SegmentColumns, id_stems, segment_ids
from pipeline.ingest.speakers import (TIMED_SUFFIXES, check_speaker_entries, has_speaker_entry, is_unmapped,
                                      typed_facts, untimed_speaker_entry)
from pipeline.ingest.subtitle_turns import cues_as_transcript, read_subtitle_transcript
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ingest.end_marks import end_mark_times
from pipeline.ingest.tool_exports import export_cues
from pipeline.ingest.timed_text import TIMED_TEXT_SUFFIXES, TITLE_LINES, export_facts, recording_clock, title_date
from pipeline.ordering import natural_key
from pipeline.privacy.name_parts import label_parts, label_parts_warning
from pipeline.privacy.redactor import Redactor
from pipeline.schema import NOTE, UNKNOWN_SPEAKER
from pipeline.wording import plural_form

UNREAD_HINT = "add its text, or move it out of the batch folder (or start its name with '_' to keep it unread)"


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
        raise InputError.at(directory, f"no transcripts found {TRANSCRIPT_KINDS}")
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
            doc_segments = DocumentSegments(timed.kind, timed.raws, timed.informants, timed.speakers, timed.roles)
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
        documents[path.name] = doc
    if settings_unread:   # the mapping may be in the batch.yaml that could not be read
        problems.problems = [problem for problem in problems.problems if not is_unmapped(problem)]
    problems.raise_if_any()
    warnings.extend(read_as_quotations_warning(names, declared) for declared, names in by_shape.items())
    if (unlabelled := read_as_documents_warning({name: doc.kind for name, doc in documents.items()}, {
            name: declared_kind(doc.metadata) or batch_kind for name, doc in documents.items()})) is not None:
        warnings.append(unlabelled)

    segments = table.frame()
    if english := english_files_warning(documents, segments):
        warnings.append(english)
    if informants_csv is not None:
        informants_csv = _spelled_as_transcripts(informants_csv, documents, segments, warnings)
    informants = _informant_table(informants_csv, documents, segments, warnings)
    if unknown_names or label_names:   # masked in the outputs as redact.txt names are (segment ids do not change)
        parts = label_parts(sorted(label_names))
        if (common := label_parts_warning(parts.common, tuple(redactor.names))) is not None:
            warnings.append(common)
        redactor = Redactor([*redactor.names, *sorted(unknown_names), *sorted(label_names), *parts.masked])
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


def _with_file_code(name: str, doc: SourceDocument, segments: pd.DataFrame) -> dict[str, Any]:
    """A document's front matter, with the code its file is named after (berita_D1.md is D1's) when
    it gives a role but no `informant:`: its role describes that code in Tabel 1."""
    if doc.kind != "document" or doc.metadata.get("informant") or not str(doc.metadata.get("role") or "").strip():
        return doc.metadata
    codes = segments.loc[segments["document"] == name, "informant"].drop_duplicates().tolist()
    return {**doc.metadata, "informant": codes[0]} if len(codes) == 1 else doc.metadata


def _informant_table(from_csv: pd.DataFrame | None, documents: dict[str, SourceDocument],
                     segments: pd.DataFrame, warnings: list[str]) -> pd.DataFrame:
    """Tabel 1: informants.csv wins; informants it lacks are added from front matter, with a warning.
    Without informants.csv the rows come in code order (B2 before B10), and a speaking informant
    whose file has no front matter (a subtitle file without a sidecar) is warned about: the table
    would print an empty description."""
    from_front = informants_from_front_matter({name: _with_file_code(name, doc, segments) for name, doc in documents.items()})
    speaking = segments.loc[segments["speaker_role"] == "informant", "informant"].drop_duplicates().tolist()
    table = from_csv if from_csv is not None else from_front
    listed = set(table["informant"])
    silent = [code for code in table["informant"] if code not in set(speaking) | set(from_front["informant"])]
    if from_csv is not None and silent:
        lines = from_csv.attrs.get(LINES, {})
        warnings.append(f"informants.csv: {', '.join(f'{code} (line {lines[code]})' if code in lines else code for code in silent)} "
                        f"{plural_form(len(silent), 'has', 'have')} no transcript in the batch: add "
                        f"{plural_form(len(silent), 'its file', 'their files')} or remove the "
                        f"{plural_form(len(silent), 'row', 'rows')} (or correct a mistyped speaker label). Tabel 1 keeps "
                        f"{plural_form(len(silent), 'it', 'them')}, marked 'tanpa transkrip di batch ini' ('no transcript "
                        "in this batch'), with 0 turns and 0 documents in informants.csv; the code-by-informant "
                        f"matrix leaves {plural_form(len(silent), 'it', 'them')} out")
    missing = [code for code in list(from_front["informant"]) + speaking if code not in listed]
    missing = list(dict.fromkeys(missing))
    if sources := unlisted_documents([code for code in missing if code not in set(from_front["informant"])], segments,
                                     {name: doc.kind for name, doc in documents.items()}):
        warnings.append(documents_warning(sources))
        missing = [code for code in missing if code not in sources]
    if missing:
        extra = from_front[from_front["informant"].isin(missing)]
        if from_csv is not None:
            described = {code for code, role in zip(extra["informant"], extra.get("role", [""] * len(extra)))
                         if isinstance(role, str) and role.strip()}
            how = (f"with the role {plural_form(len(missing), 'its', 'their')} front matter gives" if described >= set(missing)
                   else "with an empty role" if not described
                   else f"with the role front matter gives ({', '.join(c for c in missing if c in described)}) "
                        "or an empty one")
            warnings.append(f"informants.csv does not list {_first_turns(missing, segments, documents)}; added to Tabel 1 "
                            f"{how}: add {plural_form(len(missing), 'it', 'them')} to informants.csv, or correct the label if it is a typo")
        bare = [{"informant": code, "role": ""} for code in missing if code not in set(extra["informant"])]
        table = pd.concat([table, extra, pd.DataFrame(bare)], ignore_index=True).fillna("")
    if from_csv is not None:
        warnings.extend(fact_disagreements(from_csv, documents.values()))
    if from_csv is None:
        table = table.sort_values("informant", key=lambda codes: codes.map(natural_key), kind="stable")
        unroled = [code for code in speaking if code not in set(from_front["informant"]) and code not in sources]
        named = _named_elsewhere(unroled, segments, documents)
        bare = [code for code in unroled if code not in named]
        if bare:
            warnings.append(f"Tabel 1 has no role for {_first_turns(bare, segments, documents)}, whose file says nothing "
                            "about its informant: give it front matter with 'role:' (a .vtt or .srt file: in its "
                            "sidecar NAME.yaml) or list the informants in informants.csv")
        if named:
            warnings.append(f"Tabel 1 has no role for {_first_turns(list(named), segments, documents)}: "
                            + "; ".join(f"{code}'s file names {informant} as its informant" for code, informant
                                        in named.items())
                            + ". Is the label a speaker to map to the interviewer (P) or to that informant, or "
                              "another informant? List the informants in informants.csv, or map the label")
        roleless = _roleless_warning(table, documents)
        if roleless:
            warnings.append(roleless)
    return table.reset_index(drop=True)


def _spelled_as_transcripts(from_csv: pd.DataFrame, documents: dict[str, SourceDocument], segments: pd.DataFrame,
                            warnings: list[str]) -> pd.DataFrame:
    """informants.csv with each code the transcripts spell otherwise only in case (n01 / N01) written
    as the transcripts write it, with one warning naming both spellings and their files: one
    informant, never two rows of Tabel 1 (one without turns, one without a role)."""
    from_front = informants_from_front_matter({name: _with_file_code(name, doc, segments) for name, doc in documents.items()})
    spoken = segments.loc[segments["speaker_role"] == "informant", "informant"].tolist()
    listed = set(from_csv["informant"])
    spellings = {code.casefold(): code for code in [*from_front["informant"], *spoken] if code not in listed}
    renamed = {code: spellings[code.casefold()] for code in from_csv["informant"] if code.casefold() in spellings}
    if not renamed:
        return from_csv
    lines = from_csv.attrs.get(LINES, {})
    told = "; ".join(f"'{code}' (informants.csv line {lines.get(code, '?')}) and "
                     f"{_first_turns([spelt], segments, documents)}" for code, spelt in renamed.items())
    warnings.append(f"{plural_form(len(renamed), 'an informant code is', 'informant codes are')} spelt in "
                    f"informants.csv and the transcripts with different capitals: {told}. Read as one informant, "
                    "spelt as the transcripts spell it; write it the same way in both")
    table = from_csv.assign(informant=from_csv["informant"].replace(renamed))
    table.attrs[LINES] = {renamed.get(code, code): line for code, line in lines.items()}
    return table


def _named_elsewhere(codes: list[str], segments: pd.DataFrame,
                     documents: dict[str, SourceDocument]) -> dict[str, str]:
    """Code -> the informant its first turn's file names (front matter or sidecar), for the codes
    whose file names another one: a label read as an informant although the file says whose it is."""
    named = {}
    for code in codes:
        turns = segments[(segments["informant"] == code) & (segments["speaker_role"] == "informant")]
        informant = str(documents[turns.iloc[0]["document"]].metadata.get("informant") or "").strip() \
            if not turns.empty else ""
        if informant and informant != code:
            named[code] = informant
    return named


def _roleless_warning(table: pd.DataFrame, documents: dict[str, SourceDocument]) -> str | None:
    """The informants whose front matter gives no role (no `role:` line or an empty one; in a Word
    table of facts no Jabatan row or an empty one), each with where the role goes (its own line or
    row when there is one): Tabel 1 would describe them with nothing."""
    roles = dict(zip(table["informant"], table["role"]))
    places: dict[str, str] = {}
    for doc in documents.values():
        code = str(doc.metadata.get("informant") or "").strip()
        if code and code not in places and not str(roles.get(code, "")).strip():
            places[code] = doc.front_matter_place("role")
    if not places:
        return None
    return (f"Tabel 1 has no role for {', '.join(f'{code} ({place})' for code, place in places.items())}: write "
            f"each one's role there ('role: Bidan desa' in front matter, a row 'Jabatan | Bidan desa' in a Word "
            "table of facts) or list the informants in informants.csv")


def _first_turns(codes: list[str], segments: pd.DataFrame, documents: dict[str, SourceDocument]) -> str:
    """Each code with the file and line (a Word table's row) of its first turn, so a mistyped label can be found."""
    named = []
    for code in codes:
        turns = segments[(segments["informant"] == code) & (segments["speaker_role"] == "informant")]
        if turns.empty:  # named only in front matter
            named.append(code)
            continue
        first = turns.iloc[0]
        named.append(f"{code} ({first['document']} {documents[first['document']].places.name(int(first['line']))})")
    return ", ".join(named)
