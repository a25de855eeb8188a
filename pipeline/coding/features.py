"""The suggester's features: TF-IDF of word 1-2-grams and of character 3-4-grams within words.

Texts are tokenised once; a word's character n-grams are counted once per distinct word and
spread over the texts by a sparse product, which keeps a million words cheap.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from pipeline.coding.word_ngrams import count_word_ngrams

MAX_WORD_FEATURES = 20_000    # most frequent word uni- and bigrams of the sample
MAX_CHAR_FEATURES = 20_000    # most frequent character n-grams of the sample (in >= 2 segments)
CHAR_NGRAMS = (3, 4)          # 5-grams cost a third more features and did not help (see above)
TOKEN_PATTERN = r"(?u)\b\w[\w-]+\b"


class Tokens(NamedTuple):
    """Word uni- and bigram counts of some texts (rows) over the terms they contain (columns)."""

    counts: sp.csr_matrix
    terms: np.ndarray


class Projection(NamedTuple):
    """Maps the terms of one `Tokens` onto a fitted vectorizer's word and character features."""

    words: sp.csr_matrix      # terms x word features
    chars: sp.csr_matrix      # terms x character n-gram features


class Features(NamedTuple):
    """The word and the character block of some texts' features, each TF-IDF and L2-normalised.

    Kept apart: a linear model's scores are the sum of the blocks' products, and stacking
    the blocks of a whole batch would cost more than those products.
    """

    words: sp.csr_matrix
    chars: sp.csr_matrix

    def stacked(self) -> sp.csr_matrix:
        """Word then character columns in one matrix, for fitting models."""
        return sp.csr_matrix(sp.hstack([self.words, self.chars], format="csr"))

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """features @ weights, for weights over the stacked columns."""
        n_words = self.words.shape[1]
        return np.asarray(self.words @ weights[:n_words] + self.chars @ weights[n_words:])


FEATURE_BLOCKS = len(Features._fields)   # each block L2-normalised: stacked rows' dot / FEATURE_BLOCKS is their mean cosine


