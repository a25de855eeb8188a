"""Text of a Word (.docx) transcript, in reading order, with nothing a transcriber typed left out.

python-docx opens the package; the body is then walked on its XML because the paragraph API
skips text that transcripts do contain: tracked insertions, content controls, text boxes.
Line breaks (Shift+Enter) and tabs are kept, so "P: ...<br/>A1: ..." stays two turns. A
[speaker | words] table's rows become "speaker: words" lines (under a header row, and with a
column of times, as transcription tools export them), so it reads as turns;
any other table's rows become one line each, labelled by its header row (tables.py), except a
table of interview facts (Informan | K3, Tanggal | ...) before the first turn, which becomes
the file's front matter (metadata_table.py), as does a first paragraph of facts
("Informan: K3, Tanggal: 2026-01-31": metadata_paragraph.py).
Deleted text (tracked deletions) and the fallback copy of drawings are left out. Each line
keeps where it came from (`Places`): a problem on it names the paragraph or the table row, which a
reader finds in Word, not a line of the extracted text, which nobody can.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from pipeline.errors import InputError, Problem
from pipeline.ingest.metadata_paragraph import paragraph_facts, unkeyed_facts_message
from pipeline.ingest.metadata_table import front_matter_lines, metadata_rows
from pipeline.ingest.places import Places, paragraph_places
from pipeline.ingest.tables import is_header_row, row_line, row_span, transcript_lines, transcript_turns
from pipeline.ingest.turns import LABEL_LINE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {f"{W}del", f"{W}delText", f"{W}instrText", f"{W}rPr", f"{W}pPr", MC_FALLBACK}
_LINE_BREAKS = {f"{W}br", f"{W}cr"}


@dataclass(frozen=True)
class WordText:
    """A Word file's text, the lines of it that rows of (non-transcript) tables made, those
    tables' numbers in the file, and the paragraph, or the table and row of facts or of turns,
    each line came from (`places`)."""

    text: str
    table_rows: frozenset[str]
    row_tables: tuple[int, ...] = ()
    places: Places = Places()
    times: Mapping[int, tuple[str, str]] = field(default_factory=dict)   # line of a timed table row -> its (start, end) cell times
    headings: frozenset[int] = frozenset()   # lines of paragraphs styled as headings (Heading 1, a Title)


def docx_text(path: Path, data: bytes | None = None) -> WordText:
    import docx  # python-docx; imported here so plain-text batches do not pay for it
    from docx.opc.exceptions import PackageNotFoundError

    data = path.read_bytes() if data is None else data
    if not data.strip():
        return WordText("", frozenset())   # reported as an empty transcript, like an empty .txt
    if not zipfile.is_zipfile(BytesIO(data)):
        raise InputError.at(path, _not_a_package(data))
    with zipfile.ZipFile(BytesIO(data)) as archive:
        if "[Content_Types].xml" not in archive.namelist():
            raise InputError.at(path, "is a zip file but not a Word document; save the transcript as .docx")
    try:
        document = docx.Document(BytesIO(data))
    except PackageNotFoundError:
        raise InputError.at(path, "is a zip file but not a Word document; save the transcript as .docx") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, ValueError, etree.XMLSyntaxError):
        raise InputError.at(path, "cannot open as a Word document: a part of the file is damaged or missing "
                                  "(was it copied before it was fully saved?)") from None
    return _body_text(document.element.body, path, _heading_styles(document.styles.element))


_HEADING_NAME = re.compile(r"^(?:heading [1-9]|title)$", re.IGNORECASE)


def _heading_styles(styles: etree._Element) -> frozenset[str]:
    """The ids of the paragraph styles that are headings: Word's built-in Heading 1-9 and Title
    (stored under their English names whatever the language Word shows them in), and any style
    with an outline level, or based on one of these."""
    based_on: dict[str, str] = {}
    headings = set()
    for style in styles.iterchildren(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name = style.find(f"{W}name")
        level = style.find(f"{W}pPr/{W}outlineLvl")
        if (name is not None and _HEADING_NAME.match(name.get(f"{W}val", "").strip())) or _outline_level(level):
            headings.add(style_id)
        if (parent := style.find(f"{W}basedOn")) is not None:
            based_on[style_id] = parent.get(f"{W}val", "")
    for style_id in based_on:
        seen, parent = {style_id}, based_on[style_id]
        while parent and parent not in seen and parent not in headings:
            seen.add(parent)
            parent = based_on.get(parent, "")
        if parent in headings:
            headings.add(style_id)
    return frozenset(headings)


def _outline_level(level: etree._Element | None) -> bool:
    """An outline level of a heading (0-8; 9 is body text)."""
    return level is not None and level.get(f"{W}val", "9").isdigit() and int(level.get(f"{W}val", "9")) < 9


def _is_heading(paragraph: etree._Element, heading_styles: frozenset[str]) -> bool:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return (style is not None and style.get(f"{W}val", "") in heading_styles) or \
        _outline_level(paragraph.find(f"{W}pPr/{W}outlineLvl"))


def _body_text(body: etree._Element, path: Path, heading_styles: frozenset[str] = frozenset()) -> WordText:
    """The body's lines; a table or a first paragraph of interview facts before the first turn
    (metadata_table.py, metadata_paragraph.py) becomes the front matter at the top, unless the
    file already opens with `---` lines. The lines of paragraphs in `heading_styles` (or with an
    outline level) are marked as headings: an interview's session headings (sessions.py)."""
    lines: list[str] = []
    rows: list[str] = []
    row_tables: list[int] = []
    front: list[str] = []
    places: dict[int, str] = {}   # line of the body (front matter not counted) -> paragraph, or table and row
    front_places: dict[int, str] = {}   # line of the front matter -> the row of facts it came from
    times: dict[int, tuple[str, str]] = {}   # line of the body -> the (start, end) its row's time cell gives
    headings: set[int] = set()    # lines of the body that heading paragraphs hold
    facts_table = None
    line = 1                      # the body's line the next block starts on (a paragraph may hold breaks)
    paragraph = 0                 # the paragraph's number in the file, empty ones counted as Word shows them
    for block in _blocks(body):
        if isinstance(block, _Paragraph):
            paragraph += 1
            element, block = block.element, block.text
            facts = paragraph_facts(block) if not front and not any(text.strip() for text in lines) else None
            if facts is None:
                if _is_heading(element, heading_styles) and block.strip():
                    headings.update(range(line, line + block.count("\n") + 1))
                lines.append(block)
                places.update(paragraph_places(paragraph, line, block.count("\n") + 1))
                line += block.count("\n") + 1
            elif facts.unkeyed:
                raise InputError(Problem(str(path), unkeyed_facts_message(facts), place=f"paragraph {paragraph}"))
            else:
                front = front_matter_lines(facts.facts)
                front_places = {index: f"paragraph {paragraph} ({fact.key})"
                                for index, fact in enumerate(facts.facts, start=2)}   # line 1 is the opening `---`
            continue
        facts = metadata_rows(block.cells) if not front and not _turn_or_front_matter(lines) else None
        if facts is not None:   # before turns: [Informan | K3], [Tanggal | ...] is also shaped like two turns
            front = front_matter_lines(facts)
            facts_table = f"table {block.number}"
            front_places = {index: f"table {block.number}, row {fact.row} ({fact.key})"
                            for index, fact in enumerate(facts, start=2)}   # line 1 is the opening `---`
            continue
        found = transcript_turns(block.cells, block.continued)
        if found is not None:
            turns, cells = found
            header_rows = len(block.cells) - len(turns)   # a row of column names is not a turn
            for row, (turn, cell) in enumerate(zip(turns, cells), start=header_rows + 1):
                if (span := row_span(cell)) is not None:
                    times[line] = span
                for _ in range(turn.count("\n") + 1):
                    places[line] = f"table {block.number}, row {row}"
                    line += 1
            lines.extend(turns)
            continue
        numbered = list(_numbered_row_lines(block))
        made = [made_line for _, made_line in numbered]
        row_tables.append(block.number)
        rows.extend(made)
        lines.extend(made)
        for row, made_line in numbered:   # a message names the row, as Word shows it
            for _ in range(made_line.count("\n") + 1):
                places[line] = f"table {block.number}, row {row}"
                line += 1
    shift = len(front)
    located = {number + shift: place for number, place in places.items()} | front_places
    return WordText("\n".join(front + lines), frozenset(rows),
                    tuple(row_tables), Places(located, facts_table), {number + shift: span for number, span in times.items()},
                    frozenset(number + shift for number in headings))


