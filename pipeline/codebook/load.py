"""Read a YAML codebook into model objects, reporting every problem with file, line and key.

PyYAML's node tree (``yaml.compose``) keeps the line of every key and value, so the codebook
is validated on the nodes rather than on plain Python values: a missing label is reported at
the line of its code, an unknown key at its own line, with a "did you mean" suggestion.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path
from typing import Any, Callable, TypeVar

import yaml
from yaml.nodes import Node, ScalarNode, SequenceNode

from pipeline.records.codebook import (DEFAULT_SETTINGS, PREVIOUS_TURN, SETTING_VALUES, Category, Code, Codebook,
                                       Theme, yaml_fields)
from pipeline.yaml_errors import syntax_error
from pipeline.codebook.rule_reader import RuleReader
from pipeline.codebook.yaml_nodes import kind_of, join_key, line_of
from pipeline.errors import InputError
from pipeline.ingest.decode import decode_bytes

SETTING_KEYS = tuple(SETTING_VALUES)   # inherited: codebook > theme > category > code
# The keys each level reads itself; the plain ones (`yaml_fields` of the records) come on top.
TOP_KEYS = ("name", "version", "language", "description", "concepts", "themes", *SETTING_KEYS)
THEME_KEYS = ("id", "label", "categories", *SETTING_KEYS)
CATEGORY_KEYS = ("id", "label", "codes", *SETTING_KEYS)
CODE_KEYS = ("id", "label", "definition", "keywords", "rules", "exclude_if", "color", *SETTING_KEYS)
Settings = dict[str, str]
# `context: previous_turn` lends a code the words of the informant's turn before (and the question
# after it) for all but one part of its evidence: all but one `all` list of a rule, all but one
# word of a keyword of several words. A code whose keywords are single words has no such part.
BORROWS_NOTHING = ("'context: previous_turn' changes nothing here: it lets the previous turn and the question "
                   "give all but one part of the evidence (all but one word of a keyword of two or more words, "
                   "all but one 'all' list of a rule), and every keyword of this code is one word, which the "
                   "turn must hold itself. Write a keyword of two or more words whose one word the turn says "
                   "and the rest the turn before ('putus obat' for \"kita so putus\" after a question about "
                   "the pills), or 'rules:' with 'all:' lists, or delete the line")
# what a code needs, said with what to write: coders and the rule coder both read it
EMPTY_DEFINITION = ("'definition' is empty: write one sentence saying what counts as this code and when it does "
                    "not, as 'definition: The informant names ... as the reason; not when ...'")
MISSING_DEFINITION = ("missing required key 'definition': add one sentence saying what counts as this code and "
                      "when it does not, as 'definition: The informant names ... as the reason; not when ...'")
MISSING_KEYWORDS = ("missing required key 'keywords': list the words or short phrases a turn with this code says, "
                    "as 'keywords: [word, two words]', or write 'keywords: []' for a code found from its label, "
                    "definition and examples alone")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def load_codebook(path: str | Path) -> Codebook:
    """Load and validate a codebook; raises InputError listing all problems found."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError.at(path, f"cannot read the codebook: {exc.strerror or exc}") from None
    text, _ = decode_bytes(data, path)   # UTF-8 first; older editors' Latin-1/cp1252 is detected
    codebook = parse_codebook(text, source=str(path))
    return _with_origin(codebook, source=str(path), sha256=hashlib.sha256(data).hexdigest())


