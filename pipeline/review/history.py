"""Decisions kept with the codebook, so that later batches coded with it learn from them.

Each run that has reviews writes the batch's decisions in force, with the turn's text and
translation (redacted when the run redacts), to `<codebook>.decisions.csv` next to the
codebook file (next to the batch folder for a codebook of this repository, `history_path`): one row per decision, columns HISTORY_COLUMNS; `question` is what a reader
read right before the turn (the interviewer's question it answers, or a list item's heading:
`pipeline.coding.context.read_after`), so that a later batch's model reads an earlier turn as it
reads this batch's; `asked` and `asked_translation` are the interviewer turn right before it and
`role` the informant's role (informants.csv), so that a later batch's rules re-code it as this
batch's rules coded it: a question rule fires again, and a grader's reject of its coding counts
as a correction; `heading` is the paragraph a document's list item or table row is read after
(`pipeline.coding.context.document_headings`), so that the item is re-coded with the topic it
inherits, as the batch coded it; `table_row` ("true" for a table's row) and `table_header` (its
markdown table's header line) let a row be re-coded without the cells of who, when and where, as
the batch read it (`pipeline.coding.table_cells`; files written before these columns existed
still load, without them). The rows
of the batch being run are replaced (a changed mind replaces the old decision); other batches' rows are kept. The file
is plain CSV: open it to see what the model learns from, delete rows (or the file) to make it
forget. PIPELINE_DECISIONS_DIR, when set, keeps the files in that folder instead.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd

from pipeline.coding.context import document_headings, previous_interviewer_turn, read_after
from pipeline.errors import InputError
from pipeline.ingest.batch_files import DECISIONS_SUFFIX
from pipeline.review.store import write_review_file
from pipeline.schema import TABLE_HEADER, TABLE_ROW

HISTORY_SUFFIX = DECISIONS_SUFFIX   # the batch reader passes these files over
HISTORY_COLUMNS = ["batch", "segment_id", "code_id", "decision", "text", "translation", "question", "asked",
                   "asked_translation", "role", "heading", "table_row", "table_header", "reviewer", "timestamp"]
ADDED_LATER = ("question", "asked", "asked_translation", "role", "heading", "table_row",
               "table_header")     # columns older files lack: read as empty
CONTEXT = ("asked", "role", "heading", "table_header")   # what the rules read besides the turn
WITHOUT_CONTEXT = "without_context"   # read_history's attrs key: the file lacks a CONTEXT column (older)
DIRECTORY_VARIABLE = "PIPELINE_DECISIONS_DIR"
REPOSITORY = Path(__file__).resolve().parents[2]   # the checkout the package runs from


def history_path(codebook_source: str | Path, batch_dir: str | Path | None = None) -> Path:
    """Where the decisions of batches coded with a codebook are kept: beside the codebook, except
    for a codebook of this repository and a batch outside it, whose turns' text must not land in
    the repository: then in the folder that holds the batch (its sibling batches share it)."""
    source = Path(codebook_source)
    if os.environ.get(DIRECTORY_VARIABLE):
        folder = Path(os.environ[DIRECTORY_VARIABLE])
    elif batch_dir is not None and _inside(source, REPOSITORY) and not _inside(Path(batch_dir), REPOSITORY):
        folder = Path(batch_dir).resolve().parent
    else:
        folder = source.parent
    return folder / f"{source.stem}{HISTORY_SUFFIX}"


def legacy_history_path(codebook_source: str | Path, batch_dir: str | Path) -> Path | None:
    """The file beside a repository codebook where earlier runs kept an outside batch's decisions,
    when it exists and decisions are now kept elsewhere (history_path)."""
    old = Path(codebook_source).parent / f"{Path(codebook_source).stem}{HISTORY_SUFFIX}"
    return old if old.is_file() and old.resolve() != history_path(codebook_source, batch_dir).resolve() else None


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder)


def batch_key(batch_dir: str | Path) -> str:
    """A batch's key in the history: "<folder>@<digest of the resolved path>", readable and
    distinct for same-named folders of different projects (a moved folder is a new batch)."""
    resolved = Path(batch_dir).resolve()
    return f"{resolved.name}@{hashlib.sha1(str(resolved).encode('utf-8')).hexdigest()[:10]}"


def _is_batch(history: pd.DataFrame, key: str) -> pd.Series:
    """Rows of the batch with `key`. Rows written before batches had keys (the bare folder name)
    belong to no batch: two projects may each have had an `interviews` folder, so no run may
    claim (and replace) them; they stay as an earlier batch's decisions until the user deletes them."""
    return history["batch"].astype(str) == key


