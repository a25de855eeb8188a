"""Code suggestions from a model trained on the batch's rule codings and reviewers' decisions.

Rules catch what their terms say; a reviewer then accepts, rejects or adds codes. A linear
model over TF-IDF features of words and character n-grams (original plus translation, so it
sees Manado Malay spellings and Indonesian words alike) learns from both and proposes the
codes the rules missed. Its probabilities are calibrated (Platt scaling, cross-validated), so
`confidence` reads as a probability. Suggestions are written with source="model" and count
in the tables only above a threshold the user sets (`pipeline.records.codings.counted`); by default, never.

Scale. A batch of a million words has tens of thousands of informant segments; a model does
not need them all to learn six codes. Every segment is tokenised once, but the models learn
from a stratified sample (suggest_training.py): each code's coded segments up to POSITIVES_PER_CODE,
plus BACKGROUND_SAMPLE segments drawn whatever their codes (all segments of a batch smaller than
that, so small batches learn from everything). The draw is seeded, so the same batch always
gives the same models, and each sampled segment is weighted by the inverse of its chance of
being drawn, so the calibrated probabilities are those of the whole batch, not of the sample.
The feature space is bounded (MAX_WORD_FEATURES, MAX_CHAR_FEATURES, chosen on the sample), and
the probabilities of the training segments are computed while training, so suggesting codes
for the same batch costs only the look-up and the evidence. Each distinct text is tokenised and
scored once (turns repeat), and all models score a slice of texts in one sparse product. The
per-code models are fitted on all cores at once (forked processes that share the sample's
features), then the texts left out of the sample are read and scored a slice at a time on all
cores; models and probabilities are the same floats however many processes compute them.

Choices measured with `evaluation.suggester.cross_validate_suggester` on every gold batch (with the codebook's
full rules, and with its keywords alone) and on a million-word batch's segments left out
of the sample: character 3-4-grams did as well as 3-5-grams, with a third fewer features;
two calibration folds (each classifier learns from half the sample) added as much or more
to the gold batches' kappa as three did, in 40% of the time, at the price of a slightly
worse fit of the large batch's left-out segments (Brier score 1-5% higher, same AUC).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from pipeline.records.codebook import Codebook
from pipeline.coding.coder import informant_segments
from pipeline.coding.evidence import joined
from pipeline.coding.features import Features, SegmentVectorizer, Tokens
from pipeline.coding.suggest_training import segment_texts, training_labels, training_sample
from pipeline.runtime.executors import map_alongside
from pipeline.schema import CODING_COLUMNS

T = TypeVar("T")

MIN_EXAMPLES = 5          # positives (and negatives) a code needs before a model is fitted
SUGGESTION_FLOOR = 0.5    # suggestions below this probability are not written at all
CALIBRATION_FOLDS = 2
EVIDENCE_WORDS = 3
PREDICTION_ROWS = 2_048       # texts read and scored at a time (bounds memory; slices share the cores)


class InsufficientTrainingData(Exception):
    """No code has enough coded and uncoded segments to learn from; the message says why, and
    `counts` (code id -> coded, uncoded segments), `minimum` and `segments` say it to a researcher."""

    def __init__(self, message: str, counts: dict[str, tuple[int, int]] | None = None, minimum: int = 0,
                 segments: int = 0) -> None:
        super().__init__(message)
        self.counts, self.minimum, self.segments = counts or {}, minimum, segments


@dataclass
class Suggester:
    """A fitted vectorizer and one calibrated classifier per code that had enough examples."""

    vectorizer: SegmentVectorizer
    models: dict[str, CalibratedClassifierCV]
    skipped: dict[str, str] = field(default_factory=dict)   # code id -> why no model
    n_segments: int = 0
    settled: frozenset[tuple[str, str]] = frozenset()        # (segment, code) already coded or reviewed
    n_sampled: int = 0                                       # segments the models learnt from
    known: dict[str, int] = field(default_factory=dict, repr=False)      # training text -> row of known_probabilities
    known_probabilities: np.ndarray = field(default_factory=lambda: np.empty((0, 0)), repr=False)

    def probabilities(self, segments: pd.DataFrame) -> pd.DataFrame:
        """P(code | segment) for the informant segments (rows) and modelled codes (columns)."""
        units = informant_segments(segments)
        ids = units["segment_id"].astype(str).tolist()
        if not self.models or not ids:
            return pd.DataFrame(index=ids, columns=list(self.models), dtype=float)
        return pd.DataFrame(self.text_probabilities(segment_texts(units)), index=ids, columns=list(self.models))

    def text_probabilities(self, texts: list[str]) -> np.ndarray:
        """P(code | text) for texts as `segment_texts` gives them (rows) and modelled codes (columns)."""
        rows = np.fromiter((self.known.get(t, -1) for t in texts), dtype=np.int64, count=len(texts))
        out = np.empty((len(texts), len(self.models)))
        seen = rows >= 0
        out[seen] = self.known_probabilities[rows[seen]]
        unseen = np.flatnonzero(~seen)
        if unseen.size:
            out[unseen] = self._predict([texts[i] for i in unseen])
        return out

    def _predict(self, texts: list[str]) -> np.ndarray:
        """Probabilities of `texts`, read and scored PREDICTION_ROWS at a time, the slices shared
        with the other cores: memory is bounded by a slice however large the batch, and a text
        comes out the same whichever slice, process or neighbours it is scored with."""
        slices = [texts[start:start + PREDICTION_ROWS] for start in range(0, len(texts), PREDICTION_ROWS)]
        with map_alongside(self._score, slices) as predicted:
            return np.concatenate(predicted()) if slices else np.empty((0, len(self.models)))

    def _score(self, texts: list[str]) -> np.ndarray:
        tokens = self.vectorizer.tokenize(texts)
        return self._probabilities(self.vectorizer.features(tokens.counts, self.vectorizer.projection(tokens.terms)))

    def _probabilities(self, features: Features) -> np.ndarray:
        """What each model's predict_proba computes, for all models at once: every calibration
        fold's classifier scores the rows in one sparse product, its sigmoid turns the scores
        into probabilities, and a code's probability is the mean over its folds.

        This reads each fitted pair of `calibrated_classifiers_` (its `estimator` and sigmoid
        `calibrators[0]`) instead of calling predict_proba per model, because it is more than
        twice as fast (measured for issue 13 on the 9,362 turns of a 300,000-word bench batch,
        6 models: 0.076 s here, 0.34 s with predict_proba, plus 0.06 s to stack the feature
        blocks it needs; 4.5x). The floats agree to 1e-14 (`tests/test_suggest.py` compares).
        """
        folds = [(j, fold) for j, model in enumerate(self.models.values()) for fold in model.calibrated_classifiers_]
        weights = np.column_stack([fold.estimator.coef_[0] for _, fold in folds])
        intercepts = np.array([fold.estimator.intercept_[0] for _, fold in folds])
        folds_per_code = np.bincount([j for j, _ in folds], minlength=len(self.models))
        scores = features.dot(weights) + intercepts
        out = np.zeros((scores.shape[0], len(self.models)))
        for k, (j, fold) in enumerate(folds):
            out[:, j] += fold.calibrators[0].predict(scores[:, k])
        return out / folds_per_code

    def word_weights(self, code_id: str) -> np.ndarray:
        """The code's model weight of each word feature (averaged over the calibration folds):
        the public `coef_` of each fold's fitted classifier, which names the evidence words."""
        model = self.models[code_id]
        n_words = len(self.vectorizer.word_names_)
        return np.mean([c.estimator.coef_[0][:n_words] for c in model.calibrated_classifiers_], axis=0)


