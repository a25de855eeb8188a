"""Write a REFI-QDA project (.qdpx: project.qde + sources/*.txt in a zip) and codebook (.qdc)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import pandas as pd
from lxml import etree

from pipeline import __version__
from pipeline.records.codings import codebook_code_ids, countable_codings
from pipeline.records.codebook import Codebook
from pipeline.export.refiqda.codebook_xml import codes_element, element_guid, metadata_set
from pipeline.export.refiqda.qdaxml import (
    CODEBOOK_NS, DATA_MARKER, INTERNAL_PREFIX, PROJECT_ENTRY, PROJECT_NS, SOURCES_FOLDER, guid, q, with_data, xml_safe,
)
from pipeline.export.refiqda.text import LineEndingMap, to_lf

ORIGIN = f"pipeline {__version__}"
CONVENTIONS = (
    "Exported by {origin}. Text positions are Unicode code points (zero-based, end exclusive) in the "
    "source texts as stored here, with LF line endings. Each selection is one transcript segment; its name "
    "is the segment id. Descriptions end with a data block (YAML, after '" + DATA_MARKER + "') that the "
    "pipeline reads back: keep it when editing."
)
PROVENANCE_FIELDS = ("source", "confidence", "evidence", "evidence_in", "review")
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)   # reproducible archives: the same inputs give the same bytes


def write_qdc(path: str | Path, codebook: Codebook) -> Path:
    """The codebook alone, for import into another tool's project."""
    if not codebook.themes:
        raise ValueError("a REFI-QDA codebook needs at least one code; the codebook is empty")
    root = etree.Element(q(CODEBOOK_NS, "CodeBook"), nsmap={None: CODEBOOK_NS}, origin=ORIGIN)
    root.append(codes_element(codebook, CODEBOOK_NS))
    sets = etree.SubElement(root, q(CODEBOOK_NS, "Sets"))
    sets.append(metadata_set(codebook, CODEBOOK_NS, "guid"))
    path = Path(path)
    path.write_bytes(_serialise(root))
    return path


def write_qdpx(path: str | Path, *, project_name: str, codebook: Codebook, documents: dict[str, str],
               segments: pd.DataFrame, codings: pd.DataFrame, informants: pd.DataFrame,
               user: str = "pipeline") -> Path:
    """The whole project: users, codebook, informants as cases with variables, sources and codings.

    `documents` maps each document name to its decoded source text, the text `segments`'
    start/end index; every coded segment must satisfy source[start:end] == text. Rejected
    codings are left out. Raises ValueError when the inputs contradict each other (a coding
    of an unknown segment or code): that is a pipeline bug, not a user's input problem.
    """
    user_guid = guid("user", user)
    root = etree.Element(q(PROJECT_NS, "Project"), nsmap={None: PROJECT_NS}, name=xml_safe(project_name),
                         origin=ORIGIN, creatingUserGUID=user_guid)
    users = etree.SubElement(root, q(PROJECT_NS, "Users"))
    etree.SubElement(users, q(PROJECT_NS, "User"), guid=user_guid, name=xml_safe(user))
    if codebook.themes:
        etree.SubElement(root, q(PROJECT_NS, "CodeBook")).append(codes_element(codebook, PROJECT_NS))
    _append_cases(root, informants, segments)
    stored = _append_sources(root, codebook, documents, segments, codings, user_guid)
    if codebook.themes:
        etree.SubElement(root, q(PROJECT_NS, "Sets")).append(metadata_set(codebook, PROJECT_NS, "targetGUID"))
    etree.SubElement(root, q(PROJECT_NS, "Description")).text = CONVENTIONS.format(origin=ORIGIN)

    path = Path(path)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        _add(archive, PROJECT_ENTRY, _serialise(root))
        for member, text in stored.items():
            _add(archive, member, text.encode("utf-8"))
    return path


def source_member(document: str) -> tuple[str, str]:
    """(plainTextPath, zip member) of a document's stored text."""
    file_name = f"{guid('source', document)}.txt"
    return f"{INTERNAL_PREFIX}{file_name}", f"{SOURCES_FOLDER}/{file_name}"


_TEXT_SOURCE = q(PROJECT_NS, "TextSource")
_SELECTION = q(PROJECT_NS, "PlainTextSelection")
_DESCRIPTION = q(PROJECT_NS, "Description")
_CODING = q(PROJECT_NS, "Coding")
_CODE_REF = q(PROJECT_NS, "CodeRef")


def _append_sources(root: etree._Element, codebook: Codebook, documents: dict[str, str], segments: pd.DataFrame,
                    codings: pd.DataFrame, user_guid: str) -> dict[str, str]:
    """<Sources> with one selection per coded segment; returns zip member -> stored text."""
    coded = _coded_segments(codings, segments, codebook, documents)
    stored: dict[str, str] = {}
    if not documents:
        return stored
    sources = etree.SubElement(root, q(PROJECT_NS, "Sources"))
    subelement = etree.SubElement
    for document, text in documents.items():
        text_path, member = source_member(document)
        stored[member] = to_lf(text)
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
                f"{speaker}: {segment_id}" if speaker else segment_id,
                {"codings": [_provenance(row) for row in rows]}, compact=True))
            for code_id in dict.fromkeys(row["code_id"] for row in rows):
                coding = subelement(selection, _CODING, guid=guid("coding", segment_id, code_id),
                                    creatingUser=user_guid)
                subelement(coding, _CODE_REF, targetGUID=element_guid(code_id))
    return stored


