"""Redact a whole ingested batch: texts, names of files and speakers, informant attributes, warnings,
batch.yaml's settings.

Segments are not re-split: each segment's offsets are carried through the replacements, so
`document.text[start:end] == text` still holds in the redacted batch and `segment_id` (computed
by ingest, keyed or from the masked text: ingest/segment_table.py) is the same with and without redaction.
"""

from __future__ import annotations

import dataclasses
from pathlib import PurePath
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from pipeline.privacy.redactor import OffsetMap, Redactor, is_text_column, kept_words
from pipeline.privacy.self_names import self_named

if TYPE_CHECKING:
    from pipeline.ingest.batch import Batch
    from pipeline.ingest.document_segments import SourceDocument

_KEPT_AS_IS = {"segment_id", "start", "end", "line", "text", "document"}   # segment_id: masked_ids


def redact_batch(batch: "Batch", redactor: Redactor | None = None) -> "Batch":
    """A copy of `batch` with no NIK, phone number, e-mail address, listed name or name an informant
    gives as her own (privacy/self_names.py, with a warning per file) left in it; its redactor masks
    those names too (a grader's note, a translation correction)."""
    redactor = redactor or batch.redactor
    own = self_named(batch.segments, batch.documents, kept_words(batch.directory), redactor.redact)
    if own.masked:
        redactor = redactor.with_names(own.masked)
    renamed = redacted_document_names(list(batch.documents), redactor)
    documents: dict[str, SourceDocument] = {}
    offset_maps: dict[str, tuple[str, OffsetMap]] = {}
    for name, doc in batch.documents.items():
        text, offsets = redactor.redact_with_map(doc.text)
        offset_maps[name] = (text, offsets)
        documents[renamed[name]] = dataclasses.replace(
            doc, name=renamed[name], text=text, metadata=redactor.redact_value(doc.metadata))
    return dataclasses.replace(
        batch,
        documents=documents,
        segments=_redact_segments(batch.segments, offset_maps, renamed, redactor),
        informants=redactor.redact_frame(batch.informants),
        warnings=[redactor.redact(warning) for warning in [*batch.warnings, *own.warnings]],
        settings=_redacted_mapping(batch.settings, redactor),
        redactor=redactor,
    )


def _redacted_mapping(value: object, redactor: Redactor) -> object:
    """batch.yaml as the run keeps it (and the ingest cache stores it), its keys masked as well as
    its values: the `speakers:` mapping's keys are the transcripts' labels ("Ibu Maria": M1)."""
    if isinstance(value, dict):
        return {redactor.redact_short(key) if isinstance(key, str) else key: _redacted_mapping(item, redactor)
                for key, item in value.items()}
    return redactor.redact_value(value)


def redacted_document_names(names: list[str], redactor: Redactor) -> dict[str, str]:
    """File names with listed names hidden; two files that would be named alike get " (2)"."""
    renamed: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        candidate = redactor.redact(name)
        if candidate != name:
            stem, suffix = PurePath(candidate).stem, PurePath(candidate).suffix
            number = 2
            while candidate.casefold() in used:
                candidate = f"{stem} ({number}){suffix}"
                number += 1
        used.add(candidate.casefold())
        renamed[name] = candidate
    return renamed


def _redact_segments(segments: pd.DataFrame, offset_maps: dict[str, tuple[str, OffsetMap]],
                     renamed: dict[str, str], redactor: Redactor) -> pd.DataFrame:
    result = segments.copy()
    starts = segments["start"].to_numpy(dtype=np.int64).copy()
    ends = segments["end"].to_numpy(dtype=np.int64).copy()
    changed = [document for document, (_, offsets) in offset_maps.items() if offsets.starts]
    if changed:  # only the segments of documents with something redacted move or change
        texts = segments["text"].tolist()
        rows_of = segments.groupby("document", sort=False).indices
        for document in changed:
            rows = rows_of.get(document)
            if rows is None:
                continue
            text, offsets = offset_maps[document]
            starts[rows] = offsets.starts_of(starts[rows])
            ends[rows] = offsets.ends_of(ends[rows])
            for row in rows:
                texts[row] = text[starts[row]:ends[row]]
        result["text"] = pd.Series(texts, index=segments.index, dtype=segments["text"].dtype)
    result["start"] = pd.Series(starts, index=segments.index, dtype="int64")
    result["end"] = pd.Series(ends, index=segments.index, dtype="int64")
    result["document"] = segments["document"].map(renamed)
    result["segment_id"] = masked_ids(segments["segment_id"], redactor)
    for column in segments.columns:
        if column not in _KEPT_AS_IS and is_text_column(segments[column]):
            result[column] = redactor.redact_series(segments[column])
    return result


def masked_ids(ids: pd.Series, redactor: Redactor) -> pd.Series:
    """Segment ids whose visible stem (the file's name, "K3_Grace-2a8f7cf94d") holds a name that only the
    batch itself gives (an informant's own name, a file's facts, a speaker's label) masked as its file's
    name is: ingest masked the stem with redact.txt's names alone. The hash after the stem is the turn's
    own, so a decision kept under the older id follows it (review/id_moves.py)."""
    stems: dict[str, str] = {}

    def masked(segment_id: str) -> str:
        stem, dash, digest = segment_id.rpartition("-")
        if not dash:
            return segment_id
        if stem not in stems:
            stems[stem] = redactor.redact(stem)
        return f"{stems[stem]}-{digest}"

    return pd.Series([masked(str(value)) for value in ids], index=ids.index, dtype=ids.dtype)
