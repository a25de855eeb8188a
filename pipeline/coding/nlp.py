"""The spaCy pipeline the coder runs: blank Indonesian plus a cached, case-blind lookup lemmatizer.

spaCy's own `lemmatizer` in lookup mode looks up the token text as written, so a sentence-
initial "Mengurus" keeps its capital and its prefix, and it knows no di- passives. The
component here sets both `token.norm_` and `token.lemma_` from `WordAnalyzer`, whose results
are cached per word type, which also makes it several times faster than the stock component;
a headline's bare verbs then take their meN- norm (headline_verbs.py: "Pemkot Daftarkan" is
"mendaftarkan"), which depends on the line, not the word type.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from pipeline.coding.headline_verbs import HEADLINE_TOKENS, active_forms
from pipeline.coding.lemmas import WordAnalyzer, word_analyzer

COMPONENT = "coding_lemmatizer"


class CodingLemmatizer:
    """Sets NORM and LEMMA on every token from a per-type table of hash ids.

    The table is kept as sorted numpy arrays, so a whole batch of docs is looked up with one
    `searchsorted`: Python-level work is paid per new word type, not per token.
    """

    def __init__(self, nlp: Language, analyzer: WordAnalyzer) -> None:
        self._strings = nlp.vocab.strings
        self._analyzer = analyzer
        self._by_orth: dict[int, tuple[int, int]] = {}
        self._orths = np.zeros(0, dtype=np.uint64)        # sorted ORTH ids of known types
        self._ids = np.zeros((0, 2), dtype=np.uint64)     # their (NORM, LEMMA) ids, same order

    def ids(self, orth: int) -> tuple[int, int]:
        found = self._by_orth.get(orth)
        if found is None:
            norm, lemma = self._analyzer.analyze(self._strings[orth])
            found = (self._strings.add(norm), self._strings.add(lemma))
            self._by_orth[orth] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        """One doc (a codebook term, a role): dictionary look-ups, no table rebuilt for it."""
        if len(doc):
            ids = self.ids
            doc.from_array([NORM, LEMMA], np.array([ids(orth) for orth in doc.to_array(ORTH).tolist()],
                                                   dtype=np.uint64))
            read_headline(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self._set(batch)
            yield from batch

    def _set(self, docs: list[Doc]) -> None:
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        pairs = self.pairs(np.concatenate([doc.to_array(ORTH) for doc in docs]))
        end = 0
        for doc in docs:
            start, end = end, end + len(doc)
            doc.from_array([NORM, LEMMA], pairs[start:end])
            read_headline(doc)

    def pairs(self, orths: np.ndarray) -> np.ndarray:
        """The (NORM, LEMMA) ids of tokens given by their ORTH ids (strings in the vocab)."""
        rows = self._rows(orths)  # first: it may grow the table
        return self._ids[rows]

    def _rows(self, orths: np.ndarray) -> np.ndarray:
        """Each ORTH id's row in the table, analyzing the word types not seen before."""
        if len(self._orths):
            rows = np.searchsorted(self._orths, orths)
            known = self._orths[np.minimum(rows, len(self._orths) - 1)] == orths
            if known.all():
                return rows
            orths_new = orths[~known]
        else:
            orths_new = orths
        for orth in np.unique(orths_new).tolist():
            self.ids(orth)
        self._orths = np.array(sorted(self._by_orth), dtype=np.uint64)
        self._ids = np.array([self._by_orth[orth] for orth in self._orths.tolist()], dtype=np.uint64).reshape(-1, 2)
        return np.searchsorted(self._orths, orths)


def read_headline(doc: Doc) -> None:
    """A headline's bare verbs take their meN- form as norm (nothing changes in other texts)."""
    if len(doc) <= HEADLINE_TOKENS:
        for position, form in active_forms([token.text for token in doc]).items():
            doc[position].norm_ = form


@Language.factory(COMPONENT)
def _make_coding_lemmatizer(nlp: Language, name: str) -> CodingLemmatizer:
    return CodingLemmatizer(nlp, word_analyzer())


@lru_cache(maxsize=1)
def coding_nlp() -> Language:
    """The process-wide pipeline (tokenizer + lemmatizer); build cost is paid once."""
    nlp = spacy.blank("id")
    nlp.add_pipe(COMPONENT)
    return nlp


def pattern_doc(nlp: Language, words: list[str], attr: int) -> Doc:
    """A matcher pattern: a doc of `words` with `attr` (NORM, LEMMA) set to them as written."""
    doc = Doc(nlp.vocab, words=words)
    ids = np.array([nlp.vocab.strings.add(w) for w in words], dtype=np.uint64).reshape(-1, 1)
    doc.from_array([attr], ids)
    return doc


def analyze_phrase(text: str) -> tuple[list[str], list[str]]:
    """Norms and lemmas of the tokens of a term, exactly as the pipeline would assign them."""
    doc = coding_nlp()(text)
    return [t.norm_ for t in doc], [t.lemma_ for t in doc]
