"""The codebook's small rule language: terms, term lists and rules (see codebooks/README.md).

This module only knows the syntax: it checks a rule written in YAML and returns it in one
normal form, so that the loader can report every mistake with its line and the coder can
compile rules without re-checking them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RuleKey:
    """One key a rule may have. The loader checks and the writer dumps each key by its kind, so
    a new rule key is one line here (plus the coder's use of it in coding/compile_rules.py and rule_windows.py)."""

    name: str
    kind: str                   # "slots" (list of term lists), "terms", "count" (int) or "probability"
    lowest: int = 0             # smallest allowed count
    in_veto: bool = True        # allowed in an `exclude_if` rule too


RULE_SYNTAX = (RuleKey("all", "slots"), RuleKey("any", "terms"), RuleKey("none", "terms"),
               RuleKey("within", "count", lowest=1), RuleKey("none_within", "count"),
               RuleKey("topic", "terms", in_veto=False), RuleKey("confidence", "probability", in_veto=False))
VETO = "exclude"   # marks a normalized rule that came from `exclude_if`
CONCEPT_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_SPACES = re.compile(r"\s+")
_PREFIX_WORD = re.compile(r"^[^\s*@]+\*$")


@dataclass(frozen=True)
class Term:
    """One item of a term list: a word or phrase, a `prefix*`, or an `@concept` reference."""

    text: str                 # lower-cased, single-spaced; without `*` or `@`
    prefix: bool = False
    concept: bool = False

    @property
    def source(self) -> str:
        """The term as written in a codebook (normalized)."""
        if self.concept:
            return "@" + self.text
        return self.text + ("*" if self.prefix else "")


def rule_syntax(veto: bool = False) -> tuple[RuleKey, ...]:
    """The keys a rule (`veto`: an `exclude_if` rule) may have, in their normal order."""
    return tuple(key for key in RULE_SYNTAX if key.in_veto or not veto)


def normalize_term(raw: str) -> str:
    return _SPACES.sub(" ", raw.strip()).casefold()


def parse_term(raw: str) -> Term:
    """Parse one term; raises ValueError with a message a codebook author understands."""
    text = normalize_term(raw)
    if not text:
        raise ValueError("empty term")
    if text.startswith("@"):
        name = text[1:]
        if not CONCEPT_NAME.match(name):
            raise ValueError(f"{raw!r} is not a concept reference (use @name, letters, digits and _)")
        return Term(name, concept=True)
    if "*" in text:
        if not _PREFIX_WORD.match(text):
            raise ValueError(f"{raw!r}: `*` may only end a single word (prefix match, e.g. daftar*)")
        stem = text[:-1]
        if len(stem) < 3:
            raise ValueError(f"{raw!r}: a prefix needs at least 3 letters before `*`")
        return Term(stem, prefix=True)
    if "@" in text:
        raise ValueError(f"{raw!r}: `@` may only start a concept reference")
    return Term(text)


def concept_refs(terms: list[str] | tuple[str, ...]) -> list[str]:
    """Names of the concepts a term list refers to."""
    return [normalize_term(t)[1:] for t in terms if normalize_term(t).startswith("@")]


def rule_term_lists(rule: dict[str, Any]) -> list[list[str]]:
    """Every term list a normalized rule holds (for reference checks and compilation)."""
    lists = [list(slot) for slot in rule.get("all", [])]
    for key in ("any", "none"):
        if key in rule:
            lists.append(list(rule[key]))
    return lists


def expand_terms(terms: list[str] | tuple[str, ...], concepts: dict[str, tuple[str, ...]]) -> list[str]:
    """Replace `@concept` references (recursively) by the concept's terms, keeping order."""
    out: list[str] = []
    seen_concepts: set[str] = set()

    def visit(items: list[str] | tuple[str, ...]) -> None:
        for item in items:
            norm = normalize_term(item)
            if norm.startswith("@"):
                name = norm[1:]
                if name not in seen_concepts:
                    seen_concepts.add(name)
                    visit(concepts.get(name, ()))
            elif norm not in out:
                out.append(norm)

    visit(terms)
    return out


def concept_cycles(concepts: dict[str, list[str]]) -> list[str]:
    """Concepts that reach themselves through @-references."""
    cyclic: list[str] = []
    for start in concepts:
        stack = list(concept_refs(concepts[start]))
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            if name == start:
                cyclic.append(start)
                break
            if name in seen or name not in concepts:
                continue
            seen.add(name)
            stack.extend(concept_refs(concepts[name]))
    return cyclic


def undefined_concepts(keywords_and_rules: list[tuple[tuple[str, ...], tuple[dict[str, Any], ...]]],
                       concepts: dict[str, tuple[str, ...]]) -> list[str]:
    """Concepts that codes' keywords, rules or other concepts refer to but nobody defines, in order."""
    term_lists = [list(terms) for terms in concepts.values()]
    for keywords, rules in keywords_and_rules:
        term_lists.append(list(keywords))
        term_lists += [terms for rule in rules for terms in rule_term_lists(rule)]
    used = [name for terms in term_lists for name in concept_refs(terms)]
    return [name for name in dict.fromkeys(used) if name not in concepts]
