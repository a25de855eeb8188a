"""Per-code reliability of the learning model: which codes can be left to the machine.

Cross-validation over the turns a grader reviewed (and earlier batches' reviewed turns and
the codebook's examples): each fold's reviewed units are hidden (they fall back to the rules'
weak label, as if nobody had reviewed them), the model learns from the rest, and its verdict
on the hidden units (probability >= 0.5; the rules where a code has no model) is compared with
the humans'. Cohen's kappa per code, with the number of decisions it rests on, and the rules'
kappa on the same units for comparison. Where the model's kappa does not beat the rules', the
rules keep deciding that code (`decided_by`): its model rows are left out of the run. (Where the
reviewed units all carry the code, or none does, kappa cannot compare them: the model decides.)
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.model_selection import KFold

from pipeline.coding.learning import WEAK_WEIGHT, Units, binary_kappa, fit

RELIABILITY_FILE = "code_reliability.csv"
FOLDS = 3
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
                    cut: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(rows, verdicts): the reviewed units and the model's out-of-fold verdict on each code.
    With `cut` (the full model's), the folds' models skip choosing their own: 4x fewer fits."""
    reviewed = np.flatnonzero(units.human.any(axis=1))
    verdicts = np.zeros((reviewed.size, len(code_ids)), dtype=np.int8)
    if reviewed.size < 2:
        return reviewed, verdicts
    splitter = KFold(n_splits=min(folds, reviewed.size), shuffle=True, random_state=0)
    for _, test in splitter.split(reviewed):
        rows = reviewed[test]
        model = fit(hidden(units, rows), code_ids, cut=cut)
        held = units.subset(rows)
        probabilities = model.probabilities(held.texts, held.rules)
        verdicts[test] = np.where(np.isnan(probabilities), held.rules, np.nan_to_num(probabilities) >= 0.5)
    return reviewed, verdicts


def code_reliability(units: Units, codes: list[tuple[str, str]], folds: int = FOLDS,
                     cut: float | None = None) -> pd.DataFrame:
    """One row per code (id, label): RELIABILITY_COLUMNS."""
    code_ids = [code_id for code_id, _ in codes]
    rows, verdicts = cross_validated(units, code_ids, folds, cut)
    out = []
    for j, (code_id, label) in enumerate(codes):
        truth = units.labels[rows, j]
        explicit = int(units.human[:, j].sum())
        kappa_model = binary_kappa(truth, verdicts[:, j])
        kappa_rules = binary_kappa(truth, units.rules[rows, j])
        trusted = explicit >= TRUST_DECISIONS and kappa_model >= TRUST_KAPPA
        # the model decides a code only where it beat the rules on the reviewed units, or where they
        # cannot be compared (every reviewed unit carries the code, or none does: adds or rejects only)
        comparable = 0 < truth.sum() < truth.size
        worse = comparable and np.nan_to_num(kappa_model, nan=0.0) <= np.nan_to_num(kappa_rules, nan=0.0)
        out.append({"code_id": code_id, "code": label, "decisions": explicit, "reviewed_units": int(rows.size),
                    "positives": int(truth.sum()), "kappa_model": round(kappa_model, 3),
                    "kappa_rules": round(kappa_rules, 3), "decided_by": "rules" if worse else "model",
                    "verdict": "machine" if trusted else "person"})
    return pd.DataFrame(out, columns=RELIABILITY_COLUMNS)


def model_decides(table: pd.DataFrame) -> set[str]:
    """The code ids whose model beat the rules on the reviewed units (cross-validated)."""
    return set(table.loc[table["decided_by"] == "model", "code_id"].astype(str))


def reliability_summary(table: pd.DataFrame | None) -> dict[str, dict[str, object]] | None:
    """Per code, for run.json: the model's kappa, what it rests on, and who should code it."""
    if table is None:
        return None
    return {row.code_id: {"kappa_model": None if pd.isna(row.kappa_model) else float(row.kappa_model),
                          "kappa_rules": None if pd.isna(row.kappa_rules) else float(row.kappa_rules),
                          "decisions": int(row.decisions), "decided_by": row.decided_by, "verdict": row.verdict}
            for row in table.itertuples()}
