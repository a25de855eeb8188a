"""What the suggestion model (suggest.py) learns from: each informant turn's text, its 0/1 labels
per code from the rules and the reviewers' decisions, and the seeded stratified sample of turns
it is fitted on (each weighted by the inverse of its chance of being drawn).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from pipeline.coding.coder import informant_segments
from pipeline.coding.courtesies import without_greetings
from pipeline.records.codebook import Codebook

POSITIVES_PER_CODE = 1_000    # a code's coded segments in the training sample, at most (about)
BACKGROUND_SAMPLE = 2_000     # segments drawn whatever their codes (about); all if fewer
SAMPLE_SEED = 0


def segment_texts(segments: pd.DataFrame) -> list[str]:
    """What the model reads: the original, and the translation when it says something else; neither's
    greetings and thanks (courtesies.without_greetings), which say nothing of a code. A turn that only
    greets reads as empty, and gets no suggestion."""
    texts = [without_greetings(text) for text in segments["text"].fillna("").astype(str)]
    if "translation" not in segments:
        return texts
    translations = [without_greetings(text) for text in segments["translation"].fillna("").astype(str)]
    return [t if not tr.strip() or tr.strip() == t.strip() else f"{t}\n{tr}" for t, tr in zip(texts, translations)]


def training_labels(segments: pd.DataFrame, codings: pd.DataFrame, reviews: pd.DataFrame | None = None,
                    codebook: Codebook | None = None, settled: set[tuple[str, str]] | None = None) -> pd.DataFrame:
    """0/1 labels per informant segment (rows) and code id (columns).

    Rule and review codings not rejected are positives; a review's `accept`/`add` makes a
    pair positive and `reject` negative, whatever the rules said. Model suggestions are never
    training labels (the model would learn from itself).
    """
    ids = informant_segments(segments)["segment_id"].astype(str).tolist()
    code_ids = [c.id for c in codebook.codes] if codebook is not None else sorted(codings["code_id"].astype(str).unique())
    row_of = {segment_id: i for i, segment_id in enumerate(ids)}
    column_of = {code_id: j for j, code_id in enumerate(code_ids)}
    values = np.zeros((len(ids), len(code_ids)), dtype=np.int8)
    settled = settled if settled is not None else set()

    def decide(segment_id: str, code_id: str | None, value: int) -> None:
        i, j = row_of.get(segment_id), column_of.get(code_id)
        if i is not None and j is not None:
            values[i, j] = value
            settled.add((segment_id, code_id))

    kept = codings[codings["source"].astype(str) != "model"]
    if "review" in kept:
        kept = kept[kept["review"].fillna("").astype(str) != "rejected"]
    for segment_id, code_id in zip(kept["segment_id"].astype(str).tolist(), kept["code_id"].astype(str).tolist()):
        decide(segment_id, code_id, 1)
    if reviews is not None and not reviews.empty:
        by_name = _code_names(codings, codebook)
        for segment_id, name, decision in zip(reviews["segment_id"].astype(str), reviews["code"].astype(str),
                                              reviews["decision"].astype(str)):
            decide(segment_id, by_name.get(name.strip().casefold()), 0 if decision.strip() == "reject" else 1)
    return pd.DataFrame(values, index=ids, columns=code_ids)


def _code_names(codings: pd.DataFrame, codebook: Codebook | None) -> dict[str, str]:
    """Label or id (case-folded) -> code id, as reviews may name a code either way."""
    names: dict[str, str] = {}
    if codebook is not None:
        for code in codebook.codes:
            names[code.id.casefold()] = code.id
            names[code.label.casefold()] = code.id
    for label, code_id in zip(codings.get("code", pd.Series(dtype=str)).astype(str),
                              codings.get("code_id", pd.Series(dtype=str)).astype(str)):
        names.setdefault(label.casefold(), code_id)
        names.setdefault(code_id.casefold(), code_id)
    return names


def training_sample(labels: np.ndarray, learnable: Iterable[int], seed: int = SAMPLE_SEED) -> tuple[np.ndarray, np.ndarray]:
    """(rows, weights): a seeded stratified sample of segments and the inverse of each one's
    chance of being drawn.

    A segment's chance is the largest of BACKGROUND_SAMPLE / n and, for each learnable code
    it has, POSITIVES_PER_CODE / (that code's coded segments), capped at 1; one seeded uniform
    draw per segment decides, so the chance is exact and the weights make the sample stand for
    the batch. Batches with no more than BACKGROUND_SAMPLE segments are taken whole.
    """
    n = len(labels)
    chance = np.full(n, min(1.0, BACKGROUND_SAMPLE / max(n, 1)))
    for j in learnable:
        coded = labels[:, j] == 1
        if coded.any():
            chance[coded] = np.maximum(chance[coded], min(1.0, POSITIVES_PER_CODE / coded.sum()))
    rows = np.flatnonzero(np.random.default_rng(seed).random(n) < chance)
    return rows, 1.0 / chance[rows]