def _turn_or_front_matter(lines: list[str]) -> bool:
    """Whether a turn ("P: ...") or a `---` line came before: facts after it are not the file's heading."""
    return any(line.strip() == "---" or LABEL_LINE.match(line) for line in lines)


def _not_a_package(data: bytes) -> str:
    if data.startswith(b"PK"):
        return "is a damaged or incomplete Word file (cut off while copying or saving?); save or copy it again"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "is an old Word .doc (or a password-protected) file with a .docx name; save it as .docx without a password"
    return "is not a Word file although it is named .docx; save it from Word as .docx, or rename a text file to .txt"


@dataclass(frozen=True)
class _Table:
    number: int                                  # 1-based, in the order tables start in the file
    element: etree._Element
    grid: list[list[tuple[int, str]]]            # each row's (grid column, cell text)
    continued: list[list[bool]]                  # each row's cells: a cell merged with the one above it

    @property
    def cells(self) -> list[list[str]]:
        return [[text for _, text in row] for row in self.grid]


class _Paragraph(NamedTuple):
    element: etree._Element
    text: str


def _blocks(container: etree._Element, counter: list[int] | None = None) -> Iterator[_Paragraph | _Table]:
    """The paragraphs (with their text) and top-level tables of a body, content controls opened."""
    counter = [0] if counter is None else counter
    for block in container.iterchildren():
        if block.tag == f"{W}p":
            yield _Paragraph(block, _paragraph_text(block))
        elif block.tag == f"{W}tbl":
            counter[0] += 1
            rows = [list(_grid_cells(row)) for row in block.iterchildren(f"{W}tr")]
            yield _Table(counter[0], block, [[(column, _cell_text(cell)) for column, cell in row] for row in rows],
                         [[_merged_from_above(cell) for _, cell in row] for row in rows])
        elif block.tag == f"{W}sdt":
            for content in block.iterchildren(f"{W}sdtContent"):
                yield from _blocks(content, counter)