def _coded_segments(codings: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook,
                    documents: dict[str, str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """document -> segment_id -> its codings (with start/end/text), in source order."""
    counted = countable_codings(codings, include_model=True).copy()
    if counted.empty:
        return {}
    counted["code_id"] = codebook_code_ids(counted, codebook)
    unknown = counted[counted["code_id"] == ""]
    if not unknown.empty:
        raise ValueError(f"codings name codes the codebook does not have: {sorted(set(unknown['code']))}")
    counted["segment_id"] = counted["segment_id"].astype(str)
    where = ["segment_id", "document", "start", "end", "text", *(["informant"] if "informant" in segments.columns else [])]
    located = counted.drop(columns=[c for c in where[1:] if c in counted.columns]).merge(
        segments[where].astype({"segment_id": str}), on="segment_id", how="left")
    missing = located[located["document"].isna()]
    if not missing.empty:
        raise ValueError(f"codings of segments that are not in segments: {sorted(set(missing['segment_id']))[:5]}")
    absent = sorted(set(located["document"]) - set(documents))
    if absent:
        raise ValueError(f"coded segments in documents whose text was not given: {absent}")
    located["start"] = pd.to_numeric(located["start"])
    located = located.sort_values(["document", "start", "segment_id"], kind="stable")
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
        if name in row and not _blank(row[name]):
            record[name] = _number(row[name]) if name == "confidence" else str(row[name])
    return record


def _number(value: object) -> float | str:
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def _append_cases(root: etree._Element, informants: pd.DataFrame, segments: pd.DataFrame) -> None:
    """Informants as cases: their attributes as variables, the documents they speak in as sources."""
    table = informants.copy() if informants is not None else pd.DataFrame(columns=["informant"])
    spoken = segments
    if "speaker_role" in segments.columns:
        spoken = segments[segments["speaker_role"].astype(str) == "informant"]
    names = list(dict.fromkeys([*table["informant"].astype(str), *spoken["informant"].astype(str)]))
    names = [name for name in names if name.strip()]
    if not names:
        return
    attributes = [column for column in table.columns if column != "informant"]
    types = {column: _variable_type(table[column]) for column in attributes}
    if attributes:
        variables = etree.SubElement(root, q(PROJECT_NS, "Variables"))
        for column in attributes:
            etree.SubElement(variables, q(PROJECT_NS, "Variable"), guid=guid("variable", column),
                             name=xml_safe(column), typeOfVariable=types[column][0])
    documents_of = spoken.groupby(spoken["informant"].astype(str), sort=False)["document"].unique()
    rows = {str(row["informant"]): row for _, row in table.iterrows()}
    cases = etree.SubElement(root, q(PROJECT_NS, "Cases"))
    for name in names:
        case = etree.SubElement(cases, q(PROJECT_NS, "Case"), guid=guid("case", name), name=xml_safe(name))
        row = rows.get(name)
        for column in attributes if row is not None else ():
            if _blank(row[column]):
                continue
            value_el = etree.SubElement(case, q(PROJECT_NS, "VariableValue"))
            etree.SubElement(value_el, q(PROJECT_NS, "VariableRef"), targetGUID=guid("variable", column))
            kind, element = types[column]
            etree.SubElement(value_el, q(PROJECT_NS, element)).text = _variable_text(row[column], kind)
        for document in documents_of.get(name, ()):
            etree.SubElement(case, q(PROJECT_NS, "SourceRef"), targetGUID=guid("source", document))


_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+\.\d*|\.\d+)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _variable_type(values: pd.Series) -> tuple[str, str]:
    """(typeOfVariable, value element) that every non-empty value fits; Text otherwise."""
    present = [str(value).strip() for value in values if not _blank(value)]
    if present and all(value.casefold() in ("true", "false") for value in present):
        return "Boolean", "BooleanValue"
    if present and all(_INTEGER.match(value) for value in present):
        return "Integer", "IntegerValue"
    if present and all(_INTEGER.match(value) or _DECIMAL.match(value) for value in present):
        return "Float", "FloatValue"
    if present and all(_DATE.match(value) and _is_date(value) for value in present):
        return "Date", "DateValue"
    return "Text", "TextValue"


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _variable_text(value: object, kind: str) -> str:
    text = str(value).strip()
    return text.casefold() if kind == "Boolean" else xml_safe(text)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# Level 1 deflate: within a few percent of the default size on transcripts, several times faster.
ZIP_LEVEL = 1


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compresslevel=ZIP_LEVEL)
