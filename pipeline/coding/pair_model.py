"""A second stage that learns from a handful of decisions: one model over (turn, code) pairs.

A per-code text model sees two to eight positive decisions: too few to move a turn across the
cut. This stage pools every code's decisions into one small logistic regression whose
features mean the same thing for any code and any codebook (PAIR_FEATURES): whether the
code's rule fired, how similar the turn is to the nearest reviewed turn that carries the code
and to the nearest one that does not, and the similarity-weighted vote of its nearest reviewed
turns. So a reject of a rule coding teaches "turns like this one are not this code" (a doubt)
and an add teaches "turns like this one are" (a suggestion), for every code at once.

Its training pairs are the reviewed units, each compared with the others only (never with
itself), so the regression learns how far such evidence carries to turns nobody reviewed.
Measured on the development batches (two halves each), the per-code text model's score and
the rule's kept/rejected rates as further features made the gain smaller and less steady.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from pipeline.coding.cuts import best_cut

PAIR_FEATURES = ["rule", "nearest_positive", "nearest_negative", "neighbour_vote"]
NEIGHBOURS = 5
PAIR_C = 1.0
CHUNK = 2_000               # turns scored at once: bounds the similarity matrix's memory
CUT_RANGE = (0.2, 0.8)
FEWEST_UNITS = 12           # reviewed units below which the pooled stage overfits (10 decisions on 4 turns
                            # cost 0.1-0.3 kappa on the development batches): the text models decide


@dataclass
class PairModel:
    """The pooled regression, the reviewed units it compares turns with, and its cut."""

    model: LogisticRegression
    references: sp.csr_matrix     # reviewed units' features (blocks L2-normalised: cosine = dot / blocks)
    labels: np.ndarray            # reviewed units x codes, 0/1
    blocks: int
    cut: float = 0.5

    def probabilities(self, features: sp.csr_matrix, rules: np.ndarray) -> np.ndarray:
        """P(code | pair) for each turn (rows) and code (columns), shifted so 0.5 is the cut."""
        out = np.empty(rules.shape)
        shift = np.log(self.cut / (1 - self.cut))
        for start in range(0, features.shape[0], CHUNK):
            rows = slice(start, start + CHUNK)
            similarity = (features[rows] @ self.references.T).toarray() / self.blocks
            x = pair_features(similarity, self.labels, rules[rows])
            logit = self.model.decision_function(x.reshape(-1, x.shape[-1])).reshape(rules[rows].shape)
            out[rows] = 1.0 / (1.0 + np.exp(-(logit - shift)))
        return out


def pair_features(similarity: np.ndarray, labels: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """turns x codes x PAIR_FEATURES from the turns' similarity to the reviewed units (turns x
    references), the references' labels and the turns' rule flags."""
    n, k = rules.shape
    out = np.zeros((n, k, len(PAIR_FEATURES)))
    out[:, :, 0] = rules
    if similarity.shape[1] == 0:
        return out
    nearest = np.argsort(-similarity, axis=1, kind="stable")[:, :NEIGHBOURS]
    near_similarity = np.clip(np.take_along_axis(similarity, nearest, axis=1), 0.0, None)
    total = near_similarity.sum(axis=1) + 1e-9
    for j in range(k):
        positive = labels[:, j] == 1
        out[:, j, 1] = np.clip(np.where(positive[None, :], similarity, 0.0).max(axis=1), 0.0, None)
        out[:, j, 2] = np.clip(np.where(~positive[None, :], similarity, 0.0).max(axis=1), 0.0, None)
        out[:, j, 3] = (near_similarity * positive[nearest]).sum(axis=1) / total
    return out


def fit_pairs(references: sp.csr_matrix, labels: np.ndarray, rules: np.ndarray, modelled: np.ndarray,
              blocks: int, cut: float | None = None) -> PairModel | None:
    """The pooled regression over the reviewed units' pairs of the `modelled` codes, each unit's
    features computed without it; None below FEWEST_UNITS units or when the pairs hold fewer
    than two of either label. The cut is chosen on the pairs unless given."""
    if references.shape[0] < FEWEST_UNITS:
        return None
    similarity = (references @ references.T).toarray() / blocks
    np.fill_diagonal(similarity, -1.0)
    x = pair_features(similarity, labels, rules)
    pooled, y = x[:, modelled].reshape(-1, len(PAIR_FEATURES)), labels[:, modelled].ravel()
    if min(int((y == 1).sum()), int((y == 0).sum())) < 2:
        return None
    model = LogisticRegression(C=PAIR_C, solver="liblinear", max_iter=1000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(pooled, y)
    chosen = best_cut([(y, model.predict_proba(pooled)[:, 1])], CUT_RANGE) if cut is None else cut
    return PairModel(model, references, labels, blocks, chosen)
