"""Informant metadata (Tabel 1): `informants.csv` in the batch, else transcript front matter."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from pipeline.errors import ProblemCollector
from pipeline.ingest.decode import decode_bytes
from pipeline.ingest.frontmatter import misspelled_key
from pipeline.schema import INFORMANT_ALIASES, ROLE_ALIASES, ROLE_EN, SITE_ALIASES

LINES = "lines"
"""The attribute of the frame read_informants_csv returns: informant code -> its line in the file."""

# the columns read by name; any other column is an attribute, printed in Tabel 1 as written
KNOWN_COLUMNS = INFORMANT_ALIASES + ROLE_ALIASES + (ROLE_EN,) + SITE_ALIASES


def _pick(columns: list[str], aliases: tuple[str, ...]) -> str | None:
    lowered = {column.strip().casefold(): column for column in columns}
    return next((lowered[alias] for alias in aliases if alias in lowered), None)


def read_informants_csv(path: Path, problems: ProblemCollector) -> pd.DataFrame | None:
    """Read and validate `informants.csv`; problems name the line."""
    decoded = problems.reading(path, lambda: decode_bytes(path.read_bytes(), path))
    if decoded is None:
        return None
    text = decoded[0]
    # Spreadsheets in an Indonesian locale save CSV with semicolons; the header line tells.
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [cell.strip() for cell in next(reader, [])]
    except csv.Error as error:
        problems.add(path, f"is not readable as CSV: {error}", line=1)
        return None
    if not any(header):
        problems.add(path, "is empty; it needs a header line with at least 'informant' and 'role'", line=1)
        return None
    informant_column = _pick(header, INFORMANT_ALIASES)
    role_column = _pick(header, ROLE_ALIASES)
    if informant_column is None:
        meant = next((column for name in header if (column := misspelled_key(name, INFORMANT_ALIASES))), None)
        hint = f"; did you mean '{meant}'?" if meant else ""
        problems.add(path, f"has no 'informant' column (found: {', '.join(header)}){hint}", line=1, key="informant")
        return None
    for column in header:
        meant = misspelled_key(column, KNOWN_COLUMNS)
        if meant:
            problems.add(path, f"unknown column '{column}'; did you mean '{meant}'? (a column of another name "
                               "is printed in Tabel 1 as an attribute, as written)", line=1, key=column)
    repeated = sorted({column for column in header if column and header.count(column) > 1})
    if repeated:
        problems.add(path, f"column(s) {', '.join(repeated)} appear more than once in the header", line=1)
        return None
    header = [column or f"column_{index + 1}" for index, column in enumerate(header)]
    records = []
    seen: dict[str, int] = {}
    line_end = reader.line_num
    while True:
        number = line_end + 1  # a quoted value may span lines: report where the row starts
        try:
            row = next(reader, None)
        except csv.Error as error:
            problems.add(path, f"is not readable as CSV: {error}", line=number)
            return None
        if row is None:
            break
        line_end = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            problems.add(path, f"has {len(row)} fields but the header has {len(header)}; quote values that contain the delimiter", line=number)
            continue
        record = {column: (row[index].strip() if index < len(row) else "") for index, column in enumerate(header)}
        code = record[informant_column]
        if not code:
            problems.add(path, "informant code is empty", line=number, key="informant")
            continue
        if code in seen:
            problems.add(path, f"informant {code} is listed twice (first on line {seen[code]})", line=number, key="informant")
            continue
        seen[code] = number
        records.append(record)
    frame = pd.DataFrame(records, columns=header, dtype=str)
    renames = {informant_column: "informant"}
    if role_column:
        renames[role_column] = "role"
    frame = frame.rename(columns=renames)
    if "role" not in frame.columns:
        frame.insert(1, "role", "")
    ordered = ["informant", "role"] + [column for column in frame.columns if column not in ("informant", "role")]
    frame = frame[ordered].fillna("")
    frame.attrs[LINES] = seen
    return frame


def informants_from_front_matter(metadata_by_document: dict[str, dict]) -> pd.DataFrame:
    """One row per informant named in front matter; attributes are the other keys."""
    records: dict[str, dict] = {}
    for metadata in metadata_by_document.values():
        code = str(metadata.get("informant") or "").strip()
        if not code:
            continue
        record = records.setdefault(code, {"informant": code})
        for key, value in metadata.items():
            if key in ("informant", "language", "date", "type") or value is None:
                continue
            record.setdefault(key, str(value))
        record.setdefault("role", "")
    columns = ["informant", "role"] + sorted({key for r in records.values() for key in r} - {"informant", "role"})
    return pd.DataFrame(list(records.values()), columns=columns, dtype=str).fillna("")
