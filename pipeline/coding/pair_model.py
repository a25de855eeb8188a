"""A second stage that learns from a handful of decisions: one model over (turn, code) pairs.

A per-code text model sees two to eight positive decisions: too few to move a turn across the
cut. This stage pools every code's decisions into one small logistic regression whose
features mean the same thing for any code and any codebook (PAIR_FEATURES): whether the
code's rule fired; how similar the turn is, on average, to the reviewed turns that carry the
code and to those that do not (each standardised per code over the batch's turns, so that
"more like the code's turns than most turns are" reads the same for a code with long or
short, frequent or rare turns); and, where the rule did not fire, how often the graders added
the code where its rule was silent (smoothed log-odds); and how many of the code's own words
the turn holds (`pipeline.coding.code_word_scores`, standardised per code). So a reject of a rule coding teaches
"turns like this one are not this code" (a doubt) and an add teaches "turns like this one
are" (a suggestion), for every code at once.

Its training pairs are the reviewed units, each compared with the others only (never with
itself; its own decision left out of the add rate too), so the regression learns how far such
evidence carries to turns nobody reviewed.

Two gates (`gated`, applied to both stages by `pipeline.coding.learning`), from what the graders
have shown: the model never doubts a code whose rule no grader has rejected, and never suggests
a code no grader has added where its rule was silent; those pairs stay with the rules. Measured on the development batches (both
halves of each, minimal codebooks; mean gain of kappa on the unreviewed half): the nearest
kept and not-kept turn and a neighbour vote (the previous features) -0.003; the mean
similarities unstandardised -0.058, standardised +0.006, with the gates +0.026, with the add
rate +0.039. The rule's kept rate on the same footing (left-one-out) did not add to that.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from pipeline.coding.cuts import best_cut

PAIR_FEATURES = ["rule", "mean_positive", "mean_negative", "add_rate", "code_words"]
PAIR_C = 1.0
CHUNK = 2_000               # turns scored at once: bounds the similarity matrix's memory
FEWEST_UNITS = 12           # reviewed units below which the pooled stage overfits (10 decisions on 4 turns
                            # cost 0.1-0.3 kappa on the development batches): the text models decide
ADD_PRIOR = (0.5, 1.0)      # the add rate's smoothing: (adds + 0.5) / (silent rule units + 1)


@dataclass
class PairModel:
    """The pooled regression, the reviewed units it compares turns with, and its cut."""

    model: LogisticRegression
    references: sp.csr_matrix     # reviewed units' features (blocks L2-normalised: cosine = dot / blocks)
    labels: np.ndarray            # reviewed units x codes, 0/1
    rules: np.ndarray             # reviewed units x codes, 0/1: the code's rule fired on the unit
    blocks: int
    scale: np.ndarray             # 2 x 2 x codes: mean and standard deviation of the two similarities
    cut: float = 0.5

    def probabilities(self, features: sp.csr_matrix, rules: np.ndarray, words: np.ndarray | None = None) -> np.ndarray:
        """P(code | pair) for each turn (rows) and code (columns), shifted so 0.5 is the cut;
        `words`: the turns' code-word scores (`code_word_scores`), None for none."""
        out = np.empty(rules.shape)
        shift = np.log(self.cut / (1 - self.cut))
        for start in range(0, features.shape[0], CHUNK):
            rows = slice(start, start + CHUNK)
            similarity = (features[rows] @ self.references.T).toarray() / self.blocks
            x = pair_features(similarity, self.labels, self.rules, rules[rows], self.scale,
                              words=words[rows] if words is not None else None)
            logit = self.model.decision_function(x.reshape(-1, x.shape[-1])).reshape(rules[rows].shape)
            out[rows] = 1.0 / (1.0 + np.exp(-(logit - shift)))
        return out


def corrections(labels: np.ndarray, references_rules: np.ndarray, decided: np.ndarray) -> np.ndarray:
    """2 x codes: whether the graders rejected a rule coding of the code (row 0), and whether
    they added it where its rule was silent (row 1), over the reviewed units' explicit labels
    (`decided`: a decision or an example of that code; an example's other codes are negatives
    nobody decided)."""
    return np.stack([(decided & (references_rules == 1) & (labels == 0)).any(axis=0),
                     (decided & (references_rules == 0) & (labels == 1)).any(axis=0)])


