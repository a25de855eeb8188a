"""Orphaned decisions (their turn is gone) as the session re-attaches or drops them.

A grader picks an orphan from a table the notebook shows (notes redacted) and a turn to carry it
to: here are the turns offered first, and the decision as reviews.csv holds it, so that what is
carried over is what the grader wrote.
"""

from __future__ import annotations

import pandas as pd

from pipeline.schema import REVIEW_COLUMNS


def as_review(row: pd.Series | dict) -> dict[str, str]:
    values = dict(row)
    missing = [name for name in REVIEW_COLUMNS if name not in values]
    if missing:
        raise ValueError(f"not a review row: missing {', '.join(missing)}")
    return {name: "" if pd.isna(values[name]) else str(values[name]) for name in REVIEW_COLUMNS}


def stored_review(orphans: pd.DataFrame, review: dict[str, str]) -> dict[str, str]:
    """The decision as reviews.csv holds it: `orphans()` shows notes redacted, and a note
    carried over must keep what the grader wrote, not the placeholders."""
    same = orphans[(orphans["segment_id"].astype(str) == review["segment_id"])
                   & (orphans["code"].astype(str) == review["code"])
                   & (orphans["reviewer"].astype(str) == review["reviewer"])
                   & (orphans["timestamp"].astype(str) == review["timestamp"])]
    return as_review(same.iloc[-1]) if not same.empty else review


def reattach_candidates(segments: pd.DataFrame, machine: pd.DataFrame, segment_id: str, code_id: str | None,
                        limit: int) -> pd.DataFrame:
    """Informant turns of the orphan's document (all informant turns when none is left), those the
    machine coded with its code first."""
    document_stem = segment_id.rsplit("-", 1)[0]
    turns = segments[segments["speaker_role"] == "informant"]
    same_document = turns[turns["segment_id"].str.rsplit("-", n=1).str[0] == document_stem]
    pool = same_document if not same_document.empty else turns
    coded = set() if code_id is None else set(machine.loc[machine["code_id"] == code_id, "segment_id"])
    ranked = pool.assign(_coded=~pool["segment_id"].isin(coded)).sort_values(["_coded", "line"], kind="stable")
    return ranked.drop(columns="_coded").head(limit).reset_index(drop=True)
