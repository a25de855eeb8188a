"""Agreement of codings with a gold standard: the present/absent decisions of every informant
segment times every code, pooled and per code (read by coding.py and suggester.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.metrics import precision_recall_fscore_support

from pipeline.aggregate.agreement import decision_statistics
from pipeline.coding.coder import informant_segments
from pipeline.records.codebook import Codebook


def decision_matrix(codings: pd.DataFrame, unit_ids: list[str], code_ids: list[str]) -> np.ndarray:
    """Units x codes 0/1 matrix; codings outside the units are ignored, rejected ones too."""
    matrix = np.zeros((len(unit_ids), len(code_ids)), dtype=np.int8)
    if codings.empty:
        return matrix
    if "review" in codings:
        codings = codings[codings["review"].fillna("") != "rejected"]
    row = {sid: i for i, sid in enumerate(unit_ids)}
    col = {cid: j for j, cid in enumerate(code_ids)}
    for segment_id, code_id in zip(codings["segment_id"].astype(str), codings["code_id"].astype(str)):
        if segment_id in row and code_id in col:
            matrix[row[segment_id], col[code_id]] = 1
    return matrix


def score_codings(predicted: pd.DataFrame, gold: pd.DataFrame, segments: pd.DataFrame,
                  codebook: Codebook) -> tuple[dict[str, float], pd.DataFrame]:
    """Pooled agreement over all (informant segment, code) decisions, and per-code figures."""
    unit_ids = informant_segments(segments)["segment_id"].astype(str).tolist()
    codes = codebook.codes
    code_ids = [c.id for c in codes]
    pred = decision_matrix(predicted, unit_ids, code_ids)
    true = decision_matrix(gold, unit_ids, code_ids)
    pooled = {"kappa": kappa(true, pred),
              "percent_agreement": float((true == pred).mean()) if true.size else float("nan"),
              "n_units": int(true.size), "n_segments": len(unit_ids)}
    rows = []
    for j, code in enumerate(codes):
        precision, recall, f1, _ = precision_recall_fscore_support(
            true[:, j], pred[:, j], average="binary", zero_division=0)
        rows.append({"code_id": code.id, "code": code.label, "code_en": code.label_en or code.label,
                     "precision": precision, "recall": recall,
                     "f1": f1, "support": int(true[:, j].sum()), "predicted": int(pred[:, j].sum()),
                     "kappa": kappa(true[:, j], pred[:, j])})
    return pooled, pd.DataFrame(rows)


def kappa(true: np.ndarray, pred: np.ndarray) -> float:
    """The `agreement` command's kappa of two 0/1 arrays of any shape, so `make eval`, the learning
    curve and `agreement` never disagree."""
    return float(decision_statistics(true.ravel(), pred.ravel())["cohen_kappa"])
