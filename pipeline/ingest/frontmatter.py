"""YAML front matter between `---` lines at the top of a transcript."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import InputError

FENCE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
KNOWN_KEYS = ("informant", "role", "site", "language", "date")
LANGUAGES = {"xmm", "ind", "mixed"}


@dataclass(frozen=True)
class FrontMatter:
    metadata: dict[str, Any]
    body_start: int   # character offset where the body begins
    body_line: int    # 1-based line number of the body's first line


def parse_front_matter(text: str, file: str | Path) -> FrontMatter:
    """Split off front matter; an unclosed or malformed block is an error, not body text."""
    if not re.match(r"^---[ \t]*\r?\n", text):
        return FrontMatter({}, 0, 1)
    first_end = text.index("\n") + 1
    closing = FENCE.search(text, first_end)
    if closing is None:
        raise InputError.at(file, "front matter starts with '---' on line 1 but is never closed by a '---' line", line=1)
    block = text[first_end:closing.start()]
    try:
        metadata = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error)
        raise InputError.at(file, f"front matter is not valid YAML: {problem}", line=line) from None
    if not isinstance(metadata, dict):
        raise InputError.at(file, "front matter must be 'key: value' lines", line=2)
    metadata = {str(key): value for key, value in metadata.items()}
    language = metadata.get("language")
    if language is not None and str(language).strip().lower() not in LANGUAGES:
        line = 2 + block[: block.find("language")].count("\n")
        raise InputError.at(file, f"language must be one of xmm, ind, mixed (got {language!r})", line=line, key="language")
    after = closing.end()
    if text.startswith("\r\n", after):
        after += 2
    elif text.startswith("\n", after):
        after += 1
    return FrontMatter(metadata, after, text.count("\n", 0, after) + 1)