def train_suggester(segments: pd.DataFrame, codings: pd.DataFrame, reviews: pd.DataFrame | None = None,
                    codebook: Codebook | None = None, min_examples: int = MIN_EXAMPLES) -> Suggester:
    """Fit one calibrated logistic regression per code; codes with too few examples are skipped.

    Raises InsufficientTrainingData when not a single code can be modelled.
    """
    settled: set[tuple[str, str]] = set()
    labels = training_labels(segments, codings, reviews, codebook, settled)
    units = informant_segments(segments)
    skipped: dict[str, str] = {}
    learnable: list[int] = []
    y_all = labels.to_numpy()
    counts: dict[str, tuple[int, int]] = {}
    for j, code_id in enumerate(labels.columns):
        positives = int(y_all[:, j].sum())
        negatives = len(labels) - positives
        counts[code_id] = (positives, negatives)
        if positives < min_examples or negatives < min_examples:
            skipped[code_id] = (f"{positives} coded and {negatives} uncoded segments; "
                                f"a model needs at least {min_examples} of each")
        else:
            learnable.append(j)
    if not learnable:
        raise InsufficientTrainingData(_too_few(min_examples, len(units)), counts, min_examples, len(units))
    # One BLAS thread: the vectors are too small for threads to pay (measured 3x the CPU time
    # with two). The limit is set once, before the forks: setting it in a forked process, whose
    # BLAS threads fork has ended, starts them anew, at a cost of ~0.1 CPU-s.
    with threadpool_limits(limits=1):
        return _fit_suggester(units, labels, learnable, skipped, settled, min_examples)


