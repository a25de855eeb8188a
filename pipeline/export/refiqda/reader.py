"""Read REFI-QDA codebooks (.qdc) and projects (.qdpx), ours or another tool's.

A project's codings are text selections. Given the batch's segments, each selection is mapped
to the segments whose text it touches (found in the project's own copy of the source text, so
another tool's re-export maps as well as ours); without segments the codings keep their
document and positions. Positions are read as code points of the stored text with LF line
endings (see the package docstring).
"""

from __future__ import annotations

import dataclasses
import hashlib
import zipfile
from pathlib import Path

import pandas as pd
from lxml import etree

from pipeline.codebook.rule_syntax import undefined_concepts
from pipeline.records.codebook import Codebook
from pipeline.errors import InputError
from pipeline.export.refiqda.codebook_xml import CodeInfo, read_codebook
from pipeline.export.refiqda.qdaxml import (
    CODEBOOK_NS, INTERNAL_PREFIX, PROJECT_ENTRY, PROJECT_NS, SOURCES_FOLDER, q, split_data,
)
from pipeline.export.refiqda.text import SegmentSpans, locate_segments, to_lf
from pipeline.schema import CODING_COLUMNS
from pipeline.wording import quantity

IMPORTED_COLUMNS = [*CODING_COLUMNS, "document", "start", "end", "coder"]
HUMAN_SOURCE = "review"   # a coding made by a person in another tool is a human decision


def read_qdc(path: str | Path, concepts_from: Codebook | None = None) -> Codebook:
    """The codebook of a .qdc file (or of a .qdpx project's codebook).

    The rules' concepts travel in a <Set> that some tools drop on re-export (QualCoder does):
    `concepts_from`, the original codebook, gives them back; without it, rules that refer to
    missing concepts are refused here, not by the first run.
    """
    path = Path(path)
    data = _read(path)
    if zipfile.is_zipfile(path):
        codebook, _ = read_qdpx(path)
    else:
        root = _parse(data, str(path))
        if root.tag != q(CODEBOOK_NS, "CodeBook"):
            raise InputError.at(path, f"not a REFI-QDA codebook: the root element is {_tag(root)}, expected "
                                      f"CodeBook in namespace {CODEBOOK_NS}", line=root.sourceline)
        codebook, _ = read_codebook(root.find(q(CODEBOOK_NS, "Codes")),
                                    root.findall(f"{q(CODEBOOK_NS, 'Sets')}/{q(CODEBOOK_NS, 'Set')}"), CODEBOOK_NS,
                                    fallback_name=path.stem, source=str(path), sha256=hashlib.sha256(data).hexdigest())
    if not codebook.themes:
        raise InputError.at(path, "the codebook has no codes")
    if concepts_from is not None:
        codebook = dataclasses.replace(codebook, concepts={**concepts_from.concepts, **codebook.concepts})
    missing = undefined_concepts([(code.keywords, code.rules) for code in codebook.codes], codebook.concepts)
    if missing:
        shown = ", ".join(f"@{name}" for name in missing[:8]) + (", ..." if len(missing) > 8 else "")
        raise InputError.at(path, f"the codes' rules use {quantity(len(missing), 'concept')} this file does not define ({shown}): "
                                  "the tool that exported it dropped the codebook's <Sets>, which carried them. "
                                  "Import it with --concepts-from ORIGINAL.yaml (the codebook it came from), "
                                  "or import the .qdc the pipeline wrote")
    return codebook


def read_qdpx(path: str | Path, segments: pd.DataFrame | None = None) -> tuple[Codebook, pd.DataFrame]:
    """(codebook, codings) of a project: one row per (segment, code) when `segments` is given."""
    path = Path(path)
    data = _read(path)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise InputError.at(path, "not a REFI-QDA project: a .qdpx is a zip archive") from None
    with archive:
        entry = _project_entry(archive, path)
        where = f"{path}!{entry}"
        root = _parse(archive.read(entry), where)
        if root.tag != q(PROJECT_NS, "Project"):
            raise InputError.at(where, f"not a REFI-QDA project: the root element is {_tag(root)}, expected Project "
                                       f"in namespace {PROJECT_NS}", line=root.sourceline)
        codebook, info = read_codebook(
            root.find(f"{q(PROJECT_NS, 'CodeBook')}/{q(PROJECT_NS, 'Codes')}"),
            root.findall(f"{q(PROJECT_NS, 'Sets')}/{q(PROJECT_NS, 'Set')}"), PROJECT_NS,
            fallback_name=root.get("name") or path.stem, source=str(path), sha256=hashlib.sha256(data).hexdigest())
        codes = {_norm_guid(key): value for key, value in info.items()}
        users = {_norm_guid(user.get("guid", "")): user.get("name") or ""
                 for user in root.iter(q(PROJECT_NS, "User"))}
        selections, texts = _selections(root, archive, where, codes, users)
    codings = _to_segments(selections, texts, segments) if segments is not None else selections
    return codebook, codings.reset_index(drop=True)


