"""A model that learns from the researcher: codebook examples and graders' decisions.

Rules say what a codebook's words say; a grader then accepts, rejects or adds codes. This
model learns from every such decision, from the first one on: per code, a logistic regression
over the TF-IDF of word 1-2-grams and character 3-4-grams of a turn's original and its
Indonesian translation, read after the question it answers (or a list item's heading:
`training_units.answer_texts`), plus whether the code's rule fired on it. Its training units
(turns a grader reviewed, the codebook's examples, the turns nobody reviewed, each weighted by
how much it says) are made in `training_units.py`.

A code with no human decision and no example gets no model: there is nothing to learn beyond
the rules. The model's probability of a pair nobody decided becomes a suggestion (above
SUGGESTION_FLOOR, on a turn the rules left without the code) or a doubt (below it, on a turn
the rules coded), each only for a code the graders have corrected that way (a reject before
a doubt, an add before a suggestion: `pipeline.coding.pair_model.gated`):
`pipeline.records.codings.counted` lets it decide either only with a `--model-threshold`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from pipeline import wording
from pipeline.coding.cuts import best_cut
from pipeline.coding.features import FEATURE_BLOCKS, SegmentVectorizer
from pipeline.coding.pair_model import PairModel, corrections, fit_pairs, gated
from pipeline.coding.suggest import fitted
from pipeline.coding.training_units import Units

RULE_SCALE = 3.0           # the rule column's value when the code's rule fired (features are L2-normalised)
REGULARISATION_C = 4.0
WEAK_SAMPLE = 1_500        # unreviewed turns the models learn from, at most (seeded draw)
SAMPLE_SEED = 0
FEW_DECISIONS = 3                 # fewer human positives (or negatives) than this: "too little to learn from"
CUT_FOLDS = 3


class UnitFeatures(NamedTuple):
    """A fitted vectorizer and the features of every unit, computed once for a run: the
    reliability folds and the batch's probabilities read their rows instead of tokenizing the
    same texts again (the vectorizer learns no label, so a fold may share it)."""

    vectorizer: SegmentVectorizer
    matrix: sp.csr_matrix


@dataclass
class LearnedModel:
    """The fitted vectorizer and one logistic regression per learnable code."""

    vectorizer: SegmentVectorizer
    models: dict[str, CodeModel]
    code_ids: list[str]
    too_little: dict[str, str] = field(default_factory=dict)   # code id -> why it has too little to learn from
    human_counts: dict[str, tuple[int, int]] = field(default_factory=dict)   # code id -> (positives, negatives)
    text_cut: float | None = None    # the text models' cut (chosen by cross-validation), when they decide
    pairs: PairModel | None = None   # the pooled second stage (pipeline.coding.pair_model), when it could learn
    corrected: np.ndarray | None = None   # 2 x codes: a grader rejected / added the code (pair_model.corrections)
    modelled: np.ndarray | None = None    # codes: enough labels to learn from (the pair model decides these)

    @property
    def cuts(self) -> tuple[float | None, float | None]:
        """(text cut, pair cut) as chosen here, for refits that should not choose their own
        (the reliability folds): each stage keeps its own, None where it did not decide."""
        return self.text_cut, self.pairs.cut if self.pairs is not None else None

    def probabilities(self, texts: list[str], rules: np.ndarray, features: sp.csr_matrix | None = None,
                      words: np.ndarray | None = None) -> np.ndarray:
        """P(code | text, rule) for texts (rows) and the codebook's codes (columns); NaN for a
        code without a model, and for the pairs the graders' corrections leave to the rules
        (`pipeline.coding.pair_model.gated`: no doubt of a rule nobody rejected, no suggestion of
        a code nobody added). `features`: the texts' features from this model's vectorizer,
        when the caller has them; `words`: their code-word scores (`Units.words`), None for none."""
        out = np.full((len(texts), len(self.code_ids)), np.nan)
        if not texts or self.modelled is None or not self.modelled.any():
            return out
        features = self.vectorizer.transform(texts) if features is None else features
        if self.pairs is not None:      # it decides the codes that have enough labels to learn from
            out[:, self.modelled] = self.pairs.probabilities(features, rules, words)[:, self.modelled]
        else:
            for j, code_id in enumerate(self.code_ids):
                model = self.models.get(code_id)
                if model is not None:
                    out[:, j] = model.predict_proba(_with_rule(features, rules[:, j]))[:, 1]
        if self.corrected is not None:
            out[gated(self.corrected, rules)] = np.nan
        return out

    def word_weights(self, code_id: str) -> pd.Series:
        """The code's model weight of each word feature, for naming the evidence."""
        names = self.vectorizer.word_names_
        return pd.Series(self.models[code_id].coef_[0][:len(names)], index=names)


