"""A project's <Sources>: one TextSource per transcript, one selection per coded segment.

On a large batch this is most of a project's work (a selection, a description and a coding
per coded segment). A codebook edit that changes no coding still rewrites the project (the
codebook is in it), so the serialized <Sources> is kept in a parts folder under the hash of
exactly what it is made of (the located codings, the texts, the user) and spliced into the
new project.qde unchanged: the same bytes a full write gives, for a fraction of the time. The
store it is kept in is handed in by whoever runs the export (the run's cache): this module
only says what is kept and under which key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import pandas as pd
from lxml import etree

from pipeline.digests import digest, row_hashes
from pipeline.export.refiqda.codebook_xml import element_guid
from pipeline.export.refiqda.qdaxml import INTERNAL_PREFIX, PROJECT_NS, SOURCES_FOLDER, guid, q, with_data, xml_safe
from pipeline.export.refiqda.text import LineEndingMap
from pipeline.records.codebook import Codebook
from pipeline.records.codings import codebook_code_ids, countable_codings
from pipeline.schema import DECIDED_BY

PROVENANCE_FIELDS = ("source", "confidence", "evidence", "evidence_in", "review")
SOURCES = q(PROJECT_NS, "Sources")
_OPEN, _CLOSE, _EMPTY = b"<Sources>", b"</Sources>", b"<Sources/>"
_TEXT_SOURCE = q(PROJECT_NS, "TextSource")
_SELECTION = q(PROJECT_NS, "PlainTextSelection")
_DESCRIPTION = q(PROJECT_NS, "Description")
_CODING = q(PROJECT_NS, "Coding")
_CODE_REF = q(PROJECT_NS, "CodeRef")


class PartStore(Protocol):
    """Where a project's parts are kept between writes (runtime.cache.StageCache is one)."""

    def get(self, key: str) -> Any | None: ...

    def put(self, key: str, value: Any) -> None: ...

    def prune(self, keep: Iterable[str]) -> int: ...


def source_member(document: str) -> tuple[str, str]:
    """(plainTextPath, zip member) of a document's stored text."""
    file_name = f"{guid('source', document)}.txt"
    return f"{INTERNAL_PREFIX}{file_name}", f"{SOURCES_FOLDER}/{file_name}"


class SourcesPart:
    """The <Sources> of one project: appended whole, or (`kept`) as an empty placeholder that
    `finish` replaces with the bytes a previous write with the same inputs serialized."""

    def __init__(self, codebook: Codebook, documents: dict[str, str], segments: pd.DataFrame,
                 codings: pd.DataFrame, user_guid: str, parts: PartStore | None = None) -> None:
        self.located = _located(codings, segments, codebook, documents)
        self.documents, self.user_guid = documents, user_guid
        self.store = parts if documents else None
        self.key = self.kept = None
        if self.store is not None:
            self.key = digest("refiqda sources", user_guid, *(part for item in documents.items() for part in item),
                              *map(str, self.located.columns),
                              row_hashes(self.located, list(self.located.columns)).tobytes())
            self.kept = self.store.get(self.key)

    def append(self, root: etree._Element) -> None:
        if self.kept is not None:
            etree.SubElement(root, SOURCES)
        elif self.documents:
            _append_sources(root, self.documents, _grouped(self.located), self.user_guid)

    def finish(self, qde: bytes) -> bytes:
        """The serialized project with the kept <Sources> in place; a fresh one is kept."""
        if self.kept is not None:
            at = qde.index(_EMPTY)   # text and attributes escape "<": the tag is the only match
            return qde[:at] + self.kept + qde[at + len(_EMPTY):]
        if self.store is not None and self.key is not None:
            start, end = qde.index(_OPEN), qde.rindex(_CLOSE) + len(_CLOSE)
            self.store.put(self.key, qde[start:end])
            self.store.prune([self.key])
        return qde


def graders_of(codings: pd.DataFrame) -> list[str]:
    """The graders whose accepts and adds the project credits to them (each a <User>): hand coding
    imported from another tool goes back to it as its coder's, not as this tool's."""
    if DECIDED_BY not in codings.columns:
        return []
    return sorted({str(name) for name in codings[DECIDED_BY].dropna() if str(name).strip()})


