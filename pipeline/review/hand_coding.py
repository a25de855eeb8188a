"""Hand coding done elsewhere (another QDA tool's REFI-QDA project, or a `_gold.csv`-shaped sheet)
read as the batch's turns and codes, so it can become graders' decisions the learning model reads.

Many teams code their first interviews by hand in QualCoder, NVivo, ATLAS.ti or MAXQDA before they
try this tool. A project's text selections are placed on the batch's turns by the REFI-QDA reader;
a sheet's `quote` is found in one informant turn of its `document`, as the gold files of
`make eval` are. Every problem is reported together, with its file and line (or selection), before
anything is decided.
"""

from __future__ import annotations

import csv
import difflib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.errors import InputError, ProblemCollector
from pipeline.coding.coder import informant_segments
from pipeline.export.refiqda import read_qdpx
from pipeline.export.refiqda.reader import HUMAN_SOURCE
from pipeline.records.codebook import Codebook
from pipeline.review.store import sheet_delimiter

SHEET_COLUMNS = ("document", "quote", "code")
HAND_COLUMNS = ["segment_id", "code_id", "code"]


@dataclass
class HandCoding:
    """What a person coded: (segment_id, code_id, code) rows, the documents they coded, and what was left out."""
    codings: pd.DataFrame
    documents: set[str]
    notes: list[str] = field(default_factory=list)


def read_hand_coding(path: str | Path, segments: pd.DataFrame, codebook: Codebook) -> HandCoding:
    """The hand coding in `path` (.qdpx, or a CSV of document,quote,code) on this batch's `segments`."""
    path = Path(path)
    if not path.is_file():
        raise InputError.at(path, "hand coding file not found; give a REFI-QDA project (.qdpx) or a CSV with "
                                  "the columns document,quote,code")
    if path.suffix.casefold() == ".qdpx" or zipfile.is_zipfile(path):
        return _project_coding(path, segments, codebook)
    return quoted_codings(path, segments, codebook)


def quoted_codings(path: Path, segments: pd.DataFrame, codebook: Codebook) -> HandCoding:
    """A sheet's rows placed on turns: each quote must lie in exactly one informant turn of its document
    (whitespace aside), each code be a label or id of the codebook; a row with an empty code lists a
    turn that needs none. All problems are raised at once, with the sheet's line."""
    problems = ProblemCollector()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError.at(path, f"cannot read the file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError.at(path, "the file is not UTF-8 text; save it from the spreadsheet as CSV UTF-8") from None
    reader = csv.DictReader(text.splitlines(), delimiter=sheet_delimiter(text) if text.strip() else ",")
    missing = [column for column in SHEET_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise InputError.at(path, f"missing column(s) {', '.join(missing)}; expected {','.join(SHEET_COLUMNS)}", line=1)
    units = informant_segments(segments)
    by_document: dict[str, list[tuple[str, str]]] = {}
    for segment_id, document, turn in zip(units["segment_id"], units["document"], units["text"]):
        by_document.setdefault(str(document), []).append((str(segment_id), _squash(str(turn))))
    rows = []
    named: set[str] = set()
    for row in reader:
        line = reader.line_num
        document = (row.get("document") or "").strip()
        named.add(document)
        quote = _squash(row.get("quote") or "")
        label = (row.get("code") or "").strip()
        if document not in by_document:
            problems.add(path, f"document {document!r} has no informant turns in this batch", line=line, key="document")
            continue
        hits = [segment_id for segment_id, turn in by_document[document] if quote and quote in turn]
        if len(hits) != 1:
            what = "matches no informant turn" if not hits else f"matches {len(hits)} informant turns"
            problems.add(path, f"quote {quote[:60]!r} {what} of {document}", line=line, key="quote")
            continue
        if not label:
            continue
        code = codebook.code_by_label_or_id(label)
        if code is None:
            problems.add(path, unknown_code(label, codebook), line=line, key="code")
            continue
        rows.append({"segment_id": hits[0], "code_id": code.id, "code": code.label})
    problems.raise_if_any()
    codings = pd.DataFrame(rows, columns=HAND_COLUMNS).drop_duplicates(ignore_index=True)
    return HandCoding(codings, named)


def unknown_code(label: str, codebook: Codebook) -> str:
    """The problem of a hand-coded label the codebook lacks, with the nearest label or id: a code named
    in another tool is often the codebook's own with a typo or another joiner ("TRANS-KAPAL" for "TRANS_KAPAL")."""
    names = [name for code in codebook.codes for name in (code.label, code.id)]
    hint = difflib.get_close_matches(label, names, n=1) or difflib.get_close_matches(
        label.casefold(), [name.casefold() for name in names], n=1)
    near = next((name for name in names if name.casefold() == hint[0]), hint[0]) if hint else None
    return f"code {label!r} is not in codebook {codebook.name!r}" + (f"; did you mean {near!r}?" if near else "")


def _project_coding(path: Path, segments: pd.DataFrame, codebook: Codebook) -> HandCoding:
    """A project's selections on informant turns. The codings our own export wrote for the rules or the
    model (their provenance says so) are no one's hand coding and are left out, counted in a note."""
    _, selections = read_qdpx(path, segments=segments)
    problems = ProblemCollector()
    notes = []
    machine = selections["source"].astype(str) != HUMAN_SOURCE
    if machine.any():
        notes.append(f"{int(machine.sum())} coding(s) the project holds from this tool's rules or model "
                     "(not a person's) left out")
    selections = selections[~machine]
    for label in sorted(set(selections["code"].astype(str))):
        if codebook.code_by_label_or_id(label) is None:
            problems.add(path, unknown_code(label, codebook) + ": add it to the codebook or rename it in the project",
                         key="code")
    unplaced = selections[selections["segment_id"] == ""]
    for row in unplaced.drop_duplicates(["document", "start", "end"]).itertuples():
        where = "" if pd.isna(row.start) else f" at characters {int(row.start)}-{int(row.end)}"
        problems.add(path, f"a selection of {row.document!r}{where} (code {row.code!r}) lies on no turn of this "
                           "batch: is the document in the batch, under that name?", key="selection")
    problems.raise_if_any()
    placed = selections[selections["segment_id"] != ""]
    turns = set(informant_segments(segments)["segment_id"].astype(str))
    on_others = ~placed["segment_id"].astype(str).isin(turns)
    if on_others.any():
        notes.append(f"{int(on_others.sum())} coding(s) on interviewer turns or notes left out: only informants' "
                     "turns are coded")
    placed = placed[~on_others]
    rows = [{"segment_id": str(row.segment_id), "code_id": code.id, "code": code.label}
            for row in placed.itertuples() for code in [codebook.code_by_label_or_id(str(row.code))]]
    documents = set(segments.loc[segments["segment_id"].isin(placed["segment_id"]), "document"].astype(str))
    return HandCoding(pd.DataFrame(rows, columns=HAND_COLUMNS).drop_duplicates(ignore_index=True), documents, notes)


def _squash(text: str) -> str:
    return " ".join(text.split())
