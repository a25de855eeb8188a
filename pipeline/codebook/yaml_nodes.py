"""Reading values off PyYAML's node tree, so that every problem names its file, line and key.

The codebook loader builds on these; they know nothing of themes or codes.
"""

from __future__ import annotations

import difflib
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pipeline.errors import ProblemCollector

NULL_TAG = "tag:yaml.org,2002:null"


def line_of(node: Node) -> int:
    return node.start_mark.line + 1


def join_key(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def kind_of(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list" if node.value else "an empty list"
    if node.tag == NULL_TAG:
        return "nothing"
    return f"the text {node.value!r}"


def _as_list_hint(node: Node) -> str:
    """A list written as one text ("kader, posbindu") shown as the YAML list it was meant to be."""
    if not isinstance(node, ScalarNode) or node.tag == NULL_TAG or not str(node.value).strip():
        return ""
    items = [item.strip() for item in str(node.value).split(",") if item.strip()]
    return f"; write it as [{', '.join(items)}]"


class NodeReader:
    """Typed values from mapping nodes; each wrong value becomes a problem, never an exception."""

    def __init__(self, source: str, loader: yaml.SafeLoader) -> None:
        self.source = source
        self.loader = loader
        self.problems = ProblemCollector()
        self.misspelled: set[tuple[int, str]] = set()   # (id of a mapping node, the key a typo there meant)

    def problem(self, node: Node, key: str, message: str) -> None:
        self.problems.add(self.source, message, line=line_of(node), key=key)

    def is_misspelled(self, owner: Node, name: str) -> bool:
        """Was `name` missing from `owner` because it was mistyped (already reported as unknown)?"""
        return (id(owner), name) in self.misspelled

    # -- generic node readers ----------------------------------------------------------------
    def mapping(self, node: Node, key: str, allowed: tuple[str, ...], what: str) -> dict[str, tuple[Node, Node]] | None:
        """Return {key: (key node, value node)}; reports non-mappings, duplicates, unknown keys."""
        if not isinstance(node, MappingNode):
            self.problem(node, key, f"{what} must be a mapping of keys to values, found {kind_of(node)}")
            return None
        entries: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, ScalarNode) else None
            child = join_key(key, str(name))
            if name is None:
                self.problem(key_node, key, f"{what} has a key that is not a plain word")
                continue
            if name in entries:
                first = line_of(entries[name][0])
                self.problem(key_node, child, f"duplicate key {name!r} (first given at line {first})")
                continue
            if name not in allowed:
                hint = difflib.get_close_matches(name, allowed, n=1)
                suggestion = f"; did you mean {hint[0]!r}?" if hint else f"; allowed keys: {', '.join(allowed)}"
                self.problem(key_node, child, f"unknown key {name!r} in {what}{suggestion}")
                if hint:   # "lable": one problem, not also "missing required key 'label'"
                    self.misspelled.add((id(node), hint[0]))
                continue
            entries[name] = (key_node, value_node)
        return entries

    def text(self, entries: dict[str, tuple[Node, Node]], name: str, key: str, owner: Node,
             required: bool = False) -> str | None:
        """A scalar read as the text written (ids like 1 or labels like `yes` stay strings)."""
        child = join_key(key, name)
        if name not in entries:
            if required and not self.is_misspelled(owner, name):
                self.problem(owner, child, f"missing required key {name!r}")
            return None
        node = entries[name][1]
        if not isinstance(node, ScalarNode):
            self.problem(node, child, f"{name!r} must be text, found {kind_of(node)}")
            return None
        value = "" if node.tag == NULL_TAG else str(node.value).strip()
        if not value:
            if required:
                self.problem(node, child, f"{name!r} must not be empty")
            return None
        return value

    def text_list(self, node: Node, key: str, what: str, allow_empty: bool = False) -> list[tuple[str, Node]] | None:
        if not isinstance(node, SequenceNode):
            self.problem(node, key, f"{what} must be a list, found {kind_of(node)}{_as_list_hint(node)}")
            return None
        items: list[tuple[str, Node]] = []
        for index, item in enumerate(node.value):
            child = f"{key}[{index}]"
            if not isinstance(item, ScalarNode) or item.tag == NULL_TAG or not str(item.value).strip():
                self.problem(item, child, f"each item of {what} must be non-empty text, found {kind_of(item)}")
                continue
            items.append((str(item.value).strip(), item))
        if not items and not allow_empty and not node.value:
            self.problem(node, key, f"{what} must not be empty")
        return items

    def number(self, entries: dict[str, tuple[Node, Node]], name: str, key: str,
               kind: type, low: float, high: float | None) -> float | int | None:
        if name not in entries:
            return None
        node = entries[name][1]
        child = join_key(key, name)
        value: Any = None
        if isinstance(node, ScalarNode):
            value = self.loader.construct_object(node)
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind is int:
            ok = ok and float(value).is_integer()
        if not ok:
            wanted = "a whole number" if kind is int else "a number"
            self.problem(node, child, f"{name!r} must be {wanted}, found {kind_of(node)}")
            return None
        if value < low or (high is not None and value > high):
            bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
            self.problem(node, child, f"{name!r} must be {bounds}, found {value}")
            return None
        return int(value) if kind is int else float(value)