def _too_few(min_examples: int, n_segments: int) -> str:
    return (f"no code has {min_examples} coded and {min_examples} uncoded informant segments "
            f"among the {n_segments} of this batch")


def _fit_suggester(units: pd.DataFrame, labels: pd.DataFrame, learnable: list[int], skipped: dict[str, str],
                   settled: set[tuple[str, str]], min_examples: int) -> Suggester:
    """The models of the learnable codes, and the probabilities of every text of the batch.

    Only the sample is tokenised before the models are fitted (on all cores); the other texts
    are then read and scored slice by slice on all cores. A text's features and probabilities
    depend on nothing but the text and the fitted vectorizer and models, so they are the same
    however the texts are grouped.
    """
    y_all = labels.to_numpy()
    text_of_segment, texts = pd.factorize(pd.Series(segment_texts(units), dtype=object))
    texts = texts.tolist()                           # each distinct text once: turns repeat
    rows, weights = training_sample(y_all, learnable)
    sampled, text_of_row = np.unique(text_of_segment[rows], return_inverse=True)
    vectorizer = SegmentVectorizer()
    sample_tokens = vectorizer.tokenize([texts[i] for i in sampled])
    sample_features = vectorizer.fit_transform(Tokens(sample_tokens.counts[text_of_row], sample_tokens.terms))
    features = sample_features.stacked()
    fits: list[tuple[str, np.ndarray, int]] = []
    for j in learnable:
        code_id = labels.columns[j]
        y = y_all[rows, j]
        folds = min(CALIBRATION_FOLDS, int(y.sum()), int(len(y) - y.sum()))
        if folds < 2:
            skipped[code_id] = f"too few coded or uncoded segments in the training sample of {len(rows)}"
        else:
            fits.append((code_id, y, folds))
    if not fits:
        raise InsufficientTrainingData(_too_few(min_examples, len(units)))
    with map_alongside(lambda fit: _fit_calibrated(features, fit[1], weights, fit[2]), fits) as fitted:
        models = dict(zip([code_id for code_id, _, _ in fits], fitted()))
    suggester = Suggester(vectorizer=vectorizer, models=models, skipped=skipped, n_segments=len(units),
                          settled=frozenset(settled), n_sampled=len(rows))
    # the sampled texts' features are the training rows': each text's first row stands for it
    first_rows = np.unique(text_of_row, return_index=True)[1]
    known = np.empty((len(texts), len(models)))
    known[sampled] = suggester._probabilities(Features(sample_features.words[first_rows],
                                                       sample_features.chars[first_rows]))
    unsampled = np.setdiff1d(np.arange(len(texts)), sampled)
    known[unsampled] = suggester._predict([texts[i] for i in unsampled])
    suggester.known_probabilities = known
    suggester.known = {text: i for i, text in enumerate(texts)}
    return suggester


def _fit_calibrated(features: sp.csr_matrix, y: np.ndarray, weights: np.ndarray, folds: int) -> CalibratedClassifierCV:
    # lbfgs: on the sample's ~16k features measured 2.5x faster than liblinear, same AUC and calibration.
    # A looser tol (1e-3: ~10 iterations instead of ~25) halves the time but fits a large batch's
    # held-out segments worse (Brier score up to 1.5x), so the default stays.
    classifier = LogisticRegression(C=4.0, class_weight="balanced", solver="lbfgs", max_iter=1000)
    return fitted(CalibratedClassifierCV(classifier, method="sigmoid", cv=folds), features, y, weights)


