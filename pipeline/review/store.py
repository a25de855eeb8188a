"""The batch's `reviews.csv`: the graders' decisions, read strictly and written so none is lost.

The file is an append-only history. Several decisions on the same (segment, code) may stand in
it; the one with the latest timestamp is in force (ties: the later line). Every write goes to a
temporary file in the same folder, is fsynced and then swapped in with `os.replace`, after the
previous version was copied to `reviews.csv.bak`: a crash at any point leaves a complete file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from pipeline.errors import InputError, ProblemCollector
from pipeline.schema import NOTHING_TO_CODE, REVIEW_COLUMNS, REVIEW_DECISIONS

REVIEWS_FILE = "reviews.csv"
BACKUP_SUFFIX = ".bak"
DROPPED_FILE = "reviews_dropped.csv"
CODE_ID_COLUMN = "code_id"
"""Optional column: the id of the code a decision names, so a renamed label keeps its decisions."""
CODING_SOURCE_COLUMN = "coding_source"
"""Optional column: what an accept or reject answered, the rules' coding (`rule`) or the model's
suggestion (`model`), so a reject of a rule coding the rules no longer make is reported, and a
reject of a suggestion (which the model then stops making) is not."""
DROPPED_COLUMNS = [*REVIEW_COLUMNS, "dropped_by", "dropped_at", "reason"]
"""Decisions a grader deliberately took out of reviews.csv (orphans dropped or re-attached)."""

_REQUIRED_VALUES = ("segment_id", "code", "decision", "reviewer", "timestamp")

try:  # POSIX: serialise two notebooks writing the same batch at once
    import fcntl
except ImportError:  # pragma: no cover - Windows has no fcntl; writes stay atomic, just unlocked
    fcntl = None  # type: ignore[assignment]


def reviews_path(batch_dir: str | Path) -> Path:
    return Path(batch_dir) / REVIEWS_FILE


def now_timestamp() -> str:
    """ISO 8601 in UTC to the second: sortable as text and readable in a spreadsheet."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def parse_timestamp(value: str) -> datetime:
    """ISO 8601; a timestamp without a zone is taken as UTC."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def empty_reviews() -> pd.DataFrame:
    return pd.DataFrame({column: pd.Series([], dtype=object) for column in REVIEW_COLUMNS})


def read_reviews(batch_dir: str | Path) -> pd.DataFrame:
    """All decisions in file order, validated; a missing file is an empty history.

    Values are stripped strings and `decision` is lower-cased. Columns beyond REVIEW_COLUMNS
    are kept (and written back). Every bad line is reported at once, by file and line.
    """
    return read_review_file(reviews_path(batch_dir))


def read_review_file(path: Path, columns: list[str] | None = None) -> pd.DataFrame:
    columns = columns or REVIEW_COLUMNS
    if not path.exists():
        return empty_reviews().reindex(columns=columns)
    text = _decode(path)
    if not text.strip():
        return empty_reviews().reindex(columns=columns)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sheet_delimiter(text))
    header = [name.strip() for name in next(reader)]
    missing = [name for name in columns if name not in header]
    if missing:
        raise InputError.at(path, f"missing column(s) {', '.join(missing)}; expected {', '.join(columns)}", line=1)
    problems = ProblemCollector()
    rows: list[list[str]] = []
    previous_end = reader.line_num
    for fields in reader:
        line, previous_end = previous_end + 1, reader.line_num  # a quoted note may span lines
        if not any(field.strip() for field in fields):
            continue
        if len(fields) > len(header):
            problems.add(path, f"{len(fields)} fields but the header has {len(header)} (a comma in a note needs quotes)", line)
            continue
        values = dict(zip(header, (field.strip() for field in fields)))
        row = [values.get(name, "") for name in header]
        decision = values.get("decision", "").casefold()
        for name in _REQUIRED_VALUES:
            if name in columns and not values.get(name) and not (name == "code" and decision == NOTHING_TO_CODE):
                problems.add(path, f"empty {name}" + (": every decision is signed; write the initials of the grader "
                                                      "who made it" if name == "reviewer" else ""), line, key=name)
        if "decision" in columns:
            if decision and decision not in REVIEW_DECISIONS:
                problems.add(path, f"decision {values['decision']!r} is not one of {', '.join(REVIEW_DECISIONS)}",
                             line, key="decision")
            elif decision == NOTHING_TO_CODE and values.get("code"):
                problems.add(path, f"decision {NOTHING_TO_CODE!r} marks the whole turn; leave its code empty "
                             f"(found {values['code']!r})", line, key="code")
            row[header.index("decision")] = decision
        if values.get("timestamp"):
            try:
                parse_timestamp(values["timestamp"])
            except ValueError:
                problems.add(path, f"timestamp {values['timestamp']!r} is not ISO 8601 (e.g. 2024-05-01T09:30:00+00:00)",
                             line, key="timestamp")
        rows.append(row)
    problems.raise_if_any()
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    extra = [name for name in header if name not in columns and name]
    return frame[columns + extra].reset_index(drop=True)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # a spreadsheet may have saved it in a legacy code page
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError.at(path, "cannot decode the file; save it as UTF-8 CSV") from None
        return str(best)


def sheet_delimiter(text: str) -> str:
    """Spreadsheets in an Indonesian locale save CSV with semicolons."""
    header = text.splitlines()[0]
    return ";" if header.count(";") > header.count(",") else ","


def latest_decisions(reviews: pd.DataFrame, key: list[str] | None = None) -> pd.DataFrame:
    """The decision in force per key (default (segment_id, code)): latest timestamp, then latest line."""
    key = key or ["segment_id", "code"]
    if reviews.empty:
        return reviews.copy()
    order = reviews.assign(
        _when=[parse_timestamp(value) for value in reviews["timestamp"]],
        _line=range(len(reviews)),
    ).sort_values(["_when", "_line"], kind="stable")
    latest = order.drop_duplicates(key, keep="last").sort_values("_line")
    return latest.drop(columns=["_when", "_line"])


def append_review(
    batch_dir: str | Path,
    segment_id: str,
    code: str,
    decision: str,
    reviewer: str,
    note: str = "",
    timestamp: str | None = None,
    code_id: str = "",
    coding_source: str = "",
    anchor: dict[str, str] | None = None,
) -> dict[str, str]:
    """Add one decision to the batch's history and return it as written (the turn's mark
    NOTHING_TO_CODE names no code). `code_id`, when given, is written beside the label: the
    decision then follows its code when the codebook renames the label; `coding_source` says
    whose coding an accept or reject answered (CODING_SOURCE_COLUMN); `anchor` (review/turn_anchors.py)
    finds the turn again if the batch's segment-id key is lost."""
    decision = decision.strip().casefold()
    if decision not in REVIEW_DECISIONS:
        raise ValueError(f"decision {decision!r} is not one of {', '.join(REVIEW_DECISIONS)}")
    if (decision == NOTHING_TO_CODE) == bool(str(code).strip()):
        raise ValueError(f"a {NOTHING_TO_CODE!r} mark names no code, and every other decision names one")
    for name, value in (("segment_id", segment_id), ("reviewer", reviewer)):
        if not str(value).strip():
            raise ValueError(f"{name} must not be empty")
    stamp = timestamp or now_timestamp()
    parse_timestamp(stamp)  # refuse to write what read_reviews would reject
    row = {
        "segment_id": segment_id.strip(),
        "code": code.strip(),
        "decision": decision,
        "reviewer": reviewer.strip(),
        "timestamp": stamp,
        "note": " ".join(note.split()),
    }
    if code_id.strip():
        row[CODE_ID_COLUMN] = code_id.strip()
    if coding_source.strip():
        row[CODING_SOURCE_COLUMN] = coding_source.strip()
    row.update(anchor or {})
    append_reviews(batch_dir, [row])
    return row