def gated(corrected: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """Pairs the model must leave to the rules (`corrected` from `corrections`): a rule coding of
    a code no grader rejected, or a turn the rule left alone for a code no grader added."""
    return np.where(rules == 1, ~corrected[0][None, :], ~corrected[1][None, :])


def mean_similarities(similarity: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """turns x 2 x codes: mean similarity to the references that carry each code and to those
    that do not; NaN entries of `similarity` (a unit compared with itself) are left out."""
    known = ~np.isnan(similarity)
    values = np.where(known, similarity, 0.0)
    positive = labels.astype(float)
    out = np.empty((similarity.shape[0], 2, labels.shape[1]))
    for side, weight in enumerate((positive, 1.0 - positive)):
        with np.errstate(invalid="ignore", divide="ignore"):
            out[:, side] = (values @ weight) / (known.astype(float) @ weight)
    return np.nan_to_num(out)


def add_rates(labels: np.ndarray, references_rules: np.ndarray, n: int, own: np.ndarray | None = None) -> np.ndarray:
    """n x codes: smoothed log-odds that a grader adds the code where its rule was silent, over
    the references; row i leaves out reference own[i] (its own decision) when own is given."""
    silent = references_rules == 0
    adds = silent & (labels == 1)
    total_adds = np.broadcast_to(adds.sum(axis=0), (n, labels.shape[1])).astype(float)
    total_silent = np.broadcast_to(silent.sum(axis=0), (n, labels.shape[1])).astype(float)
    if own is not None:
        total_adds = total_adds - adds[own]
        total_silent = total_silent - silent[own]
    rate = (total_adds + ADD_PRIOR[0]) / (total_silent + ADD_PRIOR[1])
    return np.log(rate / (1 - rate))


def pair_features(similarity: np.ndarray, labels: np.ndarray, references_rules: np.ndarray, rules: np.ndarray,
                  scale: np.ndarray, own: np.ndarray | None = None, words: np.ndarray | None = None) -> np.ndarray:
    """turns x codes x PAIR_FEATURES from the turns' similarity to the reviewed units (turns x
    references; NaN: left out), the references' labels and rule flags, and the turns' rule flags
    and code-word scores (`code_word_scores`; None: 0, the mean)."""
    n, k = rules.shape
    out = np.zeros((n, k, len(PAIR_FEATURES)))
    out[:, :, 0] = rules
    if words is not None:
        out[:, :, 4] = words
    if similarity.shape[1] == 0:
        return out
    out[:, :, 1:3] = ((mean_similarities(similarity, labels) - scale[0]) / scale[1]).transpose(0, 2, 1)
    out[:, :, 3] = (1 - rules) * add_rates(labels, references_rules, n, own)
    return out


def similarity_scale(population: sp.csr_matrix, references: sp.csr_matrix, labels: np.ndarray, blocks: int,
                     own: np.ndarray) -> np.ndarray:
    """2 x 2 x codes: mean and standard deviation of the mean similarities over the `population`
    (the turns the model learns from); population row i is reference own[i] (-1: none)."""
    rows = []
    for start in range(0, population.shape[0], CHUNK):
        similarity = (population[start:start + CHUNK] @ references.T).toarray() / blocks
        mine = own[start:start + CHUNK]
        similarity[np.flatnonzero(mine >= 0), mine[mine >= 0]] = np.nan
        rows.append(mean_similarities(similarity, labels))
    values = np.concatenate(rows)
    return np.stack([values.mean(axis=0), values.std(axis=0) + 1e-9])


def fit_pairs(references: sp.csr_matrix, labels: np.ndarray, rules: np.ndarray, modelled: np.ndarray,
              blocks: int, population: sp.csr_matrix, population_own: np.ndarray,
              cut: float | None = None, corrected: np.ndarray | None = None,
              words: np.ndarray | None = None) -> PairModel | None:
    """The pooled regression over the reviewed units' pairs of the `modelled` codes, each unit's
    features computed without it; None below FEWEST_UNITS units or when the pairs hold fewer
    than two of either label. `population` (row i is reference population_own[i], or -1) sets
    each code's similarity scale. The cut is chosen on the pairs unless given, over the pairs
    the gates leave to the model (`corrected`, from `corrections`): the cut is only ever applied
    there (development halves: mean gain +0.019 -> +0.021). `words`: the references' code-word scores."""
    if references.shape[0] < FEWEST_UNITS:
        return None
    scale = similarity_scale(population, references, labels, blocks, population_own)
    similarity = (references @ references.T).toarray() / blocks
    np.fill_diagonal(similarity, np.nan)
    x = pair_features(similarity, labels, rules, rules, scale, own=np.arange(references.shape[0]), words=words)
    pooled, y = x[:, modelled].reshape(-1, len(PAIR_FEATURES)), labels[:, modelled].ravel()
    if min(int((y == 1).sum()), int((y == 0).sum())) < 2:
        return None
    model = LogisticRegression(C=PAIR_C, solver="liblinear", max_iter=1000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(pooled, y)
    used = np.ones(y.shape, bool) if corrected is None else ~gated(corrected, rules)[:, modelled].ravel()
    if cut is not None or not used.any():     # no grader corrected a rule: the gates leave every pair to the rules
        chosen = 0.5 if cut is None else cut
    else:
        chosen = best_cut([(y[used], model.predict_proba(pooled[used])[:, 1])])
    return PairModel(model, references, labels, rules, blocks, scale, chosen)
