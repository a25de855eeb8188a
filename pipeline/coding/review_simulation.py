"""A simulated grader: what the learning model gains from decisions, measured against gold.

The grader reviews turns as a person would in the review notebook: every code the machine
counts on the turn is accepted or rejected as the gold says, and every gold code the machine
missed is added. Two protocols:

* `half_review`: the grader reviews every other informant turn; kappa is measured on the
  other half, rules alone against rules plus the model (suggestions and doubts counted at a
  threshold).
* `learning_curve`: the grader works through the review queue uncertain-first
  (`pipeline.review.queue`), and after 0, 10, 25, 50 and 100 decisions the model is refitted
  and kappa is measured on the turns not yet reviewed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.aggregate.agreement import decision_statistics
from pipeline.codebook.model import Codebook
from pipeline.coding.coder import informant_segments
from pipeline.coding.learning import (
    Units,
    batch_units,
    example_units,
    fit,
    rule_matrix,
)

CURVE_POINTS = (0, 10, 25, 50, 100)
THRESHOLD = 0.5


def gold_matrix(gold: pd.DataFrame, segment_ids: list[str], code_ids: list[str]) -> np.ndarray:
    return rule_matrix(gold.assign(source="rule"), segment_ids, code_ids)


def turn_decisions(segment_id: str, machine: np.ndarray, truth: np.ndarray, code_ids: list[str]) -> list[dict[str, str]]:
    """The decisions a grader who agrees with the gold makes on one turn."""
    out = []
    for j, code_id in enumerate(code_ids):
        if machine[j] and truth[j]:
            out.append({"segment_id": segment_id, "code_id": code_id, "decision": "accept"})
        elif machine[j] and not truth[j]:
            out.append({"segment_id": segment_id, "code_id": code_id, "decision": "reject"})
        elif truth[j]:
            out.append({"segment_id": segment_id, "code_id": code_id, "decision": "add"})
    return out


def machine_verdict(units: Units, probabilities: np.ndarray, threshold: float = THRESHOLD) -> np.ndarray:
    """What counts in the tables: the model's verdict where it has one, the rules elsewhere."""
    modelled = ~np.isnan(probabilities)
    return np.where(modelled, np.nan_to_num(probabilities) >= threshold, units.rules).astype(np.int8)


def learn_and_predict(segments: pd.DataFrame, rules: pd.DataFrame, decisions: pd.DataFrame,
                      codebook: Codebook, extra: Units | None = None) -> tuple[Units, np.ndarray]:
    """The batch's units and the model's probabilities for them, after learning from `decisions`."""
    code_ids = [c.id for c in codebook.codes]
    units = batch_units(segments, rules, decisions, code_ids)
    parts = [units, example_units(codebook)] + ([extra] if extra is not None else [])
    model = fit(Units.concat(parts), code_ids)
    return units, model.probabilities(units.texts, units.rules)


def kappa(truth: np.ndarray, predicted: np.ndarray) -> float:
    return float(decision_statistics(truth.ravel(), predicted.ravel())["cohen_kappa"])


def half_review(segments: pd.DataFrame, rules: pd.DataFrame, gold: pd.DataFrame, codebook: Codebook,
                threshold: float = THRESHOLD) -> dict[str, float]:
    """Review every other informant turn; kappa on the others before and after learning."""
    code_ids = [c.id for c in codebook.codes]
    ids = informant_segments(segments)["segment_id"].astype(str).tolist()
    truth = gold_matrix(gold, ids, code_ids)
    machine = rule_matrix(rules, ids, code_ids)
    reviewed = np.arange(len(ids)) % 2 == 0
    decisions = pd.DataFrame([d for i in np.flatnonzero(reviewed)
                              for d in turn_decisions(ids[i], machine[i], truth[i], code_ids)],
                             columns=["segment_id", "code_id", "decision"])
    units, probabilities = learn_and_predict(segments, rules, decisions, codebook)
    after = machine_verdict(units, probabilities, threshold)
    held = ~reviewed
    return {"turns": len(ids), "decisions": len(decisions), "reviewed_turns": int(reviewed.sum()),
            "kappa_rules": kappa(truth[held], machine[held]), "kappa_learned": kappa(truth[held], after[held])}
