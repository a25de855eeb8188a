"""Read a batch folder into segments, informants and source documents."""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from pipeline.digests import digest
from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest.decode import decode_bytes, read_source
from pipeline.ingest.documents import (
    QUOTATIONS,
    TYPE_KEY,
    declared_kind,
    quotation_shaped,
    read_as_quotations_warning,
    lone_label_document,
    read_as_document_warning,
    without_datelines,
    without_non_speakers,
)
from pipeline.ingest.frontmatter import parse_front_matter
from pipeline.ingest.informants import informants_from_front_matter, read_informants_csv
from pipeline.ingest.speakers import check_speaker_entries
from pipeline.ingest.subtitle_turns import read_subtitle_transcript, sidecar_files
from pipeline.ingest.subtitles import SUBTITLE_SUFFIXES
from pipeline.ingest.tables import marked_table_rows
from pipeline.ingest.turns import (
    LINE_BREAK,
    PARAGRAPH_BREAK,
    LabelLine,
    LabelScan,
    RawSegment,
    find_labels,
    is_code_shaped,
    is_interviewer,
    split_paragraphs,
    split_turns,
)
from pipeline.ordering import natural_key
from pipeline.privacy.redactor import REDACT_FILE, Redactor
from pipeline.schema import QUOTATION, SEGMENT_COLUMNS, TABLE_HEADER, TABLE_ROW

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".docx", *SUBTITLE_SUFFIXES)
# hidden files, notes, and the lock files Word leaves beside open documents
SKIPPED_PREFIXES = (".", "_", "~$")
REVIEW_FILES = {"reviews.csv", "reviews_dropped.csv", "translations.csv"}   # read by the review stage, not here
NOT_TRANSCRIPTS = {"informants.csv", *REVIEW_FILES, REDACT_FILE, "batch.yaml"}
SETTINGS_FILE = "batch.yaml"
DOUBTFUL_LABELS_SHOWN = 5
UNREAD_HINT = "add its text, or move it out of the batch folder (or start its name with '_' to keep it unread)"


@dataclass(frozen=True)
class SourceDocument:
    """One transcript as read: `text` is what segment offsets index into."""

    name: str
    path: Path
    text: str
    metadata: dict[str, Any]
    encoding: str
    sha256: str
    kind: str  # "interview" (speaker turns), "document" (paragraphs) or "quotations" (informants' quotes)


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


def passed_over(name: str) -> bool:
    """Entries of a batch folder that reading it neither reads nor mentions: hidden files, notes,
    READMEs, Word's lock files, backups, and the review files (the review stage reads those)."""
    lower = name.lower()
    return (name.startswith(SKIPPED_PREFIXES) or lower.startswith("readme.") or lower in REVIEW_FILES
            or name.endswith((".bak", "~")))


def list_transcripts(directory: Path) -> tuple[list[Path], list[str]]:
    """Transcript files of a batch, and a warning for every other file we pass over."""
    transcripts, skipped = [], []
    entries = sorted(directory.iterdir(), key=lambda p: natural_key(p.name))
    sidecars = sidecar_files([path for path in entries if path.suffix.lower() in SUBTITLE_SUFFIXES])
    for path in entries:
        name = path.name
        if passed_over(name) or name.lower() in NOT_TRANSCRIPTS or path in sidecars:
            continue  # batch files (informants.csv, redact.txt, batch.yaml, sidecars) are read on their own
        if path.is_dir():
            skipped.append(f"{path}: folder ignored (batches are flat; put sub-batches in their own folder)")
        elif path.suffix.lower() in TRANSCRIPT_SUFFIXES:
            transcripts.append(path)
        else:
            skipped.append(f"{path}: ignored, not a transcript (.txt, .md, .docx, .vtt or .srt)")
    return transcripts, skipped


