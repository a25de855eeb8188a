"""The fast paths of rule coding give exactly what the plain evaluation gives.

`CompiledCodebook.fire` looks rules up by the terms that can trigger them, intersects term
lists with the terms present, and cuts evidence from the text by token offsets; the coder
matches each distinct view once. The oracle here is the direct evaluation those replace: every
rule tested on every view, spans collected term by term, evidence from spaCy's spans.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.answers import Question
from pipeline.coding.coder import _fire_views, _Reading
from pipeline.coding.compile_rules import compiled_codebook
from pipeline.coding.rules import CompiledCodebook, Firing
from pipeline.coding.token_store import TokenStore
from pipeline.ingest import read_batch
from tests.coding_oracle import plain_fire

ROOT = Path(__file__).resolve().parent.parent
BATCHES = ["tests/data/dev_interviews", "tests/data/dev2_interviews", "transcripts/wori"]


def plain_fire_all(compiled: CompiledCodebook, doc, question_terms: frozenset[str]) -> tuple[dict[int, Firing], set[int]]:
    """`fire` without the rule index: every rule, in order, on the view, spans collected term by term."""
    occ = {term: sorted(set(spans)) for term, spans in compiled.occurrences(doc).items()}
    return plain_fire(compiled.rules, doc, occ, question_terms)


@pytest.fixture(scope="module")
def compiled() -> CompiledCodebook:
    return compiled_codebook(load_codebook(ROOT / "codebooks" / "wori.yaml"))


@pytest.fixture(scope="module")
def views() -> list[str]:
    texts: list[str] = []
    for batch in BATCHES:
        segments = read_batch(ROOT / batch).segments
        texts += segments["text"].fillna("").astype(str).tolist()
        texts += segments["translation"].fillna("").astype(str).tolist() if "translation" in segments else []
    return [text for text in dict.fromkeys(texts) if text.strip()]


def test_indexed_rules_fire_exactly_like_every_rule(compiled: CompiledCodebook, views: list[str]) -> None:
    questions = [frozenset(), frozenset(term for term in compiled.term_keys.values() if " " not in term)]
    fired_somewhere = 0
    for doc in compiled.nlp.pipe(views):
        for question in questions:
            expected = plain_fire_all(compiled, doc, question)
            assert compiled.fire(doc, Question(question)) == expected, doc.text
            fired_somewhere += bool(expected[0])
    assert fired_somewhere > 50  # the comparison covers real firings, not only empty results


def test_each_distinct_view_is_fired_once_but_answered_per_row(compiled: CompiledCodebook, views: list[str]) -> None:
    texts = views[:40] * 3
    questions = [frozenset()] * 40 + [frozenset(compiled.term_keys.values())] * 40 + [frozenset()] * 40
    results = _fire_views(compiled, texts, [Question(question) for question in questions],
                          _Reading(TokenStore(compiled.nlp)), [""] * len(texts))
    assert len(results) == len(texts)
    for doc, text, question, result in zip(compiled.nlp.pipe(texts), texts, questions, results):
        assert result == plain_fire_all(compiled, doc, question), text
    assert results[0] is results[80]  # equal (text, question) pairs share one evaluation


def test_compiled_codebook_is_shared_by_equal_content_only(compiled: CompiledCodebook) -> None:
    again = load_codebook(ROOT / "codebooks" / "wori.yaml")
    assert compiled_codebook(again) is compiled
    first = again.codes[0]
    changed_code = type(first)(**{**first.__dict__, "keywords": first.keywords + ("zzzkata",)})
    changed = _replace_code(again, first, changed_code)
    assert compiled_codebook(changed) is not compiled
    assert any(key.endswith("zzzkata") for key in compiled_codebook(changed).term_keys.values())


def _replace_code(codebook, old, new):
    from dataclasses import replace

    themes = tuple(replace(theme, categories=tuple(
        replace(category, codes=tuple(new if code is old else code for code in category.codes))
        for category in theme.categories)) for theme in codebook.themes)
    return replace(codebook, themes=themes)
