"""Small builders for tests that need a codebook or codings without running the pipeline."""

from __future__ import annotations

from typing import Any

import pandas as pd
import yaml

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.records.codebook import Category, Code, Codebook, Theme
from pipeline.schema import CODING_COLUMNS, SEGMENT_COLUMNS


def make_codebook(tree: dict[str, dict[str, list[str]]]) -> Codebook:
    """{theme label: {category label: [code labels]}} -> Codebook with ids t1, t1c1, t1c1k1..."""
    themes = []
    for t, (theme, categories) in enumerate(tree.items(), start=1):
        cats = []
        for c, (category, codes) in enumerate(categories.items(), start=1):
            cats.append(Category(f"t{t}c{c}", category, tuple(
                Code(f"t{t}c{c}k{k}", label, f"definition of {label}", f"t{t}", theme, f"t{t}c{c}", category,
                     keywords=(label.split()[0].lower(),))
                for k, label in enumerate(codes, start=1))))
        themes.append(Theme(f"t{t}", theme, tuple(cats)))
    return Codebook("test", "1", tuple(themes))


def make_codings(codebook: Codebook, rows: list[tuple[str, str, str]], source: str = "rule",
                 review: str = "") -> pd.DataFrame:
    """rows: (segment_id, informant, code label)."""
    records = []
    for segment_id, informant, label in rows:
        code = codebook.code_by_label_or_id(label)
        records.append({"segment_id": segment_id, "informant": informant, "theme": code.theme,
                        "category": code.category, "code": code.label, "code_id": code.id, "source": source,
                        "confidence": 0.8, "evidence": "", "evidence_in": "text", "review": review})
    return pd.DataFrame(records, columns=CODING_COLUMNS)


def codes_of_paragraph(codebook: Codebook, text: str, interview: bool = False) -> set[str]:
    """The code ids `text` takes as a document's paragraph, or with `interview` as the answer
    to an interviewer's open question."""
    return set(paragraph_codings(codebook, text, "Bagaimana ceritanya?" if interview else None)["code_id"])


def paragraph_codings(codebook: Codebook, text: str, question: str | None = None) -> pd.DataFrame:
    """The codings of `text`: a document's paragraph, or the answer to the interviewer's `question`."""
    lines = [("P", "interviewer", question)] if question else []
    lines.append(("B1", "informant", text))
    rows = [{"segment_id": f"s{i}", "document": "b.md", "informant": "B1", "speaker": speaker,
             "speaker_role": role, "start": i * 300, "end": i * 300 + len(words), "line": i + 1,
             "language": "ind", "text": words, "gloss": "", "translation": ""}
            for i, (speaker, role, words) in enumerate(lines)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), codebook)
    return found[found["segment_id"] == f"s{len(lines) - 1}"]


def one_category_yaml(codes: list[dict[str, Any]], name: str = "Studi (test)") -> str:
    """The YAML of a codebook of one theme and category holding `codes`, each written as its
    codebook entry (id, label, definition, keywords and any rules or context)."""
    tree = {"name": name, "themes": [{"id": "tema", "label": "Tema", "categories": [
        {"id": "kategori", "label": "Kategori", "codes": codes}]}]}
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)


def minimal_codebook_yaml(codes: list[tuple[str, str, str, list[str]]], name: str = "Studi (test)") -> str:
    """The YAML of a researcher's minimal codebook, one theme and category holding `codes`
    as (id, label, definition, keywords)."""
    return one_category_yaml([{"id": code_id, "label": label, "definition": definition, "keywords": keywords}
                              for code_id, label, definition, keywords in codes], name)


def minimal_codebook(codes: list[tuple[str, str, str, list[str]]], name: str = "Studi (test)") -> Codebook:
    """A researcher's minimal codebook of `codes`, each (id, label, definition, keywords)."""
    return parse_codebook(minimal_codebook_yaml(codes, name), source="test.yaml")


def one_code_codebook(code_id: str, label: str, definition: str, keywords: list[str],
                      name: str = "Studi (test)") -> Codebook:
    """A minimal codebook of one code, as a researcher writes it: label, definition, keywords."""
    return minimal_codebook([(code_id, label, definition, keywords)], name)


def gloss_xmm(source: str) -> str:
    """The free translation of a Manado Malay sentence, as a batch glosses an informant's turn."""
    from pipeline.gloss.glosser import shared_glosser

    return shared_glosser().gloss(source, "xmm").translation


def assert_reads(source: str, expected: str, wrong: str) -> None:
    """The translation says `expected` and not `wrong` (the reading a rule replaces or must keep out)."""
    out = gloss_xmm(source) + " "
    assert expected in out and wrong not in out, out
