"""Write a Codebook back to YAML that `load_codebook` reads into an equal Codebook.

Used by tools that build codebooks elsewhere (REFI-QDA .qdc import, notebooks) so that every
codebook the pipeline runs on is a reviewable YAML file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pipeline.codebook.rule_syntax import VETO, rule_syntax
from pipeline.records.codebook import CONTEXT_DEFAULT, COUNTS_DEFAULT, YAML, Code, Codebook, yaml_fields


class _Dumper(yaml.SafeDumper):
    """Block style, keys in codebook order, long prose folded as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _rule_to_yaml(rule: dict[str, Any]) -> dict[str, Any]:
    """Every key the rule syntax knows, by its kind: a new rule key needs no edit here."""
    out: dict[str, Any] = {}
    for syntax in rule_syntax():
        if syntax.name in rule:
            value = rule[syntax.name]
            out[syntax.name] = ([list(slot) for slot in value] if syntax.kind == "slots" else
                                list(value) if syntax.kind == "terms" else value)
    return out


def _declared(record: Any) -> dict[str, Any]:
    """The record's plain keys (`yaml_fields`) that are set, by their kind: a new key needs no edit here."""
    out: dict[str, Any] = {}
    for item in yaml_fields(type(record)):
        value = getattr(record, item.name)
        if value:
            out[item.name] = list(value) if item.metadata[YAML] == "texts" else value
    return out


def _code_to_yaml(code: Code) -> dict[str, Any]:
    out: dict[str, Any] = {"id": code.id, "label": code.label, "definition": code.definition, **_declared(code)}
    out["keywords"] = list(code.keywords_written or code.keywords)
    rules = [_rule_to_yaml(r) for r in code.rules if not r.get(VETO)]
    vetoes = [_rule_to_yaml(r) for r in code.rules if r.get(VETO)]
    if rules:
        out["rules"] = rules
    if vetoes:
        out["exclude_if"] = vetoes
    if code.color:
        out["color"] = code.color
    if code.counts != COUNTS_DEFAULT:
        out["counts"] = code.counts
    if code.context != CONTEXT_DEFAULT:
        out["context"] = code.context
    return out


def codebook_to_yaml(codebook: Codebook) -> str:
    """The codebook as YAML text in the layout of codebooks/wori.yaml."""
    data: dict[str, Any] = {"name": codebook.name, "version": codebook.version, **_declared(codebook),
                            "language": codebook.language}
    if codebook.concepts:
        data["concepts"] = {name: list(terms) for name, terms in codebook.concepts.items()}
    themes = []
    for theme in codebook.themes:
        theme_out: dict[str, Any] = {"id": theme.id, "label": theme.label, **_declared(theme)}
        categories = []
        for category in theme.categories:
            category_out: dict[str, Any] = {"id": category.id, "label": category.label, **_declared(category)}
            category_out["codes"] = [_code_to_yaml(code) for code in category.codes]
            categories.append(category_out)
        theme_out["categories"] = categories
        themes.append(theme_out)
    data["themes"] = themes
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def dump_codebook(codebook: Codebook, path: str | Path) -> None:
    Path(path).write_text(codebook_to_yaml(codebook), encoding="utf-8")
