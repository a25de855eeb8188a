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
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError.at(path, f"cannot read the related-word table: {error}") from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    header = [cell.strip() for cell in lines[0][1].split("\t")] if lines else []
    if header[:3] != [*columns, "source"]:
        raise InputError.at(path, f"expected the header {', '.join([*columns, 'source'])}", line=lines[0][0] if lines else None)
    rows = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        key, words, source = (cells + ["", "", ""])[:3]
        words_list = tuple(dict.fromkeys(w.strip() for w in words.split(",") if w.strip()))
        if len(cells) > 3:    # a stray tab: the words after it would be lost
            problems.add(path, f"{len(cells)} cells, expected 3 ({', '.join([*columns, 'source'])})",
                         line=number, key=key.strip() or None)
        elif not key.strip() or not words_list:
            problems.add(path, "empty cell", line=number, key=key.strip() or None)
        elif source.strip() not in SOURCES:
            problems.add(path, f"unknown source {source.strip()!r} (use one of {', '.join(sorted(SOURCES))})",
                         line=number, key=key.strip())
        else:
            rows.append((number, key.strip().casefold(), words_list))
    return rows
