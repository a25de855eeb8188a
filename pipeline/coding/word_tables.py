"""Reading the coder's two word tables (`data/`, README.md there), before any word analysis.

`related.py` keys the tables by lemma; the word analysis itself (`lemmas.py`) needs only which
words the groups list as written, to keep a listed word whole where stripping a prefix would
turn it into a listed word of another sense (baikan "recovering" is not ba- + ikan "fish").
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from pipeline.errors import InputError, ProblemCollector

DATA = Path(__file__).parent / "data"
ENGLISH_FILE = DATA / "english_indonesian.tsv"
GROUPS_FILE = DATA / "related_words.tsv"
SOURCES = frozenset({"general", "xmm"})


@lru_cache(maxsize=1)
def listed_groups() -> dict[str, frozenset[int]]:
    """Each one-word member of the package's related-word groups, lower-cased as written -> its
    groups (numbered in file order, as `related.load_related_words` numbers them)."""
    problems = ProblemCollector()
    found: dict[str, set[int]] = {}
    for number, (_, _, words) in enumerate(table_rows(GROUPS_FILE, ("group", "words"), problems)):
        for word in words:
            if " " not in word:
                found.setdefault(word.casefold(), set()).add(number)
    problems.raise_if_any()
    return {word: frozenset(groups) for word, groups in found.items()}


def table_rows(path: Path, columns: tuple[str, str], problems: ProblemCollector) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, key, words) of a TSV with a header `columns + source`; problems collected."""
    rows = listed_rows(path, columns, problems)
    for number, key, (words,) in rows:
        if not words:
            problems.add(path, "empty cell", line=number, key=key)
    return [(number, key.casefold(), words) for number, key, (words,) in rows if words]


def listed_rows(path: Path, columns: tuple[str, ...], problems: ProblemCollector
                ) -> list[tuple[int, str, tuple[tuple[str, ...], ...]]]:
    """(line, key, the comma-listed cells after it) of a TSV with a header `columns + source`, every
    row with its cells and a known source; a row without a key, or with a cell too many or too few
    (a stray or missing tab shifts the cells), is a problem collected with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError.at(path, f"cannot read the table: {error}") from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    expected = [*columns, "source"]
    header = [cell.strip() for cell in lines[0][1].split("\t")] if lines else []
    if header[:len(expected)] != expected:
        raise InputError.at(path, f"expected the header {', '.join(expected)}", line=lines[0][0] if lines else None)
    rows = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        key = cells[0].strip() if cells else ""
        if len(cells) != len(expected):
            problems.add(path, f"{len(cells)} cells, expected {len(expected)} ({', '.join(expected)})",
                         line=number, key=key or None)
        elif not key:
            problems.add(path, "empty cell", line=number)
        elif cells[-1].strip() not in SOURCES:
            problems.add(path, f"unknown source {cells[-1].strip()!r} (use one of {', '.join(sorted(SOURCES))})",
                         line=number, key=key)
        else:
            rows.append((number, key, tuple(_listed(cell) for cell in cells[1:-1])))
    return rows


def _listed(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word.strip() for word in cell.split(",") if word.strip()))
