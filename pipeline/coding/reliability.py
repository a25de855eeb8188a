"""Per-code reliability of the learning model: which codes can be left to the machine.

Cross-validation over the turns a grader reviewed (and earlier batches' reviewed turns and
the codebook's examples): each fold's reviewed units are hidden (they fall back to the rules'
weak label, as if nobody had reviewed them), the model learns from the rest, and its verdict
on the hidden units (probability >= 0.5; the rules where a code has no model) is compared with
the humans'. Cohen's kappa per code, with the number of decisions it rests on, and the rules'
kappa on the same units for comparison. Who decides each code (`decided_by`): never the model
for a code the graders have not corrected (no rule coding rejected, no code added where its rule
was silent); for the others, the model where its pooled kappa over every code beats the rules'
(one comparison over all the decisions is steadier than one per code from its handful: on the
development halves the per-code comparison alone kept the gain at +0.013, the pooled one let it
reach +0.024, and no half lost more than 0.013); otherwise the model only for the codes whose
kappa beats the rules', and the rules keep the others (their model rows are left out of the
run). Where the reviewed units all carry a code, or none does, kappa cannot compare them: the
model decides it once FEW_DECISIONS decisions (or examples) of the code exist.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.model_selection import KFold

from pipeline.coding.learning import FEW_DECISIONS, WEAK_WEIGHT, UnitFeatures, Units, binary_kappa, fit
from pipeline.coding.pair_model import corrections

RELIABILITY_FILE = "code_reliability.csv"
FOLDS = 5                  # 3 folds let one flip of a thin per-code margin decide a code (dev3_documents' odd
                           # half -0.051); with 4, 5, 6 or 10 no development half lost more than 0.013 (issue 15)
TRUST_KAPPA = 0.8          # at or above, on at least TRUST_DECISIONS human labels: the machine may code alone
TRUST_DECISIONS = 20
RELIABILITY_COLUMNS = ["code_id", "code", "decisions", "reviewed_units", "positives", "kappa_model",
                       "kappa_rules", "decided_by", "verdict"]


def hidden(units: Units, rows: np.ndarray) -> Units:
    """`units` with the human labels of `rows` taken away: the rules' label, weakly weighted."""
    out = units.subset(np.arange(len(units.texts)))
    out.labels[rows] = units.rules[rows]
    out.weights[rows] = WEAK_WEIGHT
    out.human[rows] = False
    return out


def cross_validated(units: Units, code_ids: list[str], folds: int = FOLDS,
                    cuts: tuple[float | None, float | None] = (None, None),
                    given: UnitFeatures | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(rows, verdicts): the reviewed units and the model's out-of-fold verdict on each code.
    With `cuts` (the full model's text and pair cuts, `LearnedModel.cuts`), the folds' models
    skip choosing the cut of a stage the full model chose: 4x fewer fits. A fold whose model
    lands in the other stage (its pair model cannot learn from fewer units) chooses that cut.
    With `given` (the units' features), the folds share that vectorizer and read their rows:
    no text is tokenized again."""
    reviewed = np.flatnonzero(units.human.any(axis=1))
    verdicts = np.zeros((reviewed.size, len(code_ids)), dtype=np.int8)
    if reviewed.size < 2:
        return reviewed, verdicts
    splitter = KFold(n_splits=min(folds, reviewed.size), shuffle=True, random_state=0)
    for _, test in splitter.split(reviewed):
        rows = reviewed[test]
        model = fit(hidden(units, rows), code_ids, cuts=cuts, evidence=False, given=given)
        held = units.subset(rows)
        probabilities = model.probabilities(held.texts, held.rules,
                                            features=given.matrix[rows] if given is not None else None)
        verdicts[test] = np.where(np.isnan(probabilities), held.rules, np.nan_to_num(probabilities) >= 0.5)
    return reviewed, verdicts


def code_reliability(units: Units, codes: list[tuple[str, str]], folds: int = FOLDS,
                     cuts: tuple[float | None, float | None] = (None, None),
                     given: UnitFeatures | None = None) -> pd.DataFrame:
    """One row per code (id, label): RELIABILITY_COLUMNS."""
    code_ids = [code_id for code_id, _ in codes]
    rows, verdicts = cross_validated(units, code_ids, folds, cuts, given)
    truths = units.labels[rows]
    pooled_better = (np.nan_to_num(binary_kappa(truths.ravel(), verdicts.ravel()), nan=0.0)
                     > np.nan_to_num(binary_kappa(truths.ravel(), units.rules[rows].ravel()), nan=0.0))
    corrected = corrections(truths, units.rules[rows], units.human[rows]).any(axis=0)
    out = []
    for j, (code_id, label) in enumerate(codes):
        truth = units.labels[rows, j]
        explicit = int(units.human[:, j].sum())
        kappa_model = binary_kappa(truth, verdicts[:, j])
        kappa_rules = binary_kappa(truth, units.rules[rows, j])
        trusted = explicit >= TRUST_DECISIONS and kappa_model >= TRUST_KAPPA
        # the model decides a code the graders corrected (rejected or added) where it beat the rules on
        # the reviewed units (over every code, or on this one), or where they cannot be compared (every
        # reviewed unit carries the code, or none) and a few decisions say so
        comparable = 0 < truth.sum() < truth.size
        worse = (not corrected[j]
                 or not pooled_better and comparable
                 and np.nan_to_num(kappa_model, nan=0.0) <= np.nan_to_num(kappa_rules, nan=0.0)
                 or not comparable and explicit < FEW_DECISIONS)
        out.append({"code_id": code_id, "code": label, "decisions": explicit, "reviewed_units": int(rows.size),
                    "positives": int(truth.sum()), "kappa_model": round(kappa_model, 3),
                    "kappa_rules": round(kappa_rules, 3), "decided_by": "rules" if worse else "model",
                    "verdict": "machine" if trusted else "person"})
    return pd.DataFrame(out, columns=RELIABILITY_COLUMNS)


def model_decides(table: pd.DataFrame) -> set[str]:
    """The code ids the model decides (`decided_by`: it beat the rules, cross-validated)."""
    return set(table.loc[table["decided_by"] == "model", "code_id"].astype(str))


def reliability_summary(table: pd.DataFrame | None) -> dict[str, dict[str, object]] | None:
    """Per code, for run.json: the model's kappa, what it rests on, and who should code it."""
    if table is None:
        return None
    return {row.code_id: {"kappa_model": None if pd.isna(row.kappa_model) else float(row.kappa_model),
                          "kappa_rules": None if pd.isna(row.kappa_rules) else float(row.kappa_rules),
                          "decisions": int(row.decisions), "decided_by": row.decided_by, "verdict": row.verdict}
            for row in table.itertuples()}