class SegmentVectorizer:
    """Sublinear TF-IDF of word 1-2-grams and of character 3-4-grams within words (what
    TfidfVectorizer's analyzer="char_wb" counts), each block L2-normalised.

    Texts are tokenised once; a word's character n-grams are counted once per distinct word
    and spread over the texts by a sparse product, which keeps a million words cheap.
    """

    def __init__(self, max_words: int = MAX_WORD_FEATURES, max_chars: int = MAX_CHAR_FEATURES,
                 min_char_df: int = 2):
        self.max_words = max_words
        self.max_chars = max_chars
        self.min_char_df = min_char_df
        self.word_names_: np.ndarray = np.array([], dtype=object)
        self.word_vocabulary_: dict[str, int] = {}
        self.char_vocabulary_: dict[str, int] = {}
        self.word_idf_ = TfidfTransformer(sublinear_tf=True)
        self.char_idf_ = TfidfTransformer(sublinear_tf=True)

    @staticmethod
    def tokenize(texts: list[str]) -> Tokens:
        return Tokens(*count_word_ngrams(texts, TOKEN_PATTERN))

    def fit(self, tokens: Tokens) -> SegmentVectorizer:
        """Choose the features (most frequent first, ties alphabetical) and their IDF weights."""
        self.fit_transform(tokens)
        return self

    def fit_transform(self, tokens: Tokens) -> Features:
        """`fit`, and the features of the texts it was fitted on (their counts are built once)."""
        terms = tokens.terms
        counts = sp.csr_matrix(tokens.counts, copy=True)
        counts.sum_duplicates()         # one entry per (text, term), as _document_frequency needs
        word_df = _document_frequency(counts)
        kept = _most_frequent(word_df, self.max_words, minimum=1)
        self.word_names_ = terms[kept]
        self.word_vocabulary_ = {term: i for i, term in enumerate(self.word_names_)}
        unigrams = np.flatnonzero(_is_unigram(terms) & (word_df > 0))
        self.char_vocabulary_ = {}
        if unigrams.size:
            char_counter = _char_counter()
            per_word = char_counter.fit_transform(terms[unigrams])
            char_df = _document_frequency(counts[:, unigrams] @ per_word)
            chosen = _most_frequent(char_df, self.max_chars, minimum=self.min_char_df)
            names = char_counter.get_feature_names_out()[chosen]
            self.char_vocabulary_ = {gram: i for i, gram in enumerate(names)}
        words, chars = self._counts(tokens.counts, self.projection(terms))
        for idf, block in ((self.word_idf_, words), (self.char_idf_, chars)):
            if block.shape[1]:          # one short text may share no character n-gram with another
                idf.fit(block)
        return self._tf_idf(words, chars)

    def projection(self, terms: np.ndarray) -> Projection:
        words = self.word_projection(terms)
        unigrams = np.flatnonzero(_is_unigram(terms))
        chars = sp.csr_matrix((len(terms), len(self.char_vocabulary_)))
        if unigrams.size and self.char_vocabulary_:
            per_word = _char_counter(self.char_vocabulary_).transform(terms[unigrams])
            chars = _selection(unigrams, len(terms)).T.tocsr() @ per_word
        return Projection(words, chars)

    def word_projection(self, terms: np.ndarray) -> sp.csr_matrix:
        word_columns = np.fromiter((self.word_vocabulary_.get(t, -1) for t in terms), dtype=np.int64, count=len(terms))
        return _selection(word_columns, len(self.word_vocabulary_))

    def features(self, counts: sp.csr_matrix, projection: Projection) -> Features:
        return self._tf_idf(*self._counts(counts, projection))

    def _tf_idf(self, words: sp.csr_matrix, chars: sp.csr_matrix) -> Features:
        return Features(_weighed(self.word_idf_, words), _weighed(self.char_idf_, chars))

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        tokens = self.tokenize(texts)
        return self.features(tokens.counts, self.projection(tokens.terms)).stacked()

    def word_presence(self, texts: list[str]) -> sp.csr_matrix:
        """Which word features each text has (rows), for naming the evidence."""
        tokens = self.tokenize(texts)
        return (tokens.counts @ self.word_projection(tokens.terms)).tocsr()

    @staticmethod
    def _counts(counts: sp.csr_matrix, projection: Projection) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        return (counts @ projection.words).tocsr(), (counts @ projection.chars).tocsr()


def _weighed(idf: TfidfTransformer, block: sp.csr_matrix) -> sp.csr_matrix:
    """The block's TF-IDF; a block without columns (nothing chosen) stays as it is."""
    return idf.transform(block, copy=False) if block.shape[1] else block


def _char_counter(vocabulary: dict[str, int] | None = None) -> CountVectorizer:
    return CountVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, vocabulary=vocabulary, dtype=np.float64)


def _is_unigram(terms: np.ndarray) -> np.ndarray:
    return np.fromiter((" " not in t for t in terms), dtype=bool, count=len(terms))


def _document_frequency(counts: sp.csr_matrix) -> np.ndarray:
    """Rows each column occurs in, for a matrix with one entry per (row, column): summed
    counts, or their sparse products."""
    return np.bincount(counts.indices, minlength=counts.shape[1])


def _most_frequent(df: np.ndarray, limit: int, minimum: int) -> np.ndarray:
    """Columns with df >= minimum, the `limit` most frequent (ties: lower column first), in column order."""
    candidates = np.flatnonzero(df >= minimum)
    order = np.lexsort((candidates, -df[candidates]))
    return np.sort(candidates[order[:limit]])


def _selection(columns: np.ndarray, width: int) -> sp.csr_matrix:
    """rows x width 0/1 matrix putting row i in column columns[i] (nowhere when it is -1)."""
    rows = np.flatnonzero(columns >= 0)
    return sp.csr_matrix((np.ones(rows.size), (rows, columns[rows])), shape=(len(columns), width))