def normalized_for_id(text: str) -> str:
    """Whitespace and Unicode normalisation so re-wrapping a line does not change an id."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def segment_ids(stem: str, speakers: list[str], texts: list[str]) -> list[str]:
    """Stable ids: same document, speaker and words -> same id, whatever moved around it.

    read_batch passes stem, speakers and texts with personal identifiers masked: ids are then
    the same whether or not a run redacts (reviews survive switching), and a short hash of a
    text with a phone number in it cannot be used to test guesses of that number.
    """
    seen: dict[str, int] = {}
    ids = []
    folded = {speaker: speaker.casefold() for speaker in set(speakers)}
    for speaker, text in zip(speakers, texts):
        basis = f"{folded[speaker]}\x1f{normalized_for_id(text)}"
        occurrence = seen.get(basis, 0)
        seen[basis] = occurrence + 1
        digest = hashlib.sha1(f"{basis}\x1f{occurrence}".encode("utf-8")).hexdigest()[:10]
        ids.append(f"{stem}-{digest}")
    return ids


def _id_stems(paths: list[Path], mask: Callable[[str], str]) -> dict[Path, str]:
    """Segment-id prefixes: file stems with identifiers masked, unique within the batch.

    "A1.md" and "A1.docx" become A1_md and A1_docx; two stems that mask alike ("Sari",
    "Budi" -> "[NAMA]") are numbered in file order.
    """
    counts = Counter(path.stem.casefold() for path in paths)
    used: Counter[str] = Counter()
    stems = {}
    for path in paths:
        stem = mask(path.stem if counts[path.stem.casefold()] == 1 else path.name.replace(".", "_"))
        used[stem.casefold()] += 1
        stems[path] = stem if used[stem.casefold()] == 1 else f"{stem}-{used[stem.casefold()]}"
    return stems


def read_settings(directory: Path) -> dict[str, Any]:
    path = directory / SETTINGS_FILE
    if not path.exists():
        return {}
    try:
        text, _ = decode_bytes(path.read_bytes(), path)
    except OSError as error:
        raise InputError.at(path, f"cannot read the file: {error.strerror}") from None
    try:
        settings = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError.at(path, f"not valid YAML: {getattr(error, 'problem', error)}", line=mark.line + 1 if mark else None) from None
    if not isinstance(settings, dict):
        raise InputError.at(path, "must be a mapping of 'key: value' lines")
    return settings


@dataclass
class DocumentSegments:
    """The segments of one file as columns (a file has thousands of turns and a few speakers)."""

    kind: str                 # "interview", "document" or "quotations" (SourceDocument.kind)
    raws: list[RawSegment]
    informants: list[str]
    speakers: list[str]
    roles: list[str]          # "interviewer" or "informant"
    table_rows: list[bool] | None = None   # a document's table rows (coded like list items)
    table_headers: list[str] | None = None   # a markdown table row's header line ("" for other segments)


def _document_segments(doc: SourceDocument, body_start: int, known: set[str], warnings: list[str],
                       table_lines: frozenset[str] = frozenset(), batch_kind: str | None = None) -> DocumentSegments:
    """Speaker turns of an interview or of quotations, or the paragraphs of a file without speaker
    labels (`table_lines`: the lines a Word file's table rows made; `batch_kind`: the kind
    `batch.yaml` declares for files that declare none)."""
    declared = declared_kind(doc.metadata) or batch_kind
    segments = _segments_of_kind(doc, body_start, known, warnings, table_lines, declared)
    if declared == QUOTATIONS or declared is None and segments.kind == "interview" and quotation_shaped(segments.roles):
        segments = dataclasses.replace(segments, kind=QUOTATIONS)
    return segments


def _segments_of_kind(doc: SourceDocument, body_start: int, known: set[str], warnings: list[str],
                      table_lines: frozenset[str], declared: str | None) -> DocumentSegments:
    informant = str(doc.metadata.get("informant") or "").strip()
    speakers = known | ({informant} if informant else set())
    scan = LabelScan([], []) if declared == "document" else without_non_speakers(
        find_labels(doc.text, body_start, speakers))
    if declared is None and scan.labels:
        lone = lone_label_document(scan.labels, {speaker.casefold() for speaker in speakers})
        if lone is not None:
            warnings.append(read_as_document_warning(doc.path, lone))
            scan = LabelScan([], [])
    if not scan.labels:
        informant = informant or Path(doc.name).stem
        marked = marked_table_rows(doc.text, split_paragraphs(
            doc.text, body_start, LINE_BREAK if doc.encoding == "docx" else PARAGRAPH_BREAK))
        rows = [header is not None or doc.text[raw.start:raw.end] in table_lines for raw, header in marked]
        headers = [header or "" for _, header in marked]
        paragraphs = without_datelines(doc.text, [raw for raw, _ in marked])
        count = len(paragraphs)
        return DocumentSegments("document", paragraphs, [informant] * count, [informant] * count, ["informant"] * count,
                                rows if any(rows) else None, headers if any(headers) else None)

    if scan.doubtful:
        warnings.append(_doubtful_labels_warning(doc, scan.doubtful))
    turns, preamble = split_turns(doc.text, body_start, scan.labels)
    canonical = {code.casefold(): code for code in known}
    labels = [turn.speaker for turn in turns]
    distinct_labels = list(dict.fromkeys(labels))
    if not informant:
        distinct = [label for label in distinct_labels if not is_interviewer(label)]
        informant = distinct[0] if len(distinct) == 1 else Path(doc.name).stem
    speaker_of: dict[str, tuple[str, str]] = {}  # label -> (informant, role)
    for label in distinct_labels:
        if is_interviewer(label):
            speaker_of[label] = (informant, "interviewer")
        else:
            code = canonical.get(label.casefold())
            if code is None:
                code = label if is_code_shaped(label) else informant
                if code == label and not is_code_shaped(label):
                    warnings.append(_label_as_informant_warning(doc, label, turns[labels.index(label)].line))
            speaker_of[label] = (code, "informant")
    segments = DocumentSegments("interview", turns, [speaker_of[label][0] for label in labels], labels,
                                [speaker_of[label][1] for label in labels])
    if preamble is not None:
        warnings.append(f"{doc.path}:{preamble.line}: text before the first speaker label is kept as an uncoded note segment")
        segments = DocumentSegments("interview", [preamble, *segments.raws], [informant, *segments.informants],
                                    ["", *segments.speakers], ["interviewer", *segments.roles])
    return segments


def _label_as_informant_warning(doc: SourceDocument, label: str, line: int) -> str:
    """A label that is no informant code ('Ibu Sari') becomes the informant's name in every table and
    quotation: a person's name would reach the paper, and redacting it makes all such informants one."""
    return (f"{doc.path}:{line}: speaker label '{label}' is not an informant code (like A1) and names the informant "
            "in every table and quotation; if it is a person's name, write the informant's code in its place "
            "(or give the file 'informant: CODE' in front matter) and list the name in redact.txt")


