"""The review queue, uncertain first: the model's suggestions and doubts a decision would teach most.

Uncertainty sampling: a pending model row whose probability is nearest 0.5 is the one the
model is least sure of, so a grader's decision on it moves the model most. Each row carries
its evidence (the words that weigh most) and the nearest reviewed example: the most similar
turn (TF-IDF cosine over word and character n-grams) a grader kept the code on.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from pipeline.coding.reliability import RELIABILITY_FILE

QUEUE_COLUMNS = ["segment_id", "informant", "code", "code_id", "kind", "confidence", "evidence", "text", "nearest_example"]


def uncertain_first(codings: pd.DataFrame, segments: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """Pending model rows, least certain first (QUEUE_COLUMNS)."""
    model = codings[(codings["source"].astype(str) == "model") & (codings["review"].fillna("") == "")].copy()
    if model.empty:
        return pd.DataFrame(columns=QUEUE_COLUMNS)
    keys = set(zip(codings.loc[codings["source"] != "model", "segment_id"], codings.loc[codings["source"] != "model", "code_id"]))
    model["kind"] = ["doubt" if key in keys else "suggestion" for key in zip(model["segment_id"], model["code_id"])]
    confidence = pd.to_numeric(model["confidence"], errors="coerce").fillna(0.0)
    model = model.assign(confidence=confidence, _distance=(confidence - 0.5).abs())
    model = model.sort_values("_distance", kind="stable").head(limit) if limit else model.sort_values("_distance", kind="stable")
    texts = segments.drop_duplicates("segment_id").set_index("segment_id")["text"].astype(str)
    model["text"] = model["segment_id"].map(texts).fillna("")
    model["nearest_example"] = nearest_kept(model, codings, texts)
    return model[QUEUE_COLUMNS].reset_index(drop=True)


def nearest_kept(rows: pd.DataFrame, codings: pd.DataFrame, texts: pd.Series) -> list[str]:
    """For each row, the most similar turn a grader kept its code on ("" when none)."""
    kept = codings[codings["review"].isin(["accepted", "added"])]
    if kept.empty or texts.empty:
        return [""] * len(rows)
    features = FeatureUnion([("words", TfidfVectorizer(sublinear_tf=True)),
                             ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True))])
    matrix = features.fit_transform(texts.tolist())
    row_of = {sid: i for i, sid in enumerate(texts.index)}
    out = []
    for segment_id, code_id in zip(rows["segment_id"], rows["code_id"]):
        candidates = [sid for sid in kept.loc[kept["code_id"] == code_id, "segment_id"] if sid in row_of and sid != segment_id]
        if not candidates or segment_id not in row_of:
            out.append("")
            continue
        # each block is L2-normalised: half the product of the stacked rows is their mean cosine
        similarity = (matrix[[row_of[s] for s in candidates]] @ matrix[row_of[segment_id]].T).toarray().ravel() / 2
        best = candidates[int(np.argmax(similarity))]
        out.append(f"{best} ({similarity.max():.2f}): {texts[best][:160]}")
    return out


def read_reliability(outputs_dir: str | Path) -> pd.DataFrame:
    """The last run's code_reliability.csv (empty before any grader decided anything)."""
    path = Path(outputs_dir) / RELIABILITY_FILE
    if not path.exists():
        return pd.DataFrame()
    return pd.read_csv(path, encoding="utf-8-sig")
