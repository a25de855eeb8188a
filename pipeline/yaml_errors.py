"""YAML syntax errors in a user's words, at the line of the user's file that has to change.

PyYAML reports a hand-edited file's slips in parser terms ("while parsing a block mapping
expected <block end>, but found '<block sequence start>'") and often on the line after the slip:
a key indented less than its siblings is still a valid key of the level above, and the parser
only stops at the next line. Its marks are 0-based. Each common error is translated here into
what is wrong and what to do, at the 1-based line of the slip; an error not recognised keeps
PyYAML's words, with the line. Codebooks, batch.yaml, sidecars and a transcript's front matter
(whose YAML starts after its `---` line: `first_line`) are all hand-edited YAML, so they share
this one translation, each with examples from its own keys (`YamlKind`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from pipeline.errors import InputError


@dataclass(frozen=True)
class YamlKind:
    """What a kind of file's advice shows: how its keys line up, a closed list, a quoted value."""

    line_up: str
    closed_list: str     # a list or mapping written on one line, shown when its bracket is the one left open
    quoted_value: str
    key_value: str
    prefix: str = ""   # the words before each message ("front matter: "), when the file holds more than YAML


CODEBOOK = YamlKind(
    "the keys of one theme, category or code (id, label, definition, keywords ...) must line up "
    "under each other, and the '-' of every item of a list under the '-' of the first",
    "keywords: [jauh, ojek, ongkos]", 'definition: "Aturan: ..."', "keywords: [...]")
FRONT_MATTER = YamlKind(
    "every 'key: value' line of the front matter starts at the beginning of its line, without spaces before the key",
    "site: [Wori, Tiwoho]", 'role: "Kepala: Puskesmas"', "role: Bidan", prefix="front matter: ")
SIDECAR = YamlKind(
    "every 'key: value' line starts at the beginning of its line, and the entries under 'speakers:' line up "
    "under each other, indented further than 'speakers:'",
    "speakers: {S00: P, S01: A7}", 'role: "Kepala: Puskesmas"', "role: Bidan")
SETTINGS = YamlKind(
    "the keys of one level (codebook, title, type, speakers) must line up under each other, and the "
    "entries under 'speakers:' under each other, indented further than 'speakers:'",
    "speakers: {S00: P, S01: A7}", 'title: "Stunting: wawancara ibu"', "type: interview")


def syntax_error(exc: yaml.MarkedYAMLError, source: str, text: str = "", kind: YamlKind = CODEBOOK,
                 first_line: int = 0) -> InputError:
    """The error as a problem at the line to change, worded for the person editing the file;
    `text` is the YAML that was read, which starts on 0-based line `first_line` of the file."""
    lines = text.split("\n")
    mark = exc.problem_mark or exc.context_mark
    line = mark.line if mark is not None else None   # 0-based, as PyYAML counts
    problem, context = exc.problem or "", exc.context or ""
    opened = exc.context_mark.line if exc.context_mark is not None else line

    def _at(line: int | None, message: str) -> InputError:
        return InputError.at(source, kind.prefix + message, line=line + first_line + 1 if line is not None else None)

    if "flow sequence" in context or "flow mapping" in context:
        opening, closing = ("[", "]") if "sequence" in context else ("{", "}")
        example = f" ({kind.closed_list})" if opening in kind.closed_list else ""
        return _at(opened, f"the '{opening}' opened on this line is not closed: end it with '{closing}' "
                           f"on the same line{example}")
    if "'\\t'" in problem:
        return _at(line, "a tab character: indent with spaces, not tabs (most editors have a setting "
                         "to type spaces for the Tab key)")
    if "quoted scalar" in context:
        return _at(opened, "the quote opened on this line is not closed: end the value with the same "
                           "quote mark (\" or ') on this line")
    if "mapping values are not allowed" in problem:
        if line is not None and _indent_above(lines, line) not in (None, _indent(lines[line])):
            return _at(line, f"this line is indented differently from the line above it "
                             f"({_indents(lines, line)}): {kind.line_up}")
        return _at(line, f"this line has a second ': ' after its key: put the value in quotes ({kind.quoted_value})")
    if "could not find expected ':'" in problem:
        return _at(opened, f"a key without ':' after it (write '{kind.key_value}'), or a line of a value "
                           "that continues the line above: indent it further than the key, or put the "
                           "whole value in quotes")
    if "cannot start any token" in problem or "undefined alias" in problem:
        return _at(line, "a value starts with a character the file reserves ('*', '&', '@', '`', '%'): "
                         "put the value in quotes")
    if any(words in problem for words in ("expected <block end>", "did not find expected key",
                                          "did not find expected '-'")):
        slip = _dedented_line_above(lines, line) if line is not None else None
        if slip is not None:
            return _at(slip, f"this line is indented less than the lines around it "
                             f"({_indents(lines, slip)}): {kind.line_up}")
        return _at(line, f"this line is indented differently from the lines above it "
                         f"({_indents(lines, line)}): {kind.line_up}")
    message = " ".join(part for part in (context, problem) if part)
    return _at(line, f"YAML syntax error: {message}")


def _content_lines(lines: list[str]) -> list[int]:
    """0-based numbers of the lines that hold a key or an item (not blank, not a comment)."""
    return [number for number, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")]


_ITEM_MARK = re.compile(r"-[ ]+(?=\S)")   # a list item's '- ' before its key


def _indent(line: str) -> int:
    """Where the line's key starts: after the spaces, and for a list item after its '- ' too (the
    keys of one code line up under the key of its "- id:" line, not under the '-')."""
    spaces = len(line) - len(line.lstrip(" "))
    item = _ITEM_MARK.match(line, spaces)
    return spaces + (item.end() - spaces if item else 0)


def _dedented_line_above(lines: list[str], line: int) -> int | None:
    """The line before `line` when it is indented less than both the line before it and `line`:
    a key moved left is still a key of the level above, so the parser stops only at `line`."""
    content = [number for number in _content_lines(lines) if number <= line]
    if len(content) < 3 or content[-1] != line:
        return None
    before, above, here = (_indent(lines[number]) for number in content[-3:])
    return content[-2] if above < before and above < here else None


def _line_above(lines: list[str], line: int) -> int | None:
    """The nearest line before `line` that holds a key or an item, None when there is none."""
    above = [number for number in _content_lines(lines) if number < line]
    return above[-1] if above else None


def _indent_above(lines: list[str], line: int) -> int | None:
    above = _line_above(lines, line)
    return _indent(lines[above]) if above is not None else None


def _indents(lines: list[str], line: int | None) -> str:
    """"10 spaces; the line above has 12": what the user sees when comparing the two lines."""
    if line is None or line >= len(lines):
        return "check its spaces"
    above = _line_above(lines, line)
    own = _spaces(lines[line], "space")
    return f"{own}; the line above has {_spaces(lines[above])}" if above is not None else own


def _spaces(line: str, unit: str = "") -> str:
    """A line's indent as `_indent` counts it, saying so for a list item ("12 before its key, counting
    its '- '"), where the user would count only the spaces before the '-'."""
    indent = _indent(line)
    unit = f" {unit}{'' if indent == 1 else 's'}" if unit else ""
    item = " before its key, counting its '- '" if _ITEM_MARK.match(line.lstrip(" ")) else ""
    return f"{indent}{unit}{item}"
