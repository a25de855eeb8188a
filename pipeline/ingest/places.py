"""Where a line of a transcript's text is, named as its author can find it.

A Word file's text is made from its paragraphs and tables (an HTML file's, noScribe's or
oTranscribe's, from its paragraphs). A line of it has a line number nobody can find in Word or a
browser, so a problem on it names the paragraph ("K3.docx, paragraph 14") or, for a line
made from a table row (a row of the interview's facts, a [speaker | words] row), the table and
the row instead: "K3.docx, table 1, row 4 (Tanggal)".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import Problem
from pipeline.wording import plural_form, shown_numbers


# "FILE: lines 1-6 before ..." (a warning about an export's title) and "paragraph 14" (a whole paragraph)
_LINE_SPAN = re.compile(r" lines? (?P<first>\d+)(?:-(?P<last>\d+))? ")
_WHOLE_PARAGRAPH = re.compile(r"paragraph \d+")


@dataclass(frozen=True)
class Places:
    """Where the lines of a Word file's text are: 1-based line -> "paragraph 14", "table 1, row 4 (Tanggal)"."""

    rows: Mapping[int, str] = field(default_factory=dict)
    facts: str | None = None   # the table of facts that became the front matter ("table 1"), if any

    def where(self, file: str | Path, line: int) -> str:
        """"K3.docx, paragraph 14" or "K3.docx, table 2, row 5" in a Word file, else "K3.docx:12"."""
        place = self.rows.get(line)
        return f"{file}, {place}" if place else f"{file}:{line}"

    def name(self, line: int) -> str:
        """"paragraph 14" or "table 2, row 5" in a Word file, else "line 12"."""
        return self.rows.get(line) or f"line {line}"

    def located_warnings(self, file: str | Path, warnings: list[str]) -> list[str]:
        """The warnings, each that opens with "FILE:12:" opening with its place in a Word file instead
        ("FILE, paragraph 12:"), and one that opens "FILE: lines 1-6 " (an export's title) with the
        paragraphs those lines are ("FILE: paragraphs 1-6 ")."""
        prefix = f"{file}:"
        located = []
        for warning in warnings:
            number, colon, rest = warning[len(prefix):].partition(":")
            if warning.startswith(prefix) and colon and number.isdigit() and int(number) in self.rows:
                warning = f"{self.where(file, int(number))}:{rest}"
            elif warning.startswith(prefix) and (span := _LINE_SPAN.match(warning, len(prefix))) is not None:
                warning = f"{prefix} {self._paragraph_span(span) or span[0].strip()} {warning[span.end():]}"
            located.append(warning)
        return located

    def _paragraph_span(self, span: re.Match[str]) -> str | None:
        """"paragraph 3" or "paragraphs 1-6" for a span of lines that are whole paragraphs, "paragraph 1 to
        table 1, row 3" for one that ends in a table's row, else None."""
        first, last = int(span["first"]), int(span["last"] or span["first"])
        names = [self.rows.get(line, "") for line in (first, last)]
        if not all(_WHOLE_PARAGRAPH.fullmatch(name) for name in names):   # "paragraph 1 to table 1, row 3"
            return (names[0] if first == last else f"{names[0]} to {names[1]}") if all(names) else None
        numbers = [name.split()[1] for name in names]
        return f"paragraph {numbers[0]}" if first == last else f"paragraphs {numbers[0]}-{numbers[1]}"

    def located(self, problems: list[Problem]) -> list[Problem]:
        """The problems, each in a Word file named by its paragraph or table row rather than its line."""
        return [dataclasses.replace(problem, place=self.rows[problem.line]) if problem.line in self.rows else problem
                for problem in problems]


def line_place(line: int) -> str:
    """A line named as a text file has it: "line 12" (a Word file names its paragraph instead, `Places.name`)."""
    return f"line {line}"


def at_place(where: str) -> str:
    """A place with its preposition: "on line 12", "in paragraph 3", "in table 1, row 4"."""
    return f"{'on' if where.startswith('line ') else 'in'} {where}"


def places_named(lines: list[int], place: Callable[[int], str] = line_place) -> str:
    """Lines named together by `place`: "lines 7, 11", a Word file's "paragraphs 7, 11", or each
    name in turn when they are of more than one kind ("paragraph 3, table 1, row 2")."""
    names = [place(line) for line in lines]
    for kind in ("line", "paragraph"):
        if all(re.fullmatch(rf"{kind} \d+", name) for name in names):
            return f"{plural_form(len(names), kind)} {shown_numbers([name.split()[1] for name in names])}"
    return shown_numbers(names)


def paragraph_places(paragraph: int, first_line: int, lines: int) -> dict[int, str]:
    """The lines of one paragraph named as a reader finds them in Word: "paragraph 14", or
    "paragraph 14, line 2" for the lines its line breaks (Shift+Enter) start."""
    if lines == 1:
        return {first_line: f"paragraph {paragraph}"}
    return {first_line + offset: f"paragraph {paragraph}, line {offset + 1}" for offset in range(lines)}


def markup_places(text: str) -> Places:
    """The lines of an HTML file's text (its paragraphs, a blank line between them; html_text.py) by
    their paragraph: "paragraph 3", "paragraph 3, line 2" after a <br>."""
    rows: dict[int, str] = {}
    paragraph, first = 0, None
    lines = text.split("\n")
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip() and first is None:
            first = number
        elif not line.strip() and first is not None:
            paragraph += 1
            rows.update(paragraph_places(paragraph, first, number - first))
            first = None
    return Places(rows)