def _doubtful_labels_warning(doc: SourceDocument, doubtful: list[LabelLine]) -> str:
    shown = ", ".join(f"line {label.line} ('{label.label}:')" for label in doubtful[:DOUBTFUL_LABELS_SHOWN])
    more = f" and {len(doubtful) - DOUBTFUL_LABELS_SHOWN} more" if len(doubtful) > DOUBTFUL_LABELS_SHOWN else ""
    return (f"{doc.path}: {shown}{more} look like speaker labels but are used once and name no known speaker; "
            "read as text of the turn before (list a speaker in informants.csv to make its lines turns)")


class _SegmentColumns:
    """The segments table of a batch, filled a document at a time as column lists and made a
    DataFrame once: far cheaper than a dict per row."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {column: [] for column in SEGMENT_COLUMNS}
        self.table_rows: list[bool] = []
        self.table_headers: list[str] = []
        self.quotations: list[bool] = []

    def add(self, doc: SourceDocument, segments: DocumentSegments, ids: list[str], texts: list[str],
            times: list[tuple[str, str]] | None = None) -> None:
        """`times`: (start, end) of each segment of a subtitle file; empty for typed transcripts."""
        count = len(segments.raws)
        times = times or [("", "")] * count
        language = str(doc.metadata.get("language") or "").strip().lower()
        for column, values in (("segment_id", ids), ("document", [doc.name] * count),
                               ("informant", segments.informants), ("speaker", segments.speakers),
                               ("speaker_role", segments.roles), ("start", [raw.start for raw in segments.raws]),
                               ("end", [raw.end for raw in segments.raws]), ("line", [raw.line for raw in segments.raws]),
                               ("time_start", [start for start, _ in times]), ("time_end", [end for _, end in times]),
                               ("language", [language] * count), ("text", texts),
                               ("gloss", [""] * count), ("translation", [""] * count)):
            self.columns[column].extend(values)
        self.table_rows.extend(segments.table_rows or [False] * count)
        self.table_headers.extend(segments.table_headers or [""] * count)
        self.quotations.extend([segments.kind == QUOTATIONS] * count)

    def frame(self) -> pd.DataFrame:
        if not self.columns["segment_id"]:
            segments = pd.DataFrame([], columns=SEGMENT_COLUMNS)
        else:
            segments = pd.DataFrame(self.columns, columns=SEGMENT_COLUMNS)
            if any(self.table_rows):   # only a batch with tables has the column: the others are unchanged
                segments[TABLE_ROW] = self.table_rows
            if any(self.table_headers):
                segments[TABLE_HEADER] = self.table_headers
            if any(self.quotations):
                segments[QUOTATION] = self.quotations
        return segments.astype({"start": "int64", "end": "int64", "line": "int64"})


def batch_fingerprint(directory: Path) -> str:
    """Hash of everything `read_batch` reads or mentions in `directory` (the name and bytes of
    every entry not `passed_over`, and the folder as given, which its paths and messages spell),
    so an unchanged batch's reading can be reused."""
    parts: list[str | bytes] = [str(directory)]
    for path in sorted(directory.iterdir(), key=lambda p: p.name):
        if passed_over(path.name):
            continue
        parts.append(path.name)
        if path.is_file():
            parts.append(path.read_bytes())
    return digest(*parts)


