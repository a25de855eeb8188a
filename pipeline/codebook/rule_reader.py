"""The rule language's values in a codebook's YAML, each checked by its kind with the line of its
node: terms (a word, a phrase, `prefix*`, `@concept`), the `concepts:` they refer to, and rules and
`exclude_if` rules (rule_syntax.RULE_SYNTAX). load.py's reader reads the rest of the codebook on top."""

from __future__ import annotations

import difflib
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pipeline.codebook.rule_syntax import CONCEPT_NAME, VETO, RuleKey, concept_cycles, parse_term, rule_syntax
from pipeline.codebook.yaml_nodes import NULL_TAG, NodeReader, kind_of, join_key, line_of


class RuleReader(NodeReader):
    """Terms, concepts and rules read from YAML nodes; an `@concept` a term uses is checked once every
    concept is known (`check_concept_uses`)."""

    def __init__(self, source: str, loader: yaml.SafeLoader) -> None:
        super().__init__(source, loader)
        self._concept_uses: list[tuple[str, int, str]] = []     # (name, line, key path)
        self._concept_lines: dict[str, int] = {}

    def terms(self, node: Node, key: str, what: str, allow_empty: bool = False) -> list[str] | None:
        """A term list: words, phrases, `prefix*` or `@concept`; returned normalized."""
        items = self.text_list(node, key, what, allow_empty=allow_empty)
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
        if "topic" in entries and "any" not in entries:   # the coder reads topic: only to meet any: (document_topic.on_topic)
            self.problem(entries["topic"][0], join_key(key, "topic"),
                         "'topic:' needs 'any:' in the same rule: it lets a document's headline and lead meet 'any:'")
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