def read_history(path: Path) -> pd.DataFrame:
    """All kept decisions; a missing file is an empty history. `attrs[WITHOUT_CONTEXT]` says the
    file was written before decisions kept their question, informant's role, heading and table header."""
    if not path.exists():
        return pd.DataFrame(columns=HISTORY_COLUMNS)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError) as problem:
        raise InputError.at(path, f"cannot read the decision history: {problem}") from None
    missing = [name for name in HISTORY_COLUMNS if name not in frame.columns and name not in ADDED_LATER]
    if missing:
        raise InputError.at(path, f"missing column(s) {', '.join(missing)}; expected {', '.join(HISTORY_COLUMNS)}",
                            line=1)
    lacking = not frame.empty and not set(CONTEXT) <= set(frame.columns)
    frame = frame.assign(**{name: "" for name in ADDED_LATER if name not in frame.columns})
    frame = frame[HISTORY_COLUMNS + [name for name in frame.columns if name not in HISTORY_COLUMNS]]
    frame.attrs[WITHOUT_CONTEXT] = lacking
    return frame


def other_batches(history: pd.DataFrame, key: str) -> pd.DataFrame:
    """The rows of every batch but the one with `key` (`batch_key`)."""
    return history[~_is_batch(history, key)]


def record_decisions(path: Path, key: str, in_force: pd.DataFrame, segments: pd.DataFrame,
                     informants: pd.DataFrame | None = None) -> int:
    """Replace the rows of the batch with `key` (`batch_key`) with its decisions in force (those
    whose turn and code exist), each with what the rules read besides the turn (the question
    before it, the informant's role from `informants`); returns how many were written for the batch."""
    if "code_id" not in in_force:   # no reviews.csv (deleted to start the review again): nothing in force
        in_force = in_force.assign(code_id=pd.Series([], dtype=object))
    applicable = in_force[in_force["code_id"].notna()] if not in_force.empty else in_force
    first = segments.drop_duplicates("segment_id")
    turns = first.set_index("segment_id")
    applicable = applicable[applicable["segment_id"].isin(turns.index)] if not applicable.empty else applicable
    previous = read_history(path)
    if applicable.empty and not _is_batch(previous, key).any():
        return 0
    decided = first[first["segment_id"].isin(applicable["segment_id"])] if not applicable.empty else first.iloc[:0]
    question = dict(zip(decided["segment_id"], read_after(segments, decided.index)))
    asked = _asked(segments, decided)
    heading = dict(zip(decided["segment_id"], document_headings(segments, decided.index)))
    roles = _roles(informants)
    rows = pd.DataFrame({
        "batch": key,
        "segment_id": applicable["segment_id"].astype(str).tolist(),
        "code_id": applicable["code_id"].astype(str).tolist(),
        "decision": applicable["decision"].astype(str).tolist(),
        "text": [str(turns.at[sid, "text"]) for sid in applicable["segment_id"]],
        "translation": [str(turns.at[sid, "translation"]) if "translation" in turns else ""
                        for sid in applicable["segment_id"]],
        "question": [str(question[sid]) for sid in applicable["segment_id"]],
        "asked": [asked.get(sid, ("", ""))[0] for sid in applicable["segment_id"]],
        "asked_translation": [asked.get(sid, ("", ""))[1] for sid in applicable["segment_id"]],
        "role": [roles.get(str(turns.at[sid, "informant"]), "") if "informant" in turns else ""
                 for sid in applicable["segment_id"]],
        "heading": [str(heading[sid]) for sid in applicable["segment_id"]],
        "table_row": ["true" if _is_table_row(turns, sid) else "" for sid in applicable["segment_id"]],
        "table_header": [_text(turns.at[sid, TABLE_HEADER]) if TABLE_HEADER in turns else ""
                         for sid in applicable["segment_id"]],
        "reviewer": applicable["reviewer"].astype(str).tolist(),
        "timestamp": applicable["timestamp"].astype(str).tolist(),
    }, columns=HISTORY_COLUMNS)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_review_file(path, pd.concat([other_batches(previous, key), rows], ignore_index=True), HISTORY_COLUMNS)
    return len(rows)


def _asked(segments: pd.DataFrame, decided: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Segment id -> (text, translation) of the interviewer turn right before it, as the rules
    read it (`pipeline.coding.coder`), for the `decided` rows of `segments` that follow one."""
    previous = previous_interviewer_turn(segments)
    asked = {}
    for row, sid in zip(decided.index, decided["segment_id"].astype(str)):
        before = previous.get(row)
        if before is not None:
            translation = segments.at[before, "translation"] if "translation" in segments else ""
            asked[sid] = (_text(segments.at[before, "text"]), _text(translation))
    return asked


def _is_table_row(turns: pd.DataFrame, segment_id: str) -> bool:
    """Whether a turn is a table's row (segments column TABLE_ROW, read back from a csv too)."""
    return TABLE_ROW in turns and str(turns.at[segment_id, TABLE_ROW]).casefold() in ("true", "1")


def _roles(informants: pd.DataFrame | None) -> dict[str, str]:
    """Informant code -> role, from an informants table (schema.INFORMANT_COLUMNS)."""
    if informants is None or informants.empty or "role" not in informants or "informant" not in informants:
        return {}
    return {str(code): _text(role) for code, role in zip(informants["informant"], informants["role"])}


def _text(value: object) -> str:
    return "" if pd.isna(value) else str(value)