def fit(units: Units, code_ids: list[str], seed: int = SAMPLE_SEED,
        cuts: tuple[float | None, float | None] = (None, None), evidence: bool = True,
        given: UnitFeatures | None = None) -> LearnedModel:
    """One weighted logistic regression per code with at least one human label (its evidence
    words; its verdict when too few decisions exist for more), then the pooled pair model over
    the reviewed units (`pipeline.coding.pair_model`), which decides the codes that have a
    text model. Each stage's probability cut is chosen on the reviewed units unless `cuts`
    (text models', pair model's) gives it. Without `evidence` (the reliability folds, which
    need verdicts, not words) the text models are fitted only when the pair model cannot be:
    they were 30 of a 5-fold run's 36 regressions and most of its time. With `given` (the
    units' features from a fitted vectorizer) the features are its rows, not computed again."""
    rows = training_rows(units, seed)
    train = units.subset(rows)
    if given is None:
        vectorizer = SegmentVectorizer()
        features = vectorizer.fit_transform(vectorizer.tokenize(train.texts)).stacked()
    else:
        vectorizer, features = given.vectorizer, given.matrix[rows]
    too_little: dict[str, str] = {}
    counts: dict[str, tuple[int, int]] = {}
    everyone = units.reviewed()
    for j, code_id in enumerate(code_ids):
        positives = int((units.labels[everyone, j] == 1).sum())
        negatives = int((units.labels[everyone, j] == 0).sum())
        counts[code_id] = (positives, negatives)
        if positives < FEW_DECISIONS or negatives < FEW_DECISIONS:
            too_little[code_id] = (f"{positives} positive and {negatives} negative "
                                   f"{wording.plural_form(positives + negatives, 'reviewed turn or example', 'reviewed turns or examples')}; "
                                   f"the model needs a few of each ({FEW_DECISIONS}+) to learn more than the rules")
    keep = train.weights > 0
    modelled = np.array([units.human[:, j].any() and len(set(train.labels[keep[:, j], j])) == 2
                         for j in range(len(code_ids))], dtype=bool)
    reviewed = np.flatnonzero(train.human.any(axis=1))    # a reviewed unit's codes are all the grader's judgement
    own = np.full(features.shape[0], -1)
    own[reviewed] = np.arange(reviewed.size)
    corrected = corrections(train.labels[reviewed], train.rules[reviewed], train.human[reviewed])
    pairs = fit_pairs(features[reviewed], train.labels[reviewed], train.rules[reviewed], modelled,
                      FEATURE_BLOCKS, features, own, cut=cuts[1], corrected=corrected,
                      words=train.words[reviewed] if train.words is not None else None) if modelled.any() else None
    models: dict[str, CodeModel] = {}
    if evidence or pairs is None:
        for j in np.flatnonzero(modelled):
            y, w = train.labels[keep[:, j], j], train.weights[keep[:, j], j]
            models[code_ids[j]] = CodeModel(_fit_one(_with_rule(features, train.rules[:, j])[keep[:, j]], y, w))
    chosen = None
    if pairs is None:     # too few decisions for the pooled stage: the text models decide, at one cut
        chosen = cuts[0] if cuts[0] is not None else _text_cut(features, train, reviewed, models, code_ids, seed)
        for model in models.values():
            model.set_cut(chosen)
    return LearnedModel(vectorizer, models, list(code_ids), too_little, counts, chosen, pairs,
                        corrected, modelled)