def read_batch(directory: str | Path) -> Batch:
    """Read every transcript of a batch; all input problems are raised together."""
    directory = Path(directory)
    if not directory.exists():
        raise InputError.at(directory, "batch folder does not exist")
    if not directory.is_dir():
        raise InputError.at(directory, "is a file; give the batch folder that holds the transcripts")
    problems = ProblemCollector()
    try:
        transcripts, warnings = list_transcripts(directory)
    except OSError as error:
        raise InputError.at(directory, f"cannot list the batch folder: {error.strerror}") from None
    if not transcripts:
        raise InputError.at(directory, "no transcripts found (.txt, .md, .docx, .vtt or .srt files)")
    settings = {}
    try:
        settings = read_settings(directory)
    except InputError as error:
        problems.extend(error)
    batch_kind = declared_kind(settings)
    if settings.get(TYPE_KEY) is not None and batch_kind is None:
        problems.add(directory / SETTINGS_FILE, f"type must be 'document', 'interview' or 'quotations' "
                     f"(got {settings[TYPE_KEY]!r})", key=TYPE_KEY)
    check_speaker_entries(settings, [path for path in transcripts if path.suffix.lower() in SUBTITLE_SUFFIXES],
                          directory, problems)
    redactor = Redactor.for_batch(directory, problems, warnings)

    informants_csv = None
    if (directory / "informants.csv").exists():
        informants_csv = read_informants_csv(directory / "informants.csv", problems)
    known = set(informants_csv["informant"]) if informants_csv is not None else set()

    documents: dict[str, SourceDocument] = {}
    by_shape: list[str] = []   # files read as quotations by their shape alone
    table = _SegmentColumns()
    id_stems = _id_stems(transcripts, redactor.redact)
    for path in transcripts:
        times = None
        if path.suffix.lower() in SUBTITLE_SUFFIXES:
            timed = read_subtitle_transcript(path, settings, known, problems, warnings)
            if timed is None:
                continue
            text, times = timed.text, timed.times
            doc = SourceDocument(path.name, path, text, timed.metadata, "utf-8", timed.sha256, timed.kind)
            doc_segments = DocumentSegments(timed.kind, timed.raws, timed.informants, timed.speakers, timed.roles)
        else:
            try:
                text, encoding, raw, table_lines = read_source(path)
                front = parse_front_matter(text, path)
            except InputError as error:
                problems.extend(error)
                continue
            if not text[front.body_start:].strip():
                empty = "has no text after its front matter" if front.body_start else "is empty"
                problems.add(path, f"{empty}; {UNREAD_HINT}")
                continue
            if encoding not in ("utf-8", "utf-8-sig", "docx"):
                warnings.append(f"{path}: read as {encoding}")
            doc = SourceDocument(path.name, path, text, front.metadata, encoding, hashlib.sha256(raw).hexdigest(), "")
            doc_segments = _document_segments(doc, front.body_start, known, warnings, table_lines, batch_kind)
            doc = dataclasses.replace(doc, kind=doc_segments.kind)
            if doc.kind == QUOTATIONS and declared_kind(doc.metadata) is None and batch_kind is None:
                by_shape.append(path.name)
        starts = [raw.start for raw in doc_segments.raws]
        ends = [raw.end for raw in doc_segments.raws]
        masked = redactor.masked_slices(doc.text, starts, ends)
        masked_speakers = {speaker: redactor.redact_short(speaker) for speaker in set(doc_segments.speakers)}
        ids = segment_ids(id_stems[path], [masked_speakers[speaker] for speaker in doc_segments.speakers], masked)
        table.add(doc, doc_segments, ids, [text[start:end] for start, end in zip(starts, ends)], times)
        documents[path.name] = doc
    problems.raise_if_any()
    if by_shape:
        warnings.append(read_as_quotations_warning(by_shape))

    segments = table.frame()
    informants = _informant_table(informants_csv, documents, segments, warnings)
    return Batch(directory, documents, segments, informants, settings, warnings, redactor)