def _selections(root: etree._Element, archive: zipfile.ZipFile, where: str, codes: dict[str, CodeInfo],
                users: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """One row per (selection, code) with document, start, end; and each source's stored text."""
    rows = []
    texts: dict[str, str | None] = {}
    sources = root.find(q(PROJECT_NS, "Sources"))
    for source in (sources if sources is not None else ()):
        if not isinstance(source.tag, str):
            continue
        document = source.get("name") or source.get("guid", "")
        is_text = source.tag == q(PROJECT_NS, "TextSource")
        text = _source_text(source, archive, where) if is_text else None
        texts[document] = text
        if is_text:
            spans = [(selection, _position(selection, "startPosition", where), _position(selection, "endPosition", where))
                     for selection in source.findall(q(PROJECT_NS, "PlainTextSelection"))]
            spans.append((source, 0, len(text) if text is not None else 0))   # codings of the whole source
        else:   # pictures, PDFs, audio, video: kept, but they cannot be placed on transcript segments
            spans = [(element, None, None) for element in source.iter() if element.find(q(PROJECT_NS, "Coding")) is not None]
        for element, start, end in spans:
            _, block = split_data(element.findtext(q(PROJECT_NS, "Description")) or "")
            provenance = {str(item.get("code_id")): item for item in block.get("codings") or () if isinstance(item, dict)}
            for coding in element.findall(q(PROJECT_NS, "Coding")):
                reference = coding.find(q(PROJECT_NS, "CodeRef"))
                target = _norm_guid(reference.get("targetGUID", "")) if reference is not None else ""
                code = codes.get(target)
                if code is None:
                    raise InputError.at(where, f"a coding in source {document!r} refers to code {target or '(none)'}, "
                                               "which the project's codebook does not have", line=coding.sourceline)
                made = provenance.get(code.code_id, {})
                rows.append({
                    "segment_id": "", "informant": "", "theme": code.theme, "category": code.category,
                    "code": code.label, "code_id": code.code_id,
                    "source": str(made.get("source", HUMAN_SOURCE)),
                    "confidence": _confidence(made.get("confidence", 1.0)),
                    "evidence": str(made.get("evidence", "")), "evidence_in": str(made.get("evidence_in", "")),
                    "review": str(made.get("review", "")),
                    "document": document, "start": start, "end": end,
                    "coder": users.get(_norm_guid(coding.get("creatingUser", "")), ""),
                })
    return pd.DataFrame(rows, columns=IMPORTED_COLUMNS), texts


def _to_segments(selections: pd.DataFrame, texts: dict[str, str | None], segments: pd.DataFrame) -> pd.DataFrame:
    """Each selection's codings on every segment it touches; a selection on no segment is kept
    with an empty segment_id, so the caller can report it."""
    by_document = dict(tuple(segments.groupby(segments["document"].astype(str), sort=False)))
    documents = list(by_document)
    informant_of = dict(zip(segments["segment_id"].astype(str), segments["informant"].astype(str))) \
        if "informant" in segments.columns else {}
    spans: dict[str, SegmentSpans | None] = {}
    for name, text in texts.items():
        match = _matching_document(name, documents)
        if match is None or text is None:
            spans[name] = None
            continue
        spans[name] = locate_segments(text, by_document[match])
    rows = []
    for row in selections.to_dict("records"):
        placed = spans.get(row["document"])
        hits = [] if placed is None or pd.isna(row["start"]) else \
            placed.overlapping(texts[row["document"]], int(row["start"]), int(row["end"]))
        for segment_id in hits or [""]:
            rows.append({**row, "segment_id": segment_id, "informant": informant_of.get(segment_id, "")})
    frame = pd.DataFrame(rows, columns=IMPORTED_COLUMNS)
    placed_rows = frame[frame["segment_id"] != ""].drop_duplicates(["segment_id", "code_id"])
    return pd.concat([placed_rows, frame[frame["segment_id"] == ""]], ignore_index=True)


def _matching_document(name: str, documents: list[str]) -> str | None:
    """The batch document a source is: same name, else same name without extension (tools drop it)."""
    if name in documents:
        return name
    stem = Path(name).stem.casefold()
    candidates = [document for document in documents if Path(document).stem.casefold() in (stem, name.casefold())]
    return candidates[0] if len(candidates) == 1 else None


def _source_text(source: etree._Element, archive: zipfile.ZipFile, where: str) -> str | None:
    """The source's plain text with LF line endings; None when it is outside the archive."""
    content = source.find(q(PROJECT_NS, "PlainTextContent"))
    if content is not None:
        return to_lf(content.text or "")
    text_path = source.get("plainTextPath") or ""
    if not text_path.startswith(INTERNAL_PREFIX):
        return None
    wanted = f"{SOURCES_FOLDER}/{text_path[len(INTERNAL_PREFIX):]}".casefold()
    member = next((name for name in archive.namelist() if name.casefold() == wanted), None)
    if member is None:
        raise InputError.at(where, f"source {source.get('name')!r} names {text_path}, which the archive does not "
                                   "contain", line=source.sourceline)
    raw = archive.read(member)
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return to_lf(raw.decode(encoding))
    except UnicodeDecodeError:
        raise InputError.at(where, f"source text {member} is not UTF-8 text") from None


def _confidence(value: object) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _position(selection: etree._Element, attribute: str, where: str) -> int:
    value = selection.get(attribute, "")
    try:
        return int(value)
    except ValueError:
        raise InputError.at(where, f"selection {selection.get('guid')}: {attribute}={value!r} is not a whole number",
                            line=selection.sourceline, key=attribute) from None


def _project_entry(archive: zipfile.ZipFile, path: Path) -> str:
    names = archive.namelist()
    entry = next((name for name in names if name.casefold() == PROJECT_ENTRY), None) or \
        next((name for name in names if name.casefold().endswith(".qde") and "/" not in name), None)
    if entry is None:
        raise InputError.at(path, f"not a REFI-QDA project: the archive has no {PROJECT_ENTRY}")
    return entry


def _parse(data: bytes, where: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError.at(where, f"not well-formed XML: {error.msg}", line=error.lineno) from None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError.at(path, "file not found") from None
    except OSError as error:
        raise InputError.at(path, f"cannot read the file: {error.strerror}") from None


def _norm_guid(value: str) -> str:
    return value.strip().strip("{}").casefold()


def _tag(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else "(none)"
