"""Tables of action plans as a coder reads them: one row, one unit to code.

Plans put their strategies in tables (No | Masalah | Strategi / Kegiatan | Sasaran | Waktu).
A Word table row becomes one line "Masalah: ...; Strategi: ...; Sasaran: ..." labelled by the
header row (the header itself is not a line: its words head every row); a markdown pipe
table keeps its text as written (offsets index the file) and each of its rows is a segment,
its header and delimiter lines being markup like a speaker label. The header's cells are kept
beside each row, so a quotation of the row reads like a Word row (`labelled_row`). A table whose
first column names speakers ([P | words]) is a transcript and stays "speaker: words", also as
transcription tools export it: under a header row ([Speaker | Text]) and with a column of times
([00:00:05 | P | words]), which is left out of the turn (`transcript_lines`).
"""

from __future__ import annotations

import re

from pipeline.ingest.turns import LABEL_LINE, TIME, RawSegment, speaker_spellings

HEADER_WORDS = 4          # a header cell is a short label ("Penanggung jawab", "Strategi / Kegiatan")
HEADER_CHARACTERS = 40
_NUMBER = re.compile(r"^[\d.,)/-]+$")
_CELL_BREAK = re.compile(r"(?<!\\)\|")   # a pipe not escaped as "\|"
_TIME_CELL = re.compile(rf"^[\[(]?{TIME}[\])]?(?:\s*(?:-|–|-->)\s*[\[(]?{TIME}[\])]?)?$")
_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")


def is_speaker_table(rows: list[list[str]]) -> bool:
    """[speaker | words] rows: two cells, and most first cells are labels naming speakers."""
    if not rows or any(len([cell for cell in row if cell]) > 2 for row in rows):
        return False
    firsts = [row[0] for row in rows if row and row[0]]
    if not firsts or not all(_label_shaped(first) for first in firsts):
        return False
    speaking = speaker_spellings(firsts, set())
    return 2 * sum(speaking[first] for first in firsts) >= len(firsts)


def transcript_lines(rows: list[list[str]], continued: list[list[bool]] | None = None) -> list[str] | None:
    """The "speaker: words" lines of a table that is a transcript, else None (`transcript_turns`)."""
    turns = transcript_turns(rows, continued)
    return turns[0] if turns is not None else None


def row_span(cell: str) -> tuple[str, str] | None:
    """The start and end a time cell gives, ("0:00:01.0", "0:00:08.2") for "0:00:01.0 - 0:00:08.2",
    ("0:00:01.0", "") for a start alone; None for a cell without a time."""
    times = re.findall(TIME, cell)
    return (times[0], times[1] if len(times) > 1 else "") if times else None


def transcript_turns(rows: list[list[str]],
                     continued: list[list[bool]] | None = None) -> tuple[list[str], list[str]] | None:
    """The "speaker: words" lines of a table that is a transcript and each line's time cell ("" if
    none), else None. Columns of times (00:01:05, [00:01:05], 00:01:05 - 00:01:09, NVivo's Timespan)
    are left out of the lines; a first row of column names is left out when its first cell names no
    speaker of the other rows ([Pembicara | Teks]).

    A row whose speaker cell is empty continues the turn above when the cell is merged with the
    one above it (`continued`: the same speaker, as Word shows it); a truly empty speaker cell is
    an empty label (": words"), an unknown speaker's turn that the run warns about by table and row.
    """
    if not rows:
        return None
    continued = continued or [[False] * len(row) for row in rows]
    width = max(len(row) for row in rows)
    timed = [column for column in range(width)
             if (cells := [row[column] for row in rows[1:] if column < len(row) and row[column]])
             and len(cells) * 2 >= len(rows) - 1 and all(_TIME_CELL.match(cell) for cell in cells)]
    timed = timed if width - len(timed) >= 2 else []   # a speaker and the words must remain
    kept = [[cell for column, cell in enumerate(row) if column not in timed] for row in rows]
    merged = [[flag for column, flag in enumerate(flags) if column not in timed] for flags in continued]
    times = [row[timed[0]] if timed and timed[0] < len(row) else "" for row in rows]
    header, body = kept[0], kept[1:]
    if (body and is_header_row(header, len(body)) and is_speaker_table(body)
            and header[0] not in {row[0] for row in body if row}):
        kept, merged, times = body, merged[1:], times[1:]
    if not is_speaker_table(kept):
        return None
    return [_turn_line(row, flags) for row, flags in zip(kept, merged)], times


