"""A second stage that learns from a handful of decisions: one model over (turn, code) pairs.

A per-code text model sees two to eight positive decisions: too few to move a turn across the
cut. This stage pools every code's decisions into one small logistic regression whose
features mean the same thing for any code and any codebook (PAIR_FEATURES): whether the
code's rule fired, the code's text model score, how similar the turn is to the nearest turn a
grader kept the code on and to the nearest one without it, the similarity-weighted vote of the
nearest reviewed turns, and how often the grader agreed with the code's rule (its precision
where it fired, its misses where it did not). So a reject of a rule coding teaches "turns like
this one are not this code" (a doubt), an add teaches "turns like this one are" (a suggestion),
and a rule the grader keeps rejecting loses its say, for every code at once.

Its training pairs are the reviewed units; each one's features are computed without it (its
own similarity, its own decision in the rule's figures and its text score out of fold), so the
regression learns how far such evidence carries to turns nobody reviewed.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from pipeline.coding.cuts import best_cut

PAIR_FEATURES = ["rule", "text_score", "nearest_positive", "nearest_negative", "neighbour_vote",
                 "rule_precision", "unruled_rate"]
NEIGHBOURS = 5
PAIR_C = 1.0
SCORE_CLIP = 8.0
CHUNK = 2_000               # turns scored at once: bounds the similarity matrix's memory
CUT_RANGE = (0.2, 0.8)


@dataclass
class CodeRates:
    """Per code, the grader's verdict on its rule over the reviewed units: kept and rejected
    firings, and units without a firing that carry the code or not."""

    kept: np.ndarray
    rejected: np.ndarray
    missed: np.ndarray
    absent: np.ndarray

    @staticmethod
    def of(labels: np.ndarray, rules: np.ndarray) -> CodeRates:
        fired = rules == 1
        return CodeRates(((labels == 1) & fired).sum(0), ((labels == 0) & fired).sum(0),
                         ((labels == 1) & ~fired).sum(0), ((labels == 0) & ~fired).sum(0))

    def features(self, rules: np.ndarray, without: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        """units x codes x 2: log-odds of the rule being right where it fired (0 elsewhere), and of
        the code being present where it did not fire (0 elsewhere); `without` (labels, rules)
        takes each unit's own decision out of the counts."""
        kept, rejected, missed, absent = (np.broadcast_to(v, rules.shape).astype(float)
                                          for v in (self.kept, self.rejected, self.missed, self.absent))
        if without is not None:
            labels, own = without
            fired = own == 1
            kept = kept - ((labels == 1) & fired)
            rejected = rejected - ((labels == 0) & fired)
            missed = missed - ((labels == 1) & ~fired)
            absent = absent - ((labels == 0) & ~fired)
        precision = np.log((kept + 1) / (rejected + 1))
        unruled = np.log((missed + 0.5) / (absent + 0.5))
        return np.stack([np.where(rules == 1, precision, 0.0), np.where(rules == 1, 0.0, unruled)], axis=-1)


@dataclass
class PairModel:
    """The pooled regression, the reviewed units it compares turns with, and its cut."""

    model: LogisticRegression
    references: sp.csr_matrix     # reviewed units' features (blocks L2-normalised: cosine = dot / blocks)
    labels: np.ndarray            # reviewed units x codes, 0/1
    rates: CodeRates
    blocks: int
    cut: float = 0.5

    def probabilities(self, features: sp.csr_matrix, rules: np.ndarray, scores: np.ndarray) -> np.ndarray:
        """P(code | pair) for each turn (rows) and code (columns), shifted so 0.5 is the cut."""
        out = np.empty(rules.shape)
        shift = np.log(self.cut / (1 - self.cut))
        for start in range(0, features.shape[0], CHUNK):
            rows = slice(start, start + CHUNK)
            similarity = (features[rows] @ self.references.T).toarray() / self.blocks
            x = pair_features(similarity, self.labels, rules[rows], scores[rows], self.rates.features(rules[rows]))
            logit = self.model.decision_function(x.reshape(-1, x.shape[-1])).reshape(rules[rows].shape)
            out[rows] = 1.0 / (1.0 + np.exp(-(logit - shift)))
        return out


def pair_features(similarity: np.ndarray, labels: np.ndarray, rules: np.ndarray, scores: np.ndarray,
                  rates: np.ndarray) -> np.ndarray:
    """turns x codes x PAIR_FEATURES from the turns' similarity to the reviewed units (turns x
    references), the references' labels, the turns' rule flags and text scores, and the rates."""
    n, k = rules.shape
    out = np.zeros((n, k, len(PAIR_FEATURES)))
    out[:, :, 0] = rules
    out[:, :, 1] = np.clip(np.nan_to_num(scores), -SCORE_CLIP, SCORE_CLIP)
    out[:, :, 5:7] = rates
    if similarity.shape[1] == 0:
        return out
    nearest = np.argsort(-similarity, axis=1, kind="stable")[:, :NEIGHBOURS]
    near_similarity = np.clip(np.take_along_axis(similarity, nearest, axis=1), 0.0, None)
    total = near_similarity.sum(axis=1) + 1e-9
    for j in range(k):
        positive = labels[:, j] == 1
        out[:, j, 2] = np.clip(np.where(positive[None, :], similarity, 0.0).max(axis=1), 0.0, None)
        out[:, j, 3] = np.clip(np.where(~positive[None, :], similarity, 0.0).max(axis=1), 0.0, None)
        out[:, j, 4] = (near_similarity * positive[nearest]).sum(axis=1) / total
    return out


def fit_pairs(references: sp.csr_matrix, labels: np.ndarray, rules: np.ndarray, scores: np.ndarray,
              modelled: np.ndarray, blocks: int, cut: float | None = None) -> PairModel | None:
    """The pooled regression over the reviewed units' pairs of the `modelled` codes, each unit's
    features computed without it; None when the pairs hold fewer than two of either label.
    `scores` are the units' out-of-fold text scores; the cut is chosen on the pairs unless given."""
    similarity = (references @ references.T).toarray() / blocks
    np.fill_diagonal(similarity, -1.0)
    rates = CodeRates.of(labels, rules)
    x = pair_features(similarity, labels, rules, scores, rates.features(rules, without=(labels, rules)))
    pooled, y = x[:, modelled].reshape(-1, len(PAIR_FEATURES)), labels[:, modelled].ravel()
    if min(int((y == 1).sum()), int((y == 0).sum())) < 2:
        return None
    model = LogisticRegression(C=PAIR_C, solver="liblinear", max_iter=1000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(pooled, y)
    chosen = best_cut([(y, model.predict_proba(pooled)[:, 1])], CUT_RANGE) if cut is None else cut
    return PairModel(model, references, labels, rates, blocks, chosen)