def fitted(model: T, features: sp.csr_matrix, y: np.ndarray, weights: np.ndarray) -> T:
    """`model` fitted with the turns' weights; a solver stopped at its iteration cap is no error here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(features, y, sample_weight=weights)
    return model


def suggest_codes(suggester: Suggester, segments: pd.DataFrame, codebook: Codebook,
                  threshold: float | None = None, existing: pd.DataFrame | None = None) -> pd.DataFrame:
    """Model codings (schema.CODING_COLUMNS, source="model") for pairs not already decided.

    A pair is decided when `existing` (e.g. the rule codings) has it, or when the suggester
    was trained with it as a coding or a review. Without a threshold every suggestion from
    SUGGESTION_FLOOR up is returned, for reviewers to see; with one, only those at or above it.
    """
    units = informant_segments(segments)
    ids = units["segment_id"].astype(str).tolist()
    if not suggester.models or not ids:
        return pd.DataFrame(columns=CODING_COLUMNS)
    texts = segment_texts(units)
    probabilities = suggester.text_probabilities(texts)
    floor = SUGGESTION_FLOOR if threshold is None else threshold
    taken = set(suggester.settled)
    if existing is not None and not existing.empty:
        taken |= set(zip(existing["segment_id"].astype(str).tolist(), existing["code_id"].astype(str).tolist()))
    informants = units.get("informant", pd.Series("", index=units.index)).astype(str).tolist()
    codes = {c.id: c for c in codebook.codes}
    chosen: dict[str, list[int]] = {}
    for j, code_id in enumerate(suggester.models):
        if code_id in codes:
            chosen[code_id] = [i for i in np.flatnonzero(probabilities[:, j] >= floor)
                               if (ids[i], code_id) not in taken and texts[i].strip()]   # not a greeting alone
    # the evidence's words: every suggested segment's text is tokenised once, whatever its codes
    suggested = sorted(set().union(*chosen.values()))
    presence = suggester.vectorizer.word_presence([texts[i] for i in suggested]) if suggested else None
    row_of = {i: row for row, i in enumerate(suggested)}
    rows = []
    for j, code_id in enumerate(suggester.models):
        if code_id not in chosen:
            continue
        code, p = codes[code_id], probabilities[:, j]
        evidence = _evidence(suggester, code_id, presence, [row_of[i] for i in chosen[code_id]])
        rows += [{"segment_id": ids[i], "informant": informants[i], "theme": code.theme, "category": code.category,
                  "code": code.label, "code_id": code.id, "source": "model", "confidence": round(float(p[i]), 3),
                  "evidence": words, "evidence_in": "text", "review": ""} for i, words in zip(chosen[code_id], evidence)]
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def _evidence(suggester: Suggester, code_id: str, presence: sp.csr_matrix | None, rows: list[int]) -> list[str]:
    """Per row of `presence` (which word features a text has), the words that weigh most for the
    code in the model (each word shown once: "rumah sakit", not also "rumah" and "sakit")."""
    if not rows or presence is None:
        return []
    weights = suggester.word_weights(code_id)
    names = suggester.vectorizer.word_names_
    return [top_words(presence, row, weights, names) for row in rows]


def top_words(presence: sp.csr_matrix | None, row: int, weights: np.ndarray, names: np.ndarray) -> str:
    """A model's evidence: of the word features row `row` of `presence` has, those with the largest
    positive `weights` (equal ones in the row's order), each word shown once ("rumah sakit", not
    also "rumah" and "sakit"), at most EVIDENCE_WORDS."""
    if presence is None:
        return ""
    present = np.sort(presence.indices[presence.indptr[row]:presence.indptr[row + 1]])  # ties in column order
    present = present[weights[present] > 0]
    shown: list[str] = []
    seen: set[str] = set()
    for i in present[np.argsort(-weights[present], kind="stable")]:
        words = set(str(names[i]).split())
        if words & seen:
            continue
        shown.append(str(names[i]))
        seen |= words
        if len(shown) == EVIDENCE_WORDS:
            break
    return joined(shown)