def _text_cut(features: sp.csr_matrix, train: Units, reviewed: np.ndarray, models: dict[str, CodeModel],
              code_ids: list[str], seed: int) -> float:
    """The one cut of the text models: best pooled kappa of their out-of-fold verdicts on the reviewed units."""
    out_of_fold = []
    for j, code_id in enumerate(code_ids):
        if code_id in models:
            scores = _out_of_fold(_with_rule(features, train.rules[:, j]), train.labels[:, j], train.weights[:, j],
                                  reviewed, seed)
            known = ~np.isnan(scores)
            out_of_fold.append((train.labels[reviewed, j][known], _sigmoid(scores[known])))
    return best_cut(out_of_fold)


class CodeModel:
    """A code's logistic regression with its probabilities shifted so that 0.5 is the cut that
    agreed best with the graders when chosen by cross-validation over the reviewed units.

    With a handful of positives among many weakly labelled negatives, the regression ranks
    turns well (AUC about 0.85 on the development batches) but its probabilities sit far
    below 0.5; the shift puts the user's threshold where the humans' decisions say it belongs.
    """

    def __init__(self, model: LogisticRegression, cut: float = 0.5):
        self.model = model
        self.set_cut(cut)

    def set_cut(self, cut: float) -> None:
        self.cut, self.shift = cut, float(np.log(cut / (1 - cut)))

    @property
    def coef_(self) -> np.ndarray:
        return self.model.coef_

    def predict_proba(self, features: sp.csr_matrix) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-(self.model.decision_function(features) - self.shift)))
        return np.column_stack([1 - p, p])


def _out_of_fold(features: sp.csr_matrix, y: np.ndarray, weights: np.ndarray, reviewed: np.ndarray,
                 seed: int) -> np.ndarray:
    """The text model's score (log-odds) of each reviewed unit from a model that did not see it;
    NaN where no such model can be fitted (fewer than two reviewed units of either label, or a
    fold whose other units hold one label only): the full model saw those units, so its score
    of them would choose the cut on the training data."""
    truth = y[reviewed]
    folds = min(CUT_FOLDS, int((truth == 1).sum()), int((truth == 0).sum()))
    scores = np.full(reviewed.size, np.nan)
    if folds < 2:
        return scores
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for _, held in splitter.split(reviewed, truth):
        keep = weights > 0
        keep[reviewed[held]] = False
        if len(set(y[keep])) < 2:
            continue
        scores[held] = _fit_one(features[keep], y[keep], weights[keep]).decision_function(features[reviewed[held]])
    return scores


def _sigmoid(scores: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-scores))


def training_rows(units: Units, seed: int = SAMPLE_SEED) -> np.ndarray:
    """All units that carry a human label, plus up to WEAK_SAMPLE of the others (seeded)."""
    informed = units.reviewed()
    rest = np.flatnonzero(~informed)
    if rest.size > WEAK_SAMPLE:
        rest = np.sort(np.random.default_rng(seed).choice(rest, WEAK_SAMPLE, replace=False))
    return np.sort(np.concatenate([np.flatnonzero(informed), rest]))


def _with_rule(features: sp.csr_matrix, rule: np.ndarray) -> sp.csr_matrix:
    column = sp.csr_matrix(np.asarray(rule, dtype=float).reshape(-1, 1) * RULE_SCALE)
    return sp.hstack([features, column], format="csr")


def _fit_one(features: sp.csr_matrix, y: np.ndarray, weights: np.ndarray) -> LogisticRegression:
    # balanced: a code's few positives weigh as much as its many negatives, or no probability
    # of an unseen turn would ever reach 0.5 (measured on the development batches)
    return fitted(LogisticRegression(C=REGULARISATION_C, class_weight="balanced", solver="liblinear", max_iter=1000),
                  features, y, weights)