def _turn_line(row: list[str], merged: list[bool]) -> str:
    """One row of a transcript table as a turn line (see `transcript_lines`)."""
    line = ": ".join(cell for cell in row if cell)
    if line and row and not row[0] and not (merged and merged[0]):
        return f": {line}"
    return line


def _label_shaped(cell: str) -> bool:
    match = LABEL_LINE.match(f"{cell}: x")
    return match is not None and match.end() == len(cell) + 2


def is_header_row(cells: list[str], later_rows: int) -> bool:
    """A first row of short, distinct labels, none a number or a sentence, above other rows."""
    filled = [cell for cell in cells if cell]
    return (later_rows > 0 and len(filled) >= 2 and len(set(filled)) == len(filled)
            and all(len(cell.split()) <= HEADER_WORDS and len(cell) <= HEADER_CHARACTERS
                    and not _NUMBER.match(cell) and not cell.endswith(".") for cell in filled))


def row_line(labels: list[str], cells: list[str]) -> str:
    """ "Label: cell; Label: cell" (a cell without a label, or an empty label, alone)."""
    parts = []
    for label, cell in zip(labels, cells):
        if cell:
            parts.append(f"{label}: {cell}" if label and label != cell else cell)
    return "; ".join(parts)


def pipe_cells(line: str) -> list[str]:
    """The cells of a markdown table line, outer pipes or not ("| No | Strategi |", "1 | Pamflet")."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip().replace("\\|", "|") for cell in _CELL_BREAK.split(inner)]


def labelled_row(header: str, row: str) -> str:
    """A markdown table row as a Word row reads: "No: 1; Strategi: Pamflet ..." under the
    header line `header` (the row alone when the header is blank)."""
    if not header.strip():
        return row
    labels, cells = pipe_cells(header), pipe_cells(row)
    return row_line(labels + [""] * (len(cells) - len(labels)), cells)


def _marked_spans(text: str, start: int, end: int) -> list[tuple[int, int, str | None]] | None:
    """Spans of the parts of text[start:end] (one paragraph) when it holds a pipe table, each
    marked with its table's header line: the lines before it (None), each data row without its
    outer pipes (the header), the lines after it (None). None when the paragraph holds no table
    (a header line with "|" followed by a delimiter line)."""
    lines, position = [], start
    for line in text[start:end].split("\n"):
        lines.append((position, position + len(line), line))
        position += len(line) + 1
    delimiters = [i for i in range(1, len(lines)) if "|" in lines[i][2] and "|" in lines[i - 1][2]
                  and _DELIMITER.match(lines[i][2])]
    if not delimiters:
        return None
    spans: list[tuple[int, int, str | None]] = []
    block_start, i = start, 0
    while i < len(lines):
        if i + 1 in delimiters:
            spans.append((block_start, lines[i][0], None))   # text before the table; the header is markup
            header = lines[i][2].strip()
            i += 2
            while i < len(lines) and "|" in lines[i][2] and i + 1 not in delimiters:
                line_start, _, line = lines[i]
                inner = line.strip()
                i += 1
                if not inner.replace("|", "").strip():
                    continue   # a row of empty cells
                first = line_start + line.find(inner) if inner else line_start
                inner_start = first + (1 if inner.startswith("|") else 0)
                inner_end = first + len(inner) - (1 if inner.endswith("|") and len(inner) > 1 else 0)
                spans.append((inner_start, inner_end, header))
            block_start = lines[i][0] if i < len(lines) else end
            continue
        i += 1
    spans.append((block_start, end, None))
    return spans


def marked_table_rows(text: str, paragraphs: list[RawSegment]) -> list[tuple[RawSegment, str | None]]:
    """(segment, its table's header line, None when it is no table row) for the paragraphs of a
    document, each pipe table split into its rows: a row is coded like a list item under the
    paragraph before its table, and quoted with its header's labels (`labelled_row`)."""
    if not any("|" in text[raw.start:raw.end] for raw in paragraphs):
        return [(raw, None) for raw in paragraphs]
    segments = []
    for raw in paragraphs:
        spans = _marked_spans(text, raw.start, raw.end) if "|" in text[raw.start:raw.end] else None
        if spans is None:
            segments.append((raw, None))
            continue
        for start, end, row in spans:
            chunk = text[start:end]
            kept = chunk.strip()
            if kept:
                start += chunk.find(kept)
                segments.append((RawSegment(raw.speaker, start, start + len(kept), text.count("\n", 0, start) + 1), row))
    return segments

