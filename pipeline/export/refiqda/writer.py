"""Write a REFI-QDA project (.qdpx: project.qde + sources/*.txt in a zip) and codebook (.qdc)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pandas as pd
from lxml import etree

from pipeline import __version__
from pipeline.records.codebook import Codebook
from pipeline.export.refiqda.codebook_xml import codes_element, metadata_set
from pipeline.export.refiqda.qdaxml import CODEBOOK_NS, DATA_MARKER, PROJECT_ENTRY, PROJECT_NS, guid, q, xml_safe
from pipeline.export.refiqda.sources import PartStore, SourcesPart, blank, graders_of, source_member
from pipeline.export.refiqda.text import to_lf

ORIGIN = f"pipeline {__version__}"
CONVENTIONS = (
    "Exported by {origin}. Text positions are Unicode code points (zero-based, end exclusive) in the "
    "source texts as stored here, with LF line endings. Each selection is one transcript segment; its name "
    "is the segment id. Descriptions end with a data block (YAML, after '" + DATA_MARKER + "') that the "
    "pipeline reads back: keep it when editing."
)
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
               user: str = "pipeline", parts: PartStore | None = None) -> Path:
    """The whole project: users, codebook, informants as cases with variables, sources and codings.

    `documents` maps each document name to its decoded source text, the text `segments`'
    start/end index; every coded segment must satisfy source[start:end] == text. Rejected
    codings are left out. Raises ValueError when the inputs contradict each other (a coding
    of an unknown segment or code): that is a pipeline bug, not a user's input problem.
    `parts`: a store where the serialized <Sources> is kept for the next write (see sources.py).
    """
    user_guid = guid("user", user)
    root = etree.Element(q(PROJECT_NS, "Project"), nsmap={None: PROJECT_NS}, name=xml_safe(project_name),
                         origin=ORIGIN, creatingUserGUID=user_guid)
    users = etree.SubElement(root, q(PROJECT_NS, "Users"))
    etree.SubElement(users, q(PROJECT_NS, "User"), guid=user_guid, name=xml_safe(user))
    for grader in graders_of(codings):
        if grader != user:
            etree.SubElement(users, q(PROJECT_NS, "User"), guid=guid("user", grader), name=xml_safe(grader))
    if codebook.themes:
        etree.SubElement(root, q(PROJECT_NS, "CodeBook")).append(codes_element(codebook, PROJECT_NS))
    _append_cases(root, informants, segments)
    sources = SourcesPart(codebook, documents, segments, codings, user_guid, parts)
    sources.append(root)
    if codebook.themes:
        etree.SubElement(root, q(PROJECT_NS, "Sets")).append(metadata_set(codebook, PROJECT_NS, "targetGUID"))
    etree.SubElement(root, q(PROJECT_NS, "Description")).text = CONVENTIONS.format(origin=ORIGIN)

    path = Path(path)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        _add(archive, PROJECT_ENTRY, sources.finish(_serialise(root)))
        for document, text in documents.items():
            _add(archive, source_member(document)[1], to_lf(text).encode("utf-8"))
    return path


def _append_cases(root: etree._Element, informants: pd.DataFrame, segments: pd.DataFrame) -> None:
    """Informants as cases: their attributes as variables, the documents they speak in as sources.

    Each informant is a named Case with its VariableValues and SourceRefs (NVivo, ATLAS.ti).
    QualCoder ignores a named Case's SourceRefs; it reads an unnamed Case with one SourceRef
    as the variables of that document (as MAXQDA writes them). So every document with an
    informant also gets an unnamed Case: `informant` and `informant <attribute>`, variables of
    their own, since one variable cannot be a case's and a document's in QualCoder.
    """
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
    documents_of = spoken.groupby(spoken["informant"].astype(str), sort=False)["document"].unique()
    rows = {str(row["informant"]): row for _, row in table.iterrows()}
    by_document = _document_variables(spoken, rows, attributes)
    variables = etree.SubElement(root, q(PROJECT_NS, "Variables"))
    for column in attributes:
        etree.SubElement(variables, q(PROJECT_NS, "Variable"), guid=guid("variable", column),
                         name=xml_safe(column), typeOfVariable=types[column][0])
    document_columns = ["informant", *attributes]
    for column in document_columns:
        etree.SubElement(variables, q(PROJECT_NS, "Variable"), guid=guid("document variable", column),
                         name=xml_safe(_document_variable(column)), typeOfVariable="Text")
    cases = etree.SubElement(root, q(PROJECT_NS, "Cases"))
    for name in names:
        case = etree.SubElement(cases, q(PROJECT_NS, "Case"), guid=guid("case", name), name=xml_safe(name))
        row = rows.get(name)
        for column in attributes if row is not None else ():
            if not blank(row[column]):
                kind, element = types[column]
                _variable_value(case, guid("variable", column), element, _variable_text(row[column], kind))
        for document in documents_of.get(name, ()):
            etree.SubElement(case, q(PROJECT_NS, "SourceRef"), targetGUID=guid("source", document))
    for document, values in by_document.items():
        case = etree.SubElement(cases, q(PROJECT_NS, "Case"), guid=guid("document case", document))
        for column in document_columns:
            if values.get(column):
                _variable_value(case, guid("document variable", column), "TextValue", xml_safe(values[column]))
        etree.SubElement(case, q(PROJECT_NS, "SourceRef"), targetGUID=guid("source", document))


def _document_variable(column: str) -> str:
    return column if column == "informant" else f"informant {column}"


def _document_variables(spoken: pd.DataFrame, rows: dict[str, pd.Series],
                        attributes: list[str]) -> dict[str, dict[str, str]]:
    """document -> {informant: codes, attribute: values}, several informants joined by ', '."""
    speakers = spoken.groupby(spoken["document"].astype(str), sort=False)["informant"].unique()
    result: dict[str, dict[str, str]] = {}
    for document, codes in speakers.items():
        codes = [str(code) for code in codes if str(code).strip()]
        if not codes:
            continue
        values = {"informant": ", ".join(codes)}
        for column in attributes:
            found = [str(rows[code][column]).strip() for code in codes if code in rows and not blank(rows[code][column])]
            values[column] = ", ".join(dict.fromkeys(found))
        result[document] = values
    return result


def _variable_value(case: etree._Element, variable_guid: str, element: str, text: str) -> None:
    value_el = etree.SubElement(case, q(PROJECT_NS, "VariableValue"))
    etree.SubElement(value_el, q(PROJECT_NS, "VariableRef"), targetGUID=variable_guid)
    etree.SubElement(value_el, q(PROJECT_NS, element)).text = text


_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+\.\d*|\.\d+)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _variable_type(values: pd.Series) -> tuple[str, str]:
    """(typeOfVariable, value element) that every non-empty value fits; Text otherwise."""
    present = [str(value).strip() for value in values if not blank(value)]
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



def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# Level 1 deflate: within a few percent of the default size on transcripts, several times faster.
ZIP_LEVEL = 1


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compresslevel=ZIP_LEVEL)
