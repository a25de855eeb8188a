"""Agreement of 0/1 verdicts and the probability cut that agrees best with the graders."""

from __future__ import annotations

import numpy as np

CUT_RANGE = (0.2, 0.8)     # the cut chosen from a few dozen decisions stays within this: beyond it, one
                           # batch's handful of decisions swung it from 0.28 to 0.84 (development batches)


def binary_kappa(truth: np.ndarray, said: np.ndarray, undefined: float = float("nan")) -> float:
    """Cohen's kappa of two 0/1 vectors (`undefined` when chance agreement is 1: one constant answer)."""
    truth, said = np.asarray(truth, dtype=float), np.asarray(said, dtype=float)
    if truth.size == 0:
        return undefined
    observed = float(np.mean(truth == said))
    chance = truth.mean() * said.mean() + (1 - truth.mean()) * (1 - said.mean())
    return float((observed - chance) / (1 - chance)) if chance < 1 else undefined


def best_cut(out_of_fold: list[tuple[np.ndarray, np.ndarray]], cut_range: tuple[float, float] = CUT_RANGE) -> float:
    """One probability cut for all codes: the one whose verdicts on (labels, probabilities) agree
    best (pooled kappa) with the graders; ties go to the cut nearest 0.5. One cut from all
    codes' decisions is steadier than a cut per code from its handful."""
    truth = np.concatenate([t for t, _ in out_of_fold]) if out_of_fold else np.empty(0)
    scores = np.concatenate([s for _, s in out_of_fold]) if out_of_fold else np.empty(0)
    if truth.size == 0 or len(set(truth.tolist())) < 2:
        return 0.5
    candidates = np.clip(np.unique(np.concatenate([scores, [0.5]])), cut_range[0], cut_range[1])
    best, best_kappa = 0.5, -np.inf
    for cut in sorted(set(candidates.tolist()), key=lambda c: abs(c - 0.5)):
        agreement = binary_kappa(truth, scores >= cut, undefined=0.0)
        if agreement > best_kappa + 1e-9:
            best, best_kappa = cut, agreement
    return float(best)
