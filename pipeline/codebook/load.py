"""Read a YAML codebook into model objects, reporting every problem with file, line and key.

PyYAML's node tree (``yaml.compose``) keeps the line of every key and value, so the codebook
is validated on the nodes rather than on plain Python values: a missing label is reported at
the line of its code, an unknown key at its own line, with a "did you mean" suggestion.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
from pathlib import Path
from typing import Any, Callable, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pipeline.records.codebook import (DEFAULT_SETTINGS, PREVIOUS_TURN, SETTING_VALUES, Category, Code, Codebook,
                                       Theme, yaml_fields)
from pipeline.codebook.rule_syntax import (
    CONCEPT_NAME,
    VETO,
    RuleKey,
    concept_cycles,
    rule_syntax,
    parse_term,
)
from pipeline.yaml_errors import syntax_error
from pipeline.codebook.yaml_nodes import NULL_TAG, NodeReader, kind_of, join_key, line_of
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
                    "as 'keywords: [word, two words]'")
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


class _CodebookReader(NodeReader):
    """Walks the YAML node tree once, building model objects and collecting problems."""

    def __init__(self, source: str, loader: yaml.SafeLoader) -> None:
        super().__init__(source, loader)
        self._ids: dict[str, tuple[int, str]] = {}              # id -> (line, key path)
        self._code_labels: dict[str, tuple[int, str]] = {}      # folded code label -> (line, code id)
        self._concept_uses: list[tuple[str, int, str]] = []     # (name, line, key path)
        self._concept_lines: dict[str, int] = {}
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

    def terms(self, node: Node, key: str, what: str) -> list[str] | None:
        """A term list: words, phrases, `prefix*` or `@concept`; returned normalized."""
        items = self.text_list(node, key, what)
        if items is None:
            return None
        terms = [self.term(item, f"{key}[{index}]") for index, (_, item) in enumerate(items)]
        return [term for term in terms if term is not None]

    def written_terms(self, node: Node, terms: list[str] | None) -> tuple[str, ...]:
        """The terms of a list as written, spaces tidied but capitals kept, when every item was read
        (`terms`, normalized, is then the same list); () otherwise."""
        if terms is None or not isinstance(node, SequenceNode) or len(node.value) != len(terms):
            return ()
        return tuple(" ".join(str(item.value).split()) for item in node.value)

    def term(self, node: ScalarNode, key: str) -> str | None:
        """One term, normalized; concept references are checked once all concepts are known."""
        raw = "" if node.tag == NULL_TAG else str(node.value).strip()
        try:
            term = parse_term(raw)
        except ValueError as exc:
            self.problem(node, key, str(exc))
            return None
        if term.concept:
            self._concept_uses.append((term.text, line_of(node), key))
        return term.source

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

    def read_concepts(self, node: Node) -> dict[str, list[str]]:
        if not isinstance(node, MappingNode):
            self.problem(node, "concepts", f"'concepts' must map names to term lists, found {kind_of(node)}")
            return {}
        concepts: dict[str, list[str]] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value) if isinstance(key_node, ScalarNode) else ""
            key = f"concepts.{name}"
            if not CONCEPT_NAME.match(name):
                self.problem(key_node, key, f"concept name {name!r} must use lower-case letters, digits and _")
                continue
            if name in concepts:
                self.problem(key_node, key, f"duplicate concept {name!r} (first given at line {self._concept_lines[name]})")
                continue
            terms = self.terms(value_node, key, f"concept {name!r}")
            if terms is not None:
                concepts[name] = terms
                self._concept_lines[name] = line_of(key_node)
        return concepts

    def check_concept_uses(self, concepts: dict[str, list[str]]) -> None:
        names = list(concepts)
        for name, line, key in self._concept_uses:
            if name not in concepts:
                hint = difflib.get_close_matches(name, names, n=1)
                suggestion = f"; did you mean '@{hint[0]}'?" if hint else ""
                self.problems.add(self.source, f"unknown concept '@{name}'{suggestion}", line=line, key=key)
        for name in concept_cycles(concepts):
            self.problems.add(self.source, f"concept {name!r} refers to itself through @-references",
                              line=self._concept_lines.get(name), key=f"concepts.{name}")

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
            keywords = self.terms(entries["keywords"][1], join_key(key, "keywords"), "'keywords'")
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

    def read_rule(self, node: Node, key: str, exclude_rule: bool) -> dict[str, Any] | None:
        syntax_keys = rule_syntax(veto=exclude_rule)
        allowed = tuple(syntax.name for syntax in syntax_keys)
        what = "an exclude_if rule" if exclude_rule else "a rule"
        entries = self.mapping(node, key, allowed, what)
        if entries is None:
            return None
        before = len(self.problems.problems)
        rule: dict[str, Any] = {}
        for syntax in syntax_keys:
            if syntax.name in entries:
                value = self.rule_value(syntax, entries, key)
                if value is not None and value != []:
                    rule[syntax.name] = value
        if "all" not in entries and "any" not in entries:
            self.problem(node, key, f"{what} needs 'all' or 'any' (the terms that must occur)")
        if "none_within" in entries and "none" not in entries:
            self.problem(entries["none_within"][0], join_key(key, "none_within"),
                         "'none_within' needs a 'none' list of exclusion terms")
        if exclude_rule:
            rule[VETO] = True
        return rule if len(self.problems.problems) == before else None

    def rule_value(self, syntax: RuleKey, entries: dict[str, tuple[Node, Node]], key: str) -> Any:
        """One rule key's value, checked by its kind; None (with a problem noted) when wrong."""
        if syntax.kind == "slots":
            return self.read_all(entries[syntax.name][1], join_key(key, syntax.name))
        if syntax.kind == "terms":
            return self.terms(entries[syntax.name][1], join_key(key, syntax.name), f"{syntax.name!r}")
        if syntax.kind == "count":
            return self.number(entries, syntax.name, key, int, syntax.lowest, None)
        return self.number(entries, syntax.name, key, float, 0.0, 1.0)

    def read_all(self, node: Node, key: str) -> list[list[str]] | None:
        """`all:` items are term lists, or single terms (usually `@concept`)."""
        if not isinstance(node, SequenceNode) or not node.value:
            self.problem(node, key, f"'all' must be a non-empty list of term lists, found {kind_of(node)}")
            return None
        slots: list[list[str]] = []
        for index, item in enumerate(node.value):
            child = f"{key}[{index}]"
            if isinstance(item, ScalarNode):
                term = self.term(item, child)
                if term is not None:
                    slots.append([term])
                continue
            terms = self.terms(item, child, "each item of 'all'")
            if terms:
                slots.append(terms)
        return slots