def append_reviews(batch_dir: str | Path, rows: list[dict[str, str]]) -> None:
    """Add decisions, already checked, to the batch's history in one locked write."""
    if not rows:
        return
    with locked(batch_dir):
        history = read_reviews(batch_dir)
        write_reviews(batch_dir, pd.concat([history, pd.DataFrame(rows, dtype=object)], ignore_index=True))


def write_reviews(batch_dir: str | Path, frame: pd.DataFrame) -> Path:
    """Replace reviews.csv with `frame` atomically, keeping the previous version as reviews.csv.bak."""
    return write_review_file(reviews_path(batch_dir), frame, REVIEW_COLUMNS)


def write_review_file(path: Path, frame: pd.DataFrame, columns: list[str]) -> Path:
    missing = [name for name in columns if name not in frame.columns]
    if missing:
        raise ValueError(f"cannot write {path.name}: missing column(s) {', '.join(missing)}")
    ordered = frame[columns + [name for name in frame.columns if name not in columns]]
    payload = ordered.fillna("").to_csv(index=False, lineterminator="\n").encode("utf-8")
    if path.exists():
        _replace_atomically(path.with_name(path.name + BACKUP_SUFFIX), path.read_bytes(), like=path)
    _replace_atomically(path, payload)
    return path


def _replace_atomically(target: Path, payload: bytes, like: Path | None = None) -> None:
    """Swap `payload` in as `target`, with the permissions of `like` (default: `target` itself).

    Co-authors share the batch folder: a rewritten reviews.csv keeps the mode and group the
    file had (a new file gets the umask's, as any new file would), never mkstemp's 0600.
    """
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            _copy_permissions(like or target, temporary)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()
    _fsync_directory(target.parent)


def _copy_permissions(source: Path, target: Path) -> None:
    try:
        status = source.stat()
    except FileNotFoundError:
        return
    os.chmod(target, status.st_mode & 0o7777)
    if hasattr(os, "chown"):
        with contextlib.suppress(PermissionError):  # a group we are not in: the mode still holds
            os.chown(target, -1, status.st_gid)


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where directories cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(descriptor)
    except OSError:  # pragma: no cover - some file systems refuse fsync on directories
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def locked(batch_dir: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on the batch's review files for a read-modify-write."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    with open(Path(batch_dir) / f".{REVIEWS_FILE}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def move_to_dropped(batch_dir: str | Path, rows: pd.DataFrame, dropped_by: str, reason: str) -> None:
    """Take decisions out of reviews.csv deliberately: recorded in reviews_dropped.csv first."""
    if rows.empty:
        return
    if not dropped_by.strip():
        raise ValueError("dropped_by must not be empty")
    batch_dir = Path(batch_dir)
    with locked(batch_dir):
        history = read_reviews(batch_dir)
        keys = set(zip(rows["segment_id"], rows["code"]))
        leaving = history[[pair in keys for pair in zip(history["segment_id"], history["code"])]]
        if leaving.empty:
            return
        dropped_path = batch_dir / DROPPED_FILE
        dropped = read_review_file(dropped_path, DROPPED_COLUMNS)
        record = leaving.assign(dropped_by=dropped_by.strip(), dropped_at=now_timestamp(), reason=" ".join(reason.split()))
        write_review_file(dropped_path, pd.concat([dropped, record], ignore_index=True), DROPPED_COLUMNS)
        write_reviews(batch_dir, history.drop(index=leaving.index).reset_index(drop=True))


def read_dropped(batch_dir: str | Path) -> pd.DataFrame:
    return read_review_file(Path(batch_dir) / DROPPED_FILE, DROPPED_COLUMNS)
