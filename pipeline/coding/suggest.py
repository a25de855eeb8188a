"""Code suggestions from a model trained on the batch's rule codings and reviewers' decisions.

Rules catch what their terms say; a reviewer then accepts, rejects or adds codes. A linear
model over TF-IDF features of words and character n-grams (original plus translation, so it
sees Manado Malay spellings and Indonesian words alike) learns from both and proposes the
codes the rules missed. Its probabilities are calibrated (Platt scaling, cross-validated), so
`confidence` reads as a probability. Suggestions are written with source="model" and count
in the tables only above a threshold the user sets (`codings_that_count`); by default, never.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold
from sklearn.pipeline import FeatureUnion

from pipeline.codebook.model import Codebook
from pipeline.coding.coder import code_segments, informant_segments
from pipeline.schema import CODING_COLUMNS

MIN_EXAMPLES = 5          # positives (and negatives) a code needs before a model is fitted
SUGGESTION_FLOOR = 0.5    # suggestions below this probability are not written at all
CALIBRATION_FOLDS = 3
EVIDENCE_WORDS = 3


class InsufficientTrainingData(Exception):
    """No code has enough coded and uncoded segments to learn from; the message says why."""


@dataclass
class Suggester:
    """A fitted vectorizer and one calibrated classifier per code that had enough examples."""

    vectorizer: FeatureUnion
    models: dict[str, CalibratedClassifierCV]
    skipped: dict[str, str] = field(default_factory=dict)   # code id -> why no model
    n_segments: int = 0
    settled: frozenset[tuple[str, str]] = frozenset()        # (segment, code) already coded or reviewed

    def probabilities(self, segments: pd.DataFrame) -> pd.DataFrame:
        """P(code | segment) for the informant segments (rows) and modelled codes (columns)."""
        units = informant_segments(segments)
        ids = units["segment_id"].astype(str).tolist()
        if not self.models or not ids:
            return pd.DataFrame(index=ids, columns=list(self.models), dtype=float)
        features = self.vectorizer.transform(segment_texts(units))
        return pd.DataFrame({code_id: model.predict_proba(features)[:, 1]
                             for code_id, model in self.models.items()}, index=ids)


def segment_texts(segments: pd.DataFrame) -> list[str]:
    """What the model reads: the original, and the translation when it says something else."""
    texts = segments["text"].fillna("").astype(str).tolist()
    if "translation" not in segments:
        return texts
    translations = segments["translation"].fillna("").astype(str).tolist()
    return [t if not tr.strip() or tr.strip() == t.strip() else f"{t}\n{tr}" for t, tr in zip(texts, translations)]


def _vectorizer() -> FeatureUnion:
    return FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                 token_pattern=r"(?u)\b\w[\w-]+\b")),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)),
    ])


def training_labels(segments: pd.DataFrame, codings: pd.DataFrame, reviews: pd.DataFrame | None = None,
                    codebook: Codebook | None = None, settled: set[tuple[str, str]] | None = None) -> pd.DataFrame:
    """0/1 labels per informant segment (rows) and code id (columns).

    Rule and review codings not rejected are positives; a review's `accept`/`add` makes a
    pair positive and `reject` negative, whatever the rules said. Model suggestions are never
    training labels (the model would learn from itself).
    """
    ids = informant_segments(segments)["segment_id"].astype(str).tolist()
    code_ids = [c.id for c in codebook.codes] if codebook is not None else sorted(codings["code_id"].astype(str).unique())
    labels = pd.DataFrame(0, index=ids, columns=code_ids, dtype=np.int8)
    kept = codings[codings["source"].astype(str) != "model"]
    if "review" in kept:
        kept = kept[kept["review"].fillna("").astype(str) != "rejected"]
    for segment_id, code_id in zip(kept["segment_id"].astype(str), kept["code_id"].astype(str)):
        if segment_id in labels.index and code_id in labels.columns:
            labels.at[segment_id, code_id] = 1
            if settled is not None:
                settled.add((segment_id, code_id))
    if reviews is not None and not reviews.empty:
        by_name = _code_names(codings, codebook)
        for segment_id, name, decision in zip(reviews["segment_id"].astype(str), reviews["code"].astype(str),
                                              reviews["decision"].astype(str)):
            code_id = by_name.get(name.strip().casefold())
            if segment_id in labels.index and code_id in labels.columns:
                labels.at[segment_id, code_id] = 0 if decision.strip() == "reject" else 1
                if settled is not None:
                    settled.add((segment_id, code_id))
    return labels


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


def train_suggester(segments: pd.DataFrame, codings: pd.DataFrame, reviews: pd.DataFrame | None = None,
                    codebook: Codebook | None = None, min_examples: int = MIN_EXAMPLES) -> Suggester:
    """Fit one calibrated logistic regression per code; codes with too few examples are skipped.

    Raises InsufficientTrainingData when not a single code can be modelled.
    """
    settled: set[tuple[str, str]] = set()
    labels = training_labels(segments, codings, reviews, codebook, settled)
    units = informant_segments(segments)
    skipped: dict[str, str] = {}
    learnable: list[str] = []
    for code_id in labels.columns:
        positives = int(labels[code_id].sum())
        negatives = len(labels) - positives
        if positives < min_examples or negatives < min_examples:
            skipped[code_id] = (f"{positives} coded and {negatives} uncoded segments; "
                                f"a model needs at least {min_examples} of each")
        else:
            learnable.append(code_id)
    models: dict[str, CalibratedClassifierCV] = {}
    vectorizer = _vectorizer()
    if learnable:
        features = vectorizer.fit_transform(segment_texts(units))
        for code_id in learnable:
            y = labels[code_id].to_numpy()
            positives = int(y.sum())
            classifier = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
            model = CalibratedClassifierCV(classifier, method="sigmoid",
                                           cv=min(CALIBRATION_FOLDS, positives, len(y) - positives))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                model.fit(features, y)
            models[code_id] = model
    if not models:
        raise InsufficientTrainingData(
            f"no code has {min_examples} coded and {min_examples} uncoded informant segments "
            f"among the {len(units)} of this batch")
    return Suggester(vectorizer=vectorizer, models=models, skipped=skipped, n_segments=len(units),
                     settled=frozenset(settled))


def suggest_codes(suggester: Suggester, segments: pd.DataFrame, codebook: Codebook,
                  threshold: float | None = None, existing: pd.DataFrame | None = None) -> pd.DataFrame:
    """Model codings (schema.CODING_COLUMNS, source="model") for pairs not already decided.

    A pair is decided when `existing` (e.g. the rule codings) has it, or when the suggester
    was trained with it as a coding or a review. Without a threshold every suggestion from
    SUGGESTION_FLOOR up is returned, for reviewers to see; with one, only those at or above it.
    """
    probabilities = suggester.probabilities(segments)
    if probabilities.empty:
        return pd.DataFrame(columns=CODING_COLUMNS)
    floor = SUGGESTION_FLOOR if threshold is None else threshold
    taken = set(suggester.settled)
    if existing is not None and not existing.empty:
        taken |= set(zip(existing["segment_id"].astype(str), existing["code_id"].astype(str)))
    units = informant_segments(segments)
    informants = dict(zip(units["segment_id"].astype(str), units.get("informant", pd.Series("", index=units.index)).astype(str)))
    texts = dict(zip(units["segment_id"].astype(str), segment_texts(units)))
    codes = {c.id: c for c in codebook.codes}
    rows = []
    for code_id in probabilities.columns:
        code = codes.get(code_id)
        if code is None:
            continue
        for segment_id, p in probabilities[code_id].items():
            if p < floor or (segment_id, code_id) in taken:
                continue
            rows.append({"segment_id": segment_id, "informant": informants.get(segment_id, ""),
                         "theme": code.theme, "category": code.category, "code": code.label,
                         "code_id": code.id, "source": "model", "confidence": round(float(p), 3),
                         "evidence": _evidence(suggester, code_id, texts[segment_id]),
                         "evidence_in": "text", "review": ""})
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def _evidence(suggester: Suggester, code_id: str, text: str) -> str:
    """The words of the segment that weigh most for the code in the model."""
    model = suggester.models[code_id]
    word_vectorizer: TfidfVectorizer = suggester.vectorizer.transformer_list[0][1]
    n_words = len(word_vectorizer.vocabulary_)
    weights = np.mean([c.estimator.coef_[0][:n_words] for c in model.calibrated_classifiers_], axis=0)
    present = word_vectorizer.transform([text]).nonzero()[1]
    best = sorted(present, key=lambda i: -weights[i])[:EVIDENCE_WORDS]
    names = word_vectorizer.get_feature_names_out()
    return " … ".join(names[i] for i in best if weights[i] > 0)


def codings_that_count(codings: pd.DataFrame, threshold: float | None = None) -> pd.DataFrame:
    """The codings tables are built from: not rejected, and model suggestions only at or above
    a user-set threshold (none by default)."""
    kept = codings[codings["review"].fillna("").astype(str) != "rejected"]
    is_model = kept["source"].astype(str) == "model"
    if threshold is None:
        return kept[~is_model]
    return kept[~is_model | (kept["confidence"].astype(float) >= threshold)]


def cross_validate_suggester(segments: pd.DataFrame, gold_codings: pd.DataFrame, codebook: Codebook,
                             folds: int = 5, threshold: float = 0.5,
                             informants: pd.DataFrame | None = None) -> dict[str, object]:
    """Rules alone vs rules plus model suggestions, against gold, by k-fold cross-validation.

    Each fold plays a batch whose other folds a reviewer has checked: the model is trained on
    the gold decisions of the other folds and the rule codings of the held-out fold, then
    suggests codes for the held-out fold. Scores pool the held-out predictions of all folds.
    """
    from pipeline.coding.evaluate import score_codings

    units = informant_segments(segments)
    ids = units["segment_id"].astype(str).to_numpy()
    rules = code_segments(segments, codebook, informants)
    code_ids = [c.id for c in codebook.codes]
    gold_labels = training_labels(segments, _as_codings(gold_codings, codebook), codebook=codebook)
    rule_labels = training_labels(segments, rules, codebook=codebook)
    groups = units["document"].astype(str).to_numpy() if "document" in units else ids
    n_splits = min(folds, len(ids))
    if len(set(groups)) >= n_splits:
        splitter = GroupKFold(n_splits=n_splits).split(ids, groups=groups)
    else:
        splitter = KFold(n_splits=n_splits, shuffle=True, random_state=0).split(ids)
    suggestions = []
    skipped: dict[str, str] = {}
    for train_index, test_index in splitter:
        labels = rule_labels.copy()
        labels.iloc[train_index] = gold_labels.iloc[train_index].to_numpy()
        try:
            suggester = train_suggester(segments, _labels_to_codings(labels, codebook), codebook=codebook)
        except InsufficientTrainingData as reason:
            skipped.update({code_id: str(reason) for code_id in code_ids})
            continue
        skipped.update(suggester.skipped)
        held_out = segments[segments["segment_id"].astype(str).isin(set(ids[test_index]))]
        suggestions.append(suggest_codes(suggester, held_out, codebook, threshold=threshold, existing=rules))
    added = pd.concat(suggestions, ignore_index=True) if suggestions else pd.DataFrame(columns=CODING_COLUMNS)
    gold = _as_codings(gold_codings, codebook)
    rules_pooled, rules_codes = score_codings(rules, gold, segments, codebook)
    both_pooled, both_codes = score_codings(pd.concat([rules, added], ignore_index=True), gold, segments, codebook)
    correct = len(set(zip(added["segment_id"], added["code_id"])) & set(zip(gold["segment_id"], gold["code_id"])))
    return {"folds": n_splits, "threshold": threshold,
            "rules": {"kappa": rules_pooled["kappa"], "macro_f1": float(rules_codes["f1"].mean())},
            "rules+model": {"kappa": both_pooled["kappa"], "macro_f1": float(both_codes["f1"].mean())},
            "suggested": len(added), "suggested_correct": correct,
            "skipped": {k: v for k, v in skipped.items() if k in code_ids}}


def _as_codings(frame: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Gold as (segment_id, code_id, code, source, review) rows, whatever columns it came with."""
    out = frame[["segment_id", "code_id"]].astype(str).copy()
    labels = {c.id: c.label for c in codebook.codes}
    out["code"] = out["code_id"].map(labels)
    out["source"] = "review"
    out["review"] = "added"
    return out


def _labels_to_codings(labels: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    pairs = [(sid, cid) for cid in labels.columns for sid in labels.index[labels[cid].to_numpy() == 1]]
    frame = pd.DataFrame(pairs, columns=["segment_id", "code_id"])
    return _as_codings(frame, codebook)
