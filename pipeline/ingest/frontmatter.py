"""YAML front matter between `---` lines at the top of a transcript.

The block is read as a YAML node tree so that every problem names its line and key; all
problems of one block are reported together. Known keys are read case-insensitively (`Informant:`
is `informant:`), and so are the Indonesian words a Word table of facts uses for them
(`tanggal:` is `date:`, `peran:` `role:`: metadata_table.KEY_WORDS), so a key means the same in
every file a batch holds. An unknown key spelled like a known one is refused with "did you mean",
because it would otherwise become a Tabel 1 column while the real attribute stays empty.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from pipeline.errors import InputError, Problem, ProblemCollector
from pipeline.records.languages import LANGUAGES, language_code
from pipeline.ingest.documents import KNOWN_TYPES
from pipeline.ingest.metadata_table import ATTRIBUTE_WORDS, KEY_OF, fact_key
from pipeline.ingest.written_dates import read_date
from pipeline.schema import INTERVIEWER_LABELS
from pipeline.yaml_errors import FRONT_MATTER, SIDECAR, YamlKind, syntax_error

OPENING = re.compile(r"(?:[ \t]*\n)*---[ \t]*\n")   # blank lines may come before it
CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
KNOWN_KEYS = ("informant", "role", "site", "language", "date", "type")
SCALAR_KEYS = ("informant", "role", "language", "type")
_SPELLINGS = {key: key for key in KNOWN_KEYS} | {word: key for word, key in KEY_OF.items() if word not in KNOWN_KEYS}


@dataclass(frozen=True)
class FrontMatter:
    metadata: dict[str, Any]
    body_start: int   # character offset where the body begins
    body_line: int    # 1-based line number of the body's first line


def parse_front_matter(text: str, file: str | Path) -> FrontMatter:
    """Split off front matter; an unclosed or malformed block is an error, not body text."""
    opening = OPENING.match(text)
    if opening is None:
        return FrontMatter({}, 0, 1)
    first_line = text.count("\n", 0, opening.end())  # 0-based line of the block's first line
    closing = CLOSING.search(text, opening.end())
    if closing is None:
        raise InputError.at(file, "front matter starts with '---' but is never closed by a '---' line; "
                                  "add one after the last 'key: value' line", line=first_line)
    block = text[opening.end():closing.start()]
    metadata = _read_block(block, file, first_line) if block.strip() else {}
    after = closing.end() + (1 if text.startswith("\n", closing.end()) else 0)
    return FrontMatter(metadata, after, text.count("\n", 0, after) + 1)


def known_key(key: str) -> str | None:
    """The known key `key` means when only its case differs (`Informant` -> `informant`)."""
    folded = key.casefold()
    return folded if folded in KNOWN_KEYS else None


def misspelled_key(key: str, known: tuple[str, ...] | None = None) -> str | None:
    """The known key an unknown `key` is probably a typo of (`langauge` -> `language`), or of a
    word a Word table of facts writes for it (`Tangal` -> `date`); given `known`, the column name
    of those it is a typo of (`rol_en` -> `role_en`); None if none.

    Short keys, keys much longer than the known one (`usia`, `informant_age`) and the attributes
    a table of facts names are attributes of their own, not typos.
    """
    folded = key.casefold()
    spellings = _SPELLINGS if known is None else {name: name for name in known}
    if len(folded) < 4 or folded in spellings or (known is None and (folded in KEY_OF or folded in ATTRIBUTE_WORDS)):
        return None
    close = difflib.get_close_matches(folded, spellings, n=1, cutoff=0.8)
    return spellings[close[0]] if close and abs(len(close[0]) - len(folded)) <= 2 else None


def _lines_without_colon(block: str, file: str | Path, first_line: int) -> list[Problem]:
    """Top-level lines with no ':' (`informant B3`), each reported on its own line with the fix.

    YAML blames the line after such a line, or reads it as a value; looking for them first
    gives the user the right line and the right advice.
    """
    problems = []
    for number, line in enumerate(block.splitlines(), start=first_line + 1):
        stripped = line.strip()
        if not stripped or line[0] in " \t#-" or ":" in stripped:
            continue
        word, _, rest = stripped.partition(" ")
        key = known_key(word) or misspelled_key(word)
        if key is None and len(stripped.split()) > 3:
            fix = "add ':' after the key; or, if the '---' above only separates text, it is not front matter"
        elif rest.strip():
            fix = f"write '{key or word}: {rest.strip()}'"
        else:
            fix = f"write '{key or word}: ' and its value"
        problems.append(Problem(str(file), f"front matter line '{stripped}' has no ':' after its key; {fix}", number))
    return problems


def _raise_missing_colons(block: str, file: str | Path, first_line: int, kind: YamlKind) -> None:
    """Report the lines without ':' and, with them, every problem of the block's other lines.

    A line without its colon stops YAML from reading the rest of the block, so the other lines
    are read again without it: the user fixes the whole block in one pass, not one line a run.
    """
    missing_colons = _lines_without_colon(block, file, first_line)
    if not missing_colons:
        return
    skipped = {problem.line - first_line - 1 for problem in missing_colons if problem.line is not None}
    rest = "\n".join("" if index in skipped else line for index, line in enumerate(block.split("\n")))
    try:
        if rest.strip():
            _read_block(rest, file, first_line, kind)
    except InputError as error:
        raise InputError(sorted(missing_colons + error.problems, key=lambda problem: problem.line or 0)) from None
    raise InputError(missing_colons)


def _read_block(block: str, file: str | Path, first_line: int, kind: YamlKind = FRONT_MATTER) -> dict[str, Any]:
    def line_of(node: Node) -> int:
        return first_line + node.start_mark.line + 1

    try:
        root = yaml.compose(block, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        _raise_missing_colons(block, file, first_line, kind)
        raise syntax_error(error, str(file), block, kind, first_line=first_line) from None
    if not isinstance(root, MappingNode):
        _raise_missing_colons(block, file, first_line, kind)
        raise InputError.at(file, "front matter must be 'key: value' lines", line=first_line + 1)

    problems = ProblemCollector()
    metadata: dict[str, Any] = {}
    first_seen: dict[str, int] = {}
    loader = yaml.SafeLoader("")
    # a key written in English wins over its Indonesian name: beside it, "desa:" (site: the district)
    # or "pekerjaan:" (role: Bidan) says more, and stays an attribute under the name written
    english = {known_key(str(node.value).strip()) for node, _ in root.value if isinstance(node, ScalarNode)}
    for key_node, value_node in root.value:
        if not isinstance(key_node, ScalarNode):
            problems.add(file, "front matter keys must be plain words", line=line_of(key_node))
            continue
        written = str(key_node.value).strip()
        line = line_of(key_node)
        key = known_key(written) or fact_key(written) or written
        if key != written.casefold() and key in english:
            key = written
        if key not in KNOWN_KEYS and (meant := misspelled_key(written)):
            problems.add(file, f"unknown key '{written}'; did you mean '{meant}'?", line=line, key=written)
            continue
        if key in first_seen:
            named = f"'{written}' is another name of '{key}': " if written.casefold() != key else ""
            problems.add(file, f"{named}key given twice (first on line {first_seen[key]})", line=line, key=key)
            continue
        first_seen[key] = line
        if key.casefold() in INTERVIEWER_LABELS:
            problems.add(file, f"'{key}:' looks like a speaker label, not front matter; is the '---' before it "
                               "a separator rather than the start of front matter? (To record who interviewed, "
                               "write 'nama_pewawancara: ...': a name kept out of every output)", line=line, key=key)
            continue
        try:
            value = loader.construct_object(value_node, deep=True)
        except (yaml.constructor.ConstructorError, ValueError) as error:
            reason = getattr(error, "problem", None) or error
            if key == "date":   # YAML read a date shape that is no day of the calendar (2026-13-40)
                problems.add(file, f"'{value_node.value}' is not a date ({reason}): write YYYY-MM-DD (2024-05-13)",
                             line=line, key=key)
            else:
                problems.add(file, f"cannot read the value: {reason}", line=line, key=key)
            continue
        if key == "date" and isinstance(value, str):   # "12 Oktober 2026" is read; "12-11-2026" is refused
            iso, fix = read_date(value)
            if fix is not None:
                problems.add(file, fix, line=line, key=key)
                continue
            value = iso or value
        if key in SCALAR_KEYS and isinstance(value, (list, dict)):
            problems.add(file, f"{key} must be a single value, not a list", line=line, key=key)
            continue
        if key == "language" and value is not None:
            if language_code(value) is None:
                problems.add(file, f"language must be one of {', '.join(LANGUAGES)} (or Indonesia, Manado, English; "
                                   f"got {value!r})", line=line, key=key)
                continue
            value = language_code(value)
        if key == "type" and value is not None and str(value).strip().casefold() not in KNOWN_TYPES:
            problems.add(file, f"type must be 'document', 'interview' or 'quotations' (got {value!r})", line=line, key=key)
            continue
        metadata[key] = value.strip() if isinstance(value, str) else value
    loader.dispose()
    problems.raise_if_any()
    for key in ("language", "type"):
        if isinstance(metadata.get(key), str):
            metadata[key] = metadata[key].lower()
    return metadata


def parse_sidecar(text: str, file: str | Path) -> dict[str, Any]:
    """A sidecar file's 'key: value' lines, read and checked as front matter is (lines as in the file)."""
    return _read_block(text, file, 0, SIDECAR) if text.strip() else {}
