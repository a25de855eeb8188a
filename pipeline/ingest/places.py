"""Where a line of a transcript's text is, named as its author can find it.

A Word file's text is made from its paragraphs and tables. A line of it has a line number nobody
can find in Word, so a problem on it names the paragraph ("K3.docx, paragraph 14") or, for a line
made from a table row (a row of the interview's facts, a [speaker | words] row), the table and
the row instead: "K3.docx, table 1, row 4 (Tanggal)".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import Problem


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

    def located(self, problems: list[Problem]) -> list[Problem]:
        """The problems, each in a Word file named by its paragraph or table row rather than its line."""
        return [dataclasses.replace(problem, place=self.rows[problem.line]) if problem.line in self.rows else problem
                for problem in problems]
