"""The review queue, uncertain first: the model's suggestions and doubts a decision would teach most.

Uncertainty sampling: a pending model row whose probability is nearest 0.5 is the one the
model is least sure of, so a grader's decision on it moves the model most. Each row carries
its evidence (the words that weigh most) and the nearest reviewed example: the most similar
turn (cosine over the learning model's features: TF-IDF of words and character n-grams) a
grader kept the code on. The turns' features are computed once per session (`TurnIndex`): the
queue is drawn again after every decision, and the turns do not change in between.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from pipeline.coding.features import FEATURE_BLOCKS, SegmentVectorizer
from pipeline.coding.reliability import RELIABILITY_FILE

QUEUE_COLUMNS = ["segment_id", "informant", "code", "code_id", "kind", "confidence", "evidence", "text", "nearest_example"]


class TurnIndex:
    """The batch's turns (text by segment id) and their features, fitted once."""

    def __init__(self, segments: pd.DataFrame):
        self.texts = segments.drop_duplicates("segment_id").set_index("segment_id")["text"].astype(str)
        self.row_of = {sid: i for i, sid in enumerate(self.texts.index)}
        vectorizer = SegmentVectorizer()
        self.matrix = vectorizer.fit_transform(vectorizer.tokenize(self.texts.tolist())).stacked()

    def nearest(self, segment_id: str, candidates: list[str]) -> tuple[str, float]:
        """The candidate most similar to the turn, and its cosine."""
        similarity = (self.matrix[[self.row_of[s] for s in candidates]]
                      @ self.matrix[self.row_of[segment_id]].T).toarray().ravel() / FEATURE_BLOCKS
        best = int(np.argmax(similarity))
        return candidates[best], float(similarity[best])


def uncertain_first(codings: pd.DataFrame, segments: pd.DataFrame, limit: int | None = None,
                    index: TurnIndex | None = None) -> pd.DataFrame:
    """Pending model rows, least certain first (QUEUE_COLUMNS); `index` is the batch's
    `TurnIndex` when the caller keeps one (else it is built here)."""
    model = codings[(codings["source"].astype(str) == "model") & (codings["review"].fillna("") == "")].copy()
    if model.empty:
        return pd.DataFrame(columns=QUEUE_COLUMNS)
    keys = set(zip(codings.loc[codings["source"] != "model", "segment_id"], codings.loc[codings["source"] != "model", "code_id"]))
    model["kind"] = ["doubt" if key in keys else "suggestion" for key in zip(model["segment_id"], model["code_id"])]
    confidence = pd.to_numeric(model["confidence"], errors="coerce").fillna(0.0)
    model = model.assign(confidence=confidence, _distance=(confidence - 0.5).abs())
    model = model.sort_values("_distance", kind="stable").head(limit) if limit else model.sort_values("_distance", kind="stable")
    index = index if index is not None else TurnIndex(segments)
    model["text"] = model["segment_id"].map(index.texts).fillna("")
    model["nearest_example"] = nearest_kept(model, codings, index)
    return model[QUEUE_COLUMNS].reset_index(drop=True)


def nearest_kept(rows: pd.DataFrame, codings: pd.DataFrame, index: TurnIndex) -> list[str]:
    """For each row, the most similar turn a grader kept its code on ("" when none)."""
    kept = codings[codings["review"].isin(["accepted", "added"])]
    if kept.empty or index.texts.empty:
        return [""] * len(rows)
    out = []
    for segment_id, code_id in zip(rows["segment_id"], rows["code_id"]):
        candidates = [sid for sid in kept.loc[kept["code_id"] == code_id, "segment_id"]
                      if sid in index.row_of and sid != segment_id]
        if not candidates or segment_id not in index.row_of:
            out.append("")
            continue
        best, similarity = index.nearest(segment_id, candidates)
        out.append(f"{best} ({similarity:.2f}): {index.texts[best][:160]}")
    return out


def read_reliability(outputs_dir: str | Path) -> pd.DataFrame:
    """The last run's code_reliability.csv (empty before any grader decided anything)."""
    path = Path(outputs_dir) / RELIABILITY_FILE
    if not path.exists():
        return pd.DataFrame()
    return pd.read_csv(path, encoding="utf-8-sig")
