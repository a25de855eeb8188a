"""Which of a codebook's terms are one given word in any of its forms: the terms a sum of money
stands for (*biaya*, amounts.py) and a count left (*meninggal*, remaining.py)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.spans import term_text


def lemma_terms(term_keys: Iterable[str], lemmas: frozenset[str]) -> frozenset[str]:
    """The term keys (spans.term_text) of one word whose lemma is one of `lemmas`."""
    return _lemma_terms(frozenset(term_keys), lemmas)


@lru_cache(maxsize=64)
def _lemma_terms(term_keys: frozenset[str], lemmas: frozenset[str]) -> frozenset[str]:
    """(A recode's restricted codebooks share their terms: read once.)"""
    analyzer = word_analyzer()
    return frozenset(key for key in term_keys if " " not in term_text(key).strip()
                     and analyzer.lemma(term_text(key).casefold()) in lemmas)
