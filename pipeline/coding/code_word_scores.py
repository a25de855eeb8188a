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

from pipeline.coding.codebook_words import WORD, code_words
from pipeline.coding.lemmas import word_analyzer
from pipeline.records.codebook import Codebook


def code_word_scores(texts: list[str], codebook: Codebook) -> np.ndarray:
    """texts x codes: the standardised log(1 + number of the code's distinct words in the text)."""
    analyzer = word_analyzer()
    words = code_words(codebook)
    pools = [frozenset(words.get(code.id, {})) for code in codebook.codes]
    counts = np.zeros((len(texts), len(pools)))
    for i, text in enumerate(texts):
        lemmas = {analyzer.analyze(word)[1] for word in WORD.findall(text.casefold())}
        counts[i] = [len(lemmas & pool) for pool in pools]
    scores = np.log1p(counts)
    if not texts:
        return scores
    return (scores - scores.mean(axis=0)) / (scores.std(axis=0) + 1e-9)
