"""The spaCy pipeline the coder runs: blank Indonesian plus a cached, case-blind lookup lemmatizer.

spaCy's own `lemmatizer` in lookup mode looks up the token text as written, so a sentence-
initial "Mengurus" keeps its capital and its prefix, and it knows no di- passives. The
component here sets both `token.norm_` and `token.lemma_` from `WordAnalyzer`, whose results
are cached per word type, which also makes it several times faster than the stock component.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.coding.lemmas import WordAnalyzer, word_analyzer

COMPONENT = "coding_lemmatizer"


class CodingLemmatizer:
    """Sets NORM and LEMMA on every token from a per-type cache of hash ids."""

    def __init__(self, nlp: Language, analyzer: WordAnalyzer) -> None:
        self._strings = nlp.vocab.strings
        self._analyzer = analyzer
        self._by_orth: dict[int, tuple[int, int]] = {}

    def ids(self, orth: int) -> tuple[int, int]:
        found = self._by_orth.get(orth)
        if found is None:
            norm, lemma = self._analyzer.analyze(self._strings[orth])
            found = (self._strings.add(norm), self._strings.add(lemma))
            self._by_orth[orth] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        by_orth, ids = self._by_orth, self.ids
        pairs = [by_orth.get(orth) or ids(orth) for orth in doc.to_array(ORTH).tolist()]
        doc.from_array([NORM, LEMMA], np.array(pairs, dtype=np.uint64))
        return doc


@Language.factory(COMPONENT)
def _make_coding_lemmatizer(nlp: Language, name: str) -> CodingLemmatizer:
    return CodingLemmatizer(nlp, word_analyzer())


@lru_cache(maxsize=1)
def coding_nlp() -> Language:
    """The process-wide pipeline (tokenizer + lemmatizer); build cost is paid once."""
    nlp = spacy.blank("id")
    nlp.add_pipe(COMPONENT)
    return nlp


def analyze_phrase(text: str) -> tuple[list[str], list[str]]:
    """Norms and lemmas of the tokens of a term, exactly as the pipeline would assign them."""
    doc = coding_nlp()(text)
    return [t.norm_ for t in doc], [t.lemma_ for t in doc]