def _informant_table(from_csv: pd.DataFrame | None, documents: dict[str, SourceDocument],
                     segments: pd.DataFrame, warnings: list[str]) -> pd.DataFrame:
    """Tabel 1: informants.csv wins; informants it lacks are added from front matter, with a warning."""
    from_front = informants_from_front_matter({name: doc.metadata for name, doc in documents.items()})
    speaking = segments.loc[segments["speaker_role"] == "informant", "informant"].drop_duplicates().tolist()
    table = from_csv if from_csv is not None else from_front
    listed = set(table["informant"])
    silent = [code for code in table["informant"] if code not in set(speaking) | set(from_front["informant"])]
    if from_csv is not None and silent:
        warnings.append(f"informants.csv lists {', '.join(silent)}, who speak{'s' * (len(silent) == 1)} in no "
                        "transcript of the batch: Tabel 1 "
                        "shows them with 0 turns (is a transcript missing, or a label mistyped?)")
    missing = [code for code in list(from_front["informant"]) + speaking if code not in listed]
    missing = list(dict.fromkeys(missing))
    if missing:
        if from_csv is not None:
            warnings.append(f"informants.csv does not list {_first_turns(missing, segments)}; added to Tabel 1 "
                            "with an empty role: add them to informants.csv, or correct the label if it is a typo")
        extra = from_front[from_front["informant"].isin(missing)]
        bare = [{"informant": code, "role": ""} for code in missing if code not in set(extra["informant"])]
        table = pd.concat([table, extra, pd.DataFrame(bare)], ignore_index=True).fillna("")
    return table.reset_index(drop=True)


def _first_turns(codes: list[str], segments: pd.DataFrame) -> str:
    """Each code with the file and line of its first turn, so a mistyped label can be found."""
    named = []
    for code in codes:
        turns = segments[segments["informant"] == code]
        if turns.empty:  # named only in front matter
            named.append(code)
            continue
        first = turns.iloc[0]
        named.append(f"{code} ({first['document']} line {first['line']})")
    return ", ".join(named)
