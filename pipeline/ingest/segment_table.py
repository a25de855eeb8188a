"""A batch's segments table and its stable segment ids."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pipeline.ingest.document_segments import DocumentSegments, SourceDocument
from pipeline.ingest.documents import QUOTATIONS
from pipeline.schema import OWN_TRANSLATION, QUOTATION, SEGMENT_COLUMNS, TABLE_HEADER, TABLE_ROW


def normalized_for_id(text: str) -> str:
    """Whitespace and Unicode normalisation so re-wrapping a line does not change an id."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def segment_ids(stem: str, speakers: list[str], texts: list[str], key: bytes | None = None,
                document: str = "") -> list[str]:
    """Stable ids: same document, speaker and words -> same id, whatever moved around it.

    With the batch's `key` (ingest/segment_key.py) the hash is keyed, and read_batch passes the
    turns' own words and the document's unmasked stem as `document`: the id then survives a
    name added to redact.txt, and no one without the key can test guesses of a name with it.
    Without a key (the older ids) read_batch passes speakers and texts with identifiers masked.
    The visible `stem` is always masked.
    """
    seen: dict[str, int] = {}
    ids = []
    folded = {speaker: speaker.casefold() for speaker in set(speakers)}
    for speaker, text in zip(speakers, texts):
        basis = f"{folded[speaker]}\x1f{normalized_for_id(text)}"
        occurrence = seen.get(basis, 0)
        seen[basis] = occurrence + 1
        digest = id_digest(f"{basis}\x1f{occurrence}", key, document)
        ids.append(f"{stem}-{digest}")
    return ids


def id_digest(basis: str, key: bytes | None, document: str) -> str:
    """The id's hash part: keyed BLAKE2b (a MAC: without the key no guess can be tested; 3x faster
    than HMAC-SHA256 here) with the batch's key, else the older SHA-1."""
    if key is None:
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]
    return hashlib.blake2b(f"{document.casefold()}\x1f{basis}".encode("utf-8"), key=key, digest_size=5).hexdigest()


def id_suffix(segment_id: str) -> str:
    """The hash part of an id (after its stem): with a key it names the document too."""
    return segment_id.rsplit("-", 1)[-1]


def id_stems(paths: list[Path], mask: Callable[[str], str]) -> dict[Path, str]:
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


class SegmentColumns:
    """The segments table of a batch, filled a document at a time as column lists and made a
    DataFrame once: far cheaper than a dict per row."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {column: [] for column in SEGMENT_COLUMNS}
        self.table_rows: list[bool] = []
        self.table_headers: list[str] = []
        self.quotations: list[bool] = []
        self.own_translations: list[str] = []

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
                               ("place", [doc.places.name(raw.line) for raw in segments.raws]),
                               ("time_start", [start for start, _ in times]), ("time_end", [end for _, end in times]),
                               ("language", [language] * count), ("text", texts),
                               ("gloss", [""] * count), ("translation", [""] * count)):
            self.columns[column].extend(values)
        self.table_rows.extend(segments.table_rows or [False] * count)
        self.table_headers.extend(segments.table_headers or [""] * count)
        self.quotations.extend([segments.kind == QUOTATIONS] * count)
        self.own_translations.extend(segments.own_translations or [""] * count)

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
            if any(self.own_translations):
                segments[OWN_TRANSLATION] = self.own_translations
        return segments.astype({"start": "int64", "end": "int64", "line": "int64"})
