"""A transcript kept as a spreadsheet: a CSV file of [speaker | words] rows.

Research assistants type interviews into a spreadsheet (a speaker column and a text column, saved as
CSV from Excel or Google Sheets, comma- or semicolon-separated), and tools export one (tscribe's
`start_time,end_time,speaker,comment`). Such a file was passed over with a warning ("ignored, not a
transcript"), its interview missing from every table. Its rows are read as a Word table's are
(`tables.transcript_turns`: a header row of column names left out, columns of times giving each
turn's start and end), one turn line per row, each named in messages by its row as the
spreadsheet shows it ("row 3", the header being row 1). A CSV file that is no such table (a list
of codes, a data sheet) is still passed over with the warning.
"""

from __future__ import annotations

import csv
import io

from pipeline.ingest.places import Places
from pipeline.ingest.tables import row_span, transcript_turns

CSV_SUFFIX = ".csv"
_DELIMITERS = ",;\t"


def _rows(text: str) -> list[list[str]]:
    """The file's rows (empty ones too), cells stripped and a cell's line breaks read as spaces; the
    delimiter is the one of `_DELIMITERS` the first lines use (Excel in an Indonesian locale writes ';')."""
    sample = "\n".join(text.split("\n")[:20])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:   # one column, or no delimiter the sniffer is sure of
        dialect = csv.excel
    return [[" ".join(cell.split()) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def csv_table(text: str) -> tuple[str, Places, dict[int, tuple[str, str]]] | None:
    """A CSV file's text as a transcript's: "speaker: words" a line, each line's row (`Places`) and
    times; None when its rows are not a transcript's."""
    numbered = [(number, row) for number, row in enumerate(_rows(text), start=1) if any(row)]
    found = transcript_turns([row for _, row in numbered])
    if found is None:
        return None
    turns, cells = found
    kept = [number for number, _ in numbered][len(numbered) - len(turns):]   # a header row of column names is left out
    places = {line: f"row {number}" for line, number in enumerate(kept, start=1)}
    times = {line: span for line, cell in enumerate(cells, start=1) if (span := row_span(cell)) is not None}
    return "\n".join(turns), Places(places), times