def _append_sources(root: etree._Element, documents: dict[str, str], coded: dict[str, dict[str, list[dict[str, Any]]]],
                    user_guid: str) -> None:
    """<Sources> with one selection per coded segment."""
    sources = etree.SubElement(root, SOURCES)
    subelement = etree.SubElement
    for document, text in documents.items():
        text_path, _ = source_member(document)
        source_el = subelement(sources, _TEXT_SOURCE, guid=guid("source", document), name=xml_safe(document),
                               plainTextPath=text_path, creatingUser=user_guid)
        offsets = LineEndingMap.of(text)
        for segment_id, rows in coded.get(document, {}).items():
            first = rows[0]
            start, end = int(first["start"]), int(first["end"])
            _check_segment(text, first, start, end)
            selection = subelement(source_el, _SELECTION, guid=guid("selection", segment_id),
                                   name=xml_safe(segment_id), startPosition=str(offsets(start)),
                                   endPosition=str(offsets(end)), creatingUser=user_guid)
            speaker = str(first.get("informant") or "")
            subelement(selection, _DESCRIPTION).text = xml_safe(with_data(
                _recording_time(first) + (f"{speaker}: {segment_id}" if speaker else segment_id),
                {"codings": [_provenance(row) for row in rows]}, compact=True))
            graders = {row["code_id"]: grader for row in rows
                       if isinstance(grader := row.get(DECIDED_BY), str) and grader}
            for code_id in dict.fromkeys(row["code_id"] for row in rows):
                coding = subelement(selection, _CODING, guid=guid("coding", segment_id, code_id),
                                    creatingUser=guid("user", graders[code_id]) if code_id in graders else user_guid)
                subelement(coding, _CODE_REF, targetGUID=element_guid(code_id))


def _recording_time(segment: dict[str, Any]) -> str:
    """"[00:12:31-00:12:40] " for a turn of a subtitle transcript (whose text carries the same
    [hh:mm:ss] marks QualCoder syncs with the recording), "[00:12:31] " when its end is not known
    (a timed export's last turn), else ""."""
    start, end = segment.get("time_start"), segment.get("time_end")
    if not (isinstance(start, str) and start):
        return ""
    return f"[{start[:8]}-{end[:8]}] " if isinstance(end, str) and end else f"[{start[:8]}] "


def _located(codings: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook,
             documents: dict[str, str]) -> pd.DataFrame:
    """The codings that count, each with its code id and its segment's place, in source order."""
    counted = countable_codings(codings, include_model=True).copy()
    if counted.empty:
        return counted
    counted["code_id"] = codebook_code_ids(counted, codebook)
    unknown = counted[counted["code_id"] == ""]
    if not unknown.empty:
        raise ValueError(f"codings name codes the codebook does not have: {sorted(set(unknown['code']))}")
    counted["segment_id"] = counted["segment_id"].astype(str)
    where = ["segment_id", "document", "start", "end", "text",
             *(column for column in ("informant", "time_start", "time_end") if column in segments.columns)]
    located = counted.drop(columns=[c for c in where[1:] if c in counted.columns]).merge(
        segments[where].astype({"segment_id": str}), on="segment_id", how="left")
    missing = located[located["document"].isna()]
    if not missing.empty:
        raise ValueError(f"codings of segments that are not in segments: {sorted(set(missing['segment_id']))[:5]}")
    absent = sorted(set(located["document"]) - set(documents))
    if absent:
        raise ValueError(f"coded segments in documents whose text was not given: {absent}")
    located["start"] = pd.to_numeric(located["start"])
    return located.sort_values(["document", "start", "segment_id"], kind="stable").reset_index(drop=True)


def _grouped(located: pd.DataFrame) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """document -> segment_id -> its codings (with start/end/text), in source order."""
    # Rows as dicts from whole columns: DataFrame.to_dict("records") boxes string cells one by one.
    columns = list(located.columns)
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for values in zip(*(located[column].tolist() for column in columns)):
        row = dict(zip(columns, values))
        grouped.setdefault(row["document"], {}).setdefault(row["segment_id"], []).append(row)
    return grouped


def _check_segment(text: str, row: dict[str, Any], start: int, end: int) -> None:
    if not 0 <= start <= end <= len(text) or text[start:end] != str(row["text"]):
        raise ValueError(f"segment {row['segment_id']} of {row['document']}: source[{start}:{end}] is not the "
                         "segment's text; the offsets do not belong to this source text")


def _provenance(row: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {"code_id": str(row["code_id"])}
    for name in PROVENANCE_FIELDS:
        if name in row and not blank(row[name]):
            record[name] = _number(row[name]) if name == "confidence" else str(row[name])
    return record


def _number(value: object) -> float | str:
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""