def parse_codebook(text: str, source: str = "<codebook>") -> Codebook:
    """Validate codebook YAML given as text; `source` names it in problem reports."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise syntax_error(exc, source, text) from None
    except yaml.YAMLError as exc:
        raise InputError.at(source, f"YAML syntax error: {exc}") from None
    finally:
        loader.dispose()
    if root is None:
        raise InputError.at(source, "the codebook is empty")
    reader = _CodebookReader(source, loader)
    codebook = reader.read(root)
    reader.problems.problems.sort(key=lambda p: p.line or 0)
    reader.problems.raise_if_any()
    assert codebook is not None
    return codebook


def _with_origin(codebook: Codebook, source: str, sha256: str) -> Codebook:
    return dataclasses.replace(codebook, source=source, sha256=sha256)


T = TypeVar("T")
G = TypeVar("G", Theme, Category)


class _CodebookReader(RuleReader):
    """Walks the YAML node tree once, building model objects and collecting problems."""

    def __init__(self, source: str, loader: yaml.SafeLoader) -> None:
        super().__init__(source, loader)
        self._ids: dict[str, tuple[int, str]] = {}              # id -> (line, key path)
        self._code_labels: dict[str, tuple[int, str]] = {}      # folded code label -> (line, code id)
        self._named: set[int] = set()                           # problems already naming their item

    # -- reporting -------------------------------------------------------------------------
    def name_owner(self, first: int, kind: str, owner_id: str | None, label: str | None) -> None:
        """Begin the problems found since index `first` with the theme, category or code they
        belong to (`code 'tidak_kk': ...`): a key path alone is hard to find in a long file.
        Problems already named after an inner item keep its name."""
        name = f"{kind} {owner_id!r}" if owner_id else f"{kind} labelled {label!r}" if label else None
        problems = self.problems.problems
        for index in range(first, len(problems)):
            if name and index not in self._named:
                problems[index] = dataclasses.replace(problems[index], message=f"{name}: {problems[index].message}")
            self._named.add(index)

    def settings(self, entries: dict[str, tuple[Node, Node]], key: str, owner: Node,
                 inherited: Settings) -> Settings:
        """`counts` and `context` written here, else those of the enclosing level."""
        settings = dict(inherited)
        for name, allowed in SETTING_VALUES.items():
            value = self.text(entries, name, key, owner)
            if value is None:
                continue
            if value not in allowed:
                self.problem(entries[name][1], join_key(key, name),
                             f"{name!r} must be one of {', '.join(allowed)}, found {value!r}")
                continue
            settings[name] = value
        return settings

    def allowed(self, record: type, keys: tuple[str, ...]) -> tuple[str, ...]:
        return (*keys, *(item.name for item in yaml_fields(record)))

    def declared(self, record: type, entries: dict[str, tuple[Node, Node]], key: str, owner: Node) -> dict[str, Any]:
        """The record's plain keys (`yaml_fields`), each read by its kind; absent ones keep their default."""
        values: dict[str, Any] = {}
        for item in yaml_fields(record):
            if item.name not in entries:
                continue
            if item.metadata["yaml"] == "texts":
                items = self.text_list(entries[item.name][1], join_key(key, item.name), f"{item.name!r}")
                values[item.name] = tuple(text for text, _ in items or [])
            else:
                values[item.name] = self.text(entries, item.name, key, owner) or item.default
        return values

    def register_id(self, node: Node, key: str, value: str) -> None:
        if value in self._ids:
            line, first = self._ids[value]
            self.problem(node, key, f"duplicate id {value!r} (already used at line {line}, {first})")
        else:
            self._ids[value] = (line_of(node), key)

    def register_code_label(self, node: Node, key: str, label: str, code_id: str | None) -> None:
        """Two codes with one label would share a row in every table and in reviews.csv,
        which stores decisions by label: refuse the second, naming the first."""
        folded = " ".join(label.casefold().split())
        if folded in self._code_labels:
            line, first_id = self._code_labels[folded]
            self.problem(node, key, f"duplicate code label {label!r} (already the label of code {first_id!r} "
                                    f"at line {line}): give each code its own label")
        else:
            self._code_labels[folded] = (line_of(node), code_id or "?")

    # -- the codebook ------------------------------------------------------------------------
    def read(self, root: Node) -> Codebook | None:
        entries = self.mapping(root, "", self.allowed(Codebook, TOP_KEYS), "the codebook")
        if entries is None:
            return None
        name = self.text(entries, "name", "", root) or Path(self.source).stem
        version = self.text(entries, "version", "", root) or "0"
        language = self.text(entries, "language", "", root) or "ind"
        declared = self.declared(Codebook, entries, "", root)
        concepts = self.read_concepts(entries["concepts"][1]) if "concepts" in entries else {}
        settings = self.settings(entries, "", root, DEFAULT_SETTINGS)
        themes = self.children(entries, root, "", "themes",
                               lambda child, child_key: self.read_theme(child, child_key, settings))
        self.check_concept_uses(concepts)
        return Codebook(name=name, version=version, themes=themes,
                        concepts={k: tuple(v) for k, v in concepts.items()}, language=language, **declared)

    def children(self, entries: dict, node: Node, key: str, name: str,
                 read: Callable[[Node, str], T | None]) -> tuple[T, ...]:
        """The entries of a required non-empty list (the themes, a theme's categories, a category's codes)
        that read without a problem; each problem is reported under its own key."""
        if name not in entries:
            if not self.is_misspelled(node, name):
                self.problem(node, join_key(key, name), f"missing required key '{name}'")
            return ()
        list_node = entries[name][1]
        if not isinstance(list_node, SequenceNode) or not list_node.value:
            self.problem(list_node, join_key(key, name),
                         f"'{name}' must be a non-empty list, found {kind_of(list_node)}")
            return ()
        read_ones = (read(child, f"{join_key(key, name)}[{index}]") for index, child in enumerate(list_node.value))
        return tuple(item for item in read_ones if item is not None)

    def read_theme(self, node: Node, key: str, inherited: Settings) -> Theme | None:
        return self.read_group(
            Theme, THEME_KEYS, "categories", node, key, inherited,
            lambda child, child_key, theme_id, label, settings: self.read_category(child, child_key, theme_id, label,
                                                                                   settings))

    def read_category(self, node: Node, key: str, theme_id: str, theme: str,
                      inherited: Settings) -> Category | None:
        return self.read_group(
            Category, CATEGORY_KEYS, "codes", node, key, inherited,
            lambda child, child_key, category_id, label, settings: self.read_code(child, child_key, theme_id, theme,
                                                                               category_id, label, settings))

    def read_group(self, record: type[G], keys: tuple[str, ...], members: str, node: Node, key: str,
                   inherited: Settings, read_member: Callable[[Node, str, str, str, Settings], object]) -> G | None:
        """A theme or a category (`record`): its id, label, plain keys and settings, and its list
        `members` (a theme's categories, a category's codes), each read by `read_member(node, key,
        the group's id, its label, its settings)`."""
        first = len(self.problems.problems)
        kind = record.__name__.lower()
        entries = self.mapping(node, key, self.allowed(record, keys), f"a {kind}")
        if entries is None:
            return None
        settings = self.settings(entries, key, node, inherited)
        group_id = self.text(entries, "id", key, node, required=True)
        label = self.text(entries, "label", key, node, required=True)
        declared = self.declared(record, entries, key, node)
        if group_id:
            self.register_id(entries["id"][1], join_key(key, "id"), group_id)
        items = self.children(
            entries, node, key, members,
            lambda child, child_key: read_member(child, child_key, group_id or "", label or "", settings))
        self.name_owner(first, kind, group_id, label)
        if group_id is None or label is None:
            return None
        return record(id=group_id, label=label, **{members: items}, **declared)

    def read_code(self, node: Node, key: str, theme_id: str, theme: str,
                  category_id: str, category: str, inherited: Settings) -> Code | None:
        first = len(self.problems.problems)
        entries = self.mapping(node, key, self.allowed(Code, CODE_KEYS), "a code")
        if entries is None:
            return None
        settings = self.settings(entries, key, node, inherited)
        code_id = self.text(entries, "id", key, node, required=True)
        label = self.text(entries, "label", key, node, required=True)
        if "definition" not in entries and not self.is_misspelled(node, "definition"):
            self.problem(node, join_key(key, "definition"), MISSING_DEFINITION)
        definition = self.text(entries, "definition", key, node)
        if definition is None and "definition" in entries and isinstance(entries["definition"][1], ScalarNode):
            self.problem(entries["definition"][1], join_key(key, "definition"), EMPTY_DEFINITION)
        declared = self.declared(Code, entries, key, node)
        color = self.text(entries, "color", key, node)
        if code_id:
            self.register_id(entries["id"][1], join_key(key, "id"), code_id)
        if label:
            self.register_code_label(entries["label"][1], join_key(key, "label"), label, code_id)
        if color is not None and not _COLOR.match(color):
            self.problem(entries["color"][1], join_key(key, "color"), f"'color' must look like #RRGGBB, found {color!r}")
            color = None
        keywords: list[str] | None = None
        written: tuple[str, ...] = ()
        if "keywords" not in entries:
            if not self.is_misspelled(node, "keywords"):
                self.problem(node, join_key(key, "keywords"), MISSING_KEYWORDS)
        else:
            # `keywords: []` is a researcher's deliberate "none": the code is then found from its
            # label, definition and examples alone (weaker evidence), never refused
            keywords = self.terms(entries["keywords"][1], join_key(key, "keywords"), "'keywords'", allow_empty=True)
            written = self.written_terms(entries["keywords"][1], keywords)
        rules: list[dict[str, Any]] = []
        for name, exclude_rule in (("rules", False), ("exclude_if", True)):
            if name not in entries:
                continue
            list_node = entries[name][1]
            list_key = join_key(key, name)
            if not isinstance(list_node, SequenceNode) or not list_node.value:
                self.problem(list_node, list_key, f"{name!r} must be a non-empty list of rules, found {kind_of(list_node)}")
                continue
            for index, rule_node in enumerate(list_node.value):
                rule = self.read_rule(rule_node, f"{list_key}[{index}]", exclude_rule)
                if rule is not None:
                    rules.append(rule)
        if "context" in entries and settings["context"] == PREVIOUS_TURN and not rules and keywords \
                and all(len(keyword.split()) < 2 for keyword in keywords):
            self.problem(entries["context"][1], join_key(key, "context"), BORROWS_NOTHING)
        self.name_owner(first, 'code', code_id, label)
        if None in (code_id, label, definition, keywords):
            return None
        return Code(id=code_id, label=label, definition=definition, theme_id=theme_id, theme=theme,
                    category_id=category_id, category=category, keywords=tuple(keywords or ()), rules=tuple(rules),
                    keywords_written=written if written != tuple(keywords or ()) else (),
                    color=color, counts=settings["counts"], context=settings["context"], **declared)

