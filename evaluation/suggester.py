"""Cross-validation of the code suggester against gold codes: do model suggestions add to the rules?"""

from __future__ import annotations

import pandas as pd
from sklearn.model_selection import GroupKFold, KFold

from evaluation.scoring import score_codings
from pipeline.coding.coder import code_segments, informant_segments
from pipeline.coding.suggest import InsufficientTrainingData, suggest_codes, train_suggester
from pipeline.coding.suggest_training import training_labels
from pipeline.records.codebook import Codebook
from pipeline.schema import CODING_COLUMNS


def cross_validate_suggester(segments: pd.DataFrame, gold_codings: pd.DataFrame, codebook: Codebook,
                             folds: int = 5, threshold: float = 0.5,
                             informants: pd.DataFrame | None = None) -> dict[str, object]:
    """Rules alone vs rules plus model suggestions, against gold, by k-fold cross-validation.

    Each fold plays a batch whose other folds a reviewer has checked: the model is trained on
    the gold decisions of the other folds and the rule codings of the held-out fold, then
    suggests codes for the held-out fold. Scores pool the held-out predictions of all folds.
    """
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