def _merged_from_above(cell: etree._Element) -> bool:
    """A cell merged down from the row above (`<w:vMerge/>` without "restart"): Word shows the
    first cell's text across both rows; the XML leaves this one empty."""
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(f"{W}val", "continue") != "restart"


def _cell_text(cell: etree._Element) -> str:
    """A cell's text on one line; a table inside it is read as a table in the body is."""
    lines: list[str] = []
    for block in _blocks(cell):
        if isinstance(block, _Paragraph):
            lines.append(block.text)
        else:
            lines.extend(transcript_lines(block.cells, block.continued) or _row_lines(block))
    return " ".join(line.strip() for line in lines if line.strip())


def _row_lines(table: _Table) -> Iterator[str]:
    """A table's rows as one line each, "Label: cell; ..." under its header row (tables.py).
    Cells are placed by grid column, so a cell merged across columns is read once; a cell
    merged down the rows is read in its first."""
    return (made for _, made in _numbered_row_lines(table))


def _numbered_row_lines(table: _Table) -> Iterator[tuple[int, str]]:
    """`_row_lines`, each with its row's number in the table (from 1, a header row counted)."""
    rows, plain = table.grid, table.cells
    header: dict[int, str] = {}
    first = next(table.element.iterchildren(f"{W}tr"), None)
    mark = first.find(f"{W}trPr/{W}tblHeader") if first is not None else None
    marked = mark is not None and mark.get(f"{W}val", "true") not in ("0", "false", "off")
    headed = bool(rows) and (marked or is_header_row(plain[0], len(rows) - 1))
    if headed:
        header = {column: text for column, text in rows[0]}
    columns = sorted(header)
    for number, row in enumerate(rows[1:] if headed else rows, start=2 if headed else 1):
        labels = [header.get(max((c for c in columns if c <= column), default=-1), "") for column, _ in row]
        line = row_line(labels, [text for _, text in row])
        if line:
            yield number, line


def _grid_cells(row: etree._Element) -> Iterator[tuple[int, etree._Element]]:
    """(grid column, cell) of a table row; a cell spanning columns advances by its span."""
    column = 0
    for cell in row.iterchildren(f"{W}tc"):
        yield column, cell
        span = cell.find(f"{W}tcPr/{W}gridSpan")
        value = span.get(f"{W}val", "1") if span is not None else "1"
        column += int(value) if value.isdigit() and int(value) > 0 else 1


def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts)


def _collect(element: etree._Element, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in _LINE_BREAKS:
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}p":  # a paragraph inside a text box
            if parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            _collect(child, parts)
            parts.append("\n")
        else:
            _collect(child, parts)
