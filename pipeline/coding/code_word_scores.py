"""How much of each code's own vocabulary a text holds: the pair model's reading of the codebook's words.

A minimal codebook gives each code a pool of weak words (its label's and definition's content
words, their English-definition correspondences and related words, its keywords:
`codebook_words.code_words`). One such word alone is too weak for a rule to code, and learning
which single words to promote from a reviewed half fails: words promoted from the adds of one
half were right on 2 of 24 turns of the other (development halves, issue 15 round 9), and
demoting the weak words of rejected codings removed 3 false codings for 14 right ones. How
many of a code's words a turn (with the question it answers) holds does carry over when the
pooled pair model weighs it for every code at once: that is this score, log(1 + distinct
words), standardised per code over the texts scored together so that it reads the same for a
code with a large or a small pool.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from pipeline.coding.codebook_words import code_words
from pipeline.coding.features import Tokens
from pipeline.coding.lemmas import word_analyzer
from pipeline.records.codebook import Codebook


def code_word_scores(tokens: Tokens, codebook: Codebook) -> np.ndarray:
    """texts x codes: the standardised log(1 + number of the code's distinct words in the text),
    from the texts' word counts (`SegmentVectorizer.tokenize`: the learning model's own)."""
    texts, codes = tokens.counts.shape[0], len(codebook.codes)
    owners = lemma_owners(codebook)
    analyzer = word_analyzer()
    lemmas: dict[str, int] = {}
    rows, columns = [], []         # term -> its lemma, for the words whose lemma a code owns
    for term_column, term in enumerate(tokens.terms.tolist()):
        if " " not in term:        # bigrams hold no word a unigram does not
            lemma = analyzer.analyze(term)[1]
            if lemma in owners:
                rows.append(term_column)
                columns.append(lemmas.setdefault(lemma, len(lemmas)))
    if not texts or not lemmas:
        return np.zeros((texts, codes))
    to_lemma = sp.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(tokens.terms), len(lemmas)))
    to_code = np.zeros((len(lemmas), codes))
    for lemma, row in lemmas.items():
        to_code[row, owners[lemma]] = 1
    held = (tokens.counts @ to_lemma).sign()          # texts x lemmas: the text holds a word of the lemma
    scores = np.log1p(np.asarray(held @ to_code))
    return (scores - scores.mean(axis=0)) / (scores.std(axis=0) + 1e-9)


def lemma_owners(codebook: Codebook) -> dict[str, list[int]]:
    """Lemma -> the indices of the codes whose words (`code_words`) hold it."""
    words = code_words(codebook)
    owners: dict[str, list[int]] = {}
    for j, code in enumerate(codebook.codes):
        for lemma in words.get(code.id, {}):
            owners.setdefault(lemma, []).append(j)
    return owners
