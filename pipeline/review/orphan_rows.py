"""Orphaned decisions (their turn is gone) as the session re-attaches or drops them.

A grader picks an orphan from a table the notebook shows (notes redacted) and a turn to carry it
to: here are the turns offered first, and the decision as reviews.csv holds it, so that what is
carried over is what the grader wrote.
"""

from __future__ import annotations

from difflib import SequenceMatcher

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


# a turn this close to an orphan's quote (difflib's ratio, spacing and case ignored) is the same turn
# with a typo or a word corrected: offered first, for the grader to confirm, never moved unasked
# (an edit may change what the turn says)
CLOSE_QUOTE = 0.9


def reattach_candidates(segments: pd.DataFrame, machine: pd.DataFrame, segment_id: str, code_id: str | None,
                        limit: int, quote: str = "") -> pd.DataFrame:
    """Informant turns of the orphan's document (all informant turns when none is left): first a
    turn whose words are nearly the orphan's `quote` (its turn as the decision stored it), closest
    first; then those the machine coded with its code. `similarity` is each one's closeness."""
    document_stem = segment_id.rsplit("-", 1)[0]
    turns = segments[segments["speaker_role"] == "informant"]
    same_document = turns[turns["segment_id"].str.rsplit("-", n=1).str[0] == document_stem]
    pool = same_document if not same_document.empty else turns
    coded = set() if code_id is None else set(machine.loc[machine["code_id"] == code_id, "segment_id"])
    said = _plain(quote)
    similarity = [SequenceMatcher(None, said, _plain(text), autojunk=False).ratio() if said else 0.0
                  for text in pool["text"].astype(str)]
    ranked = pool.assign(similarity=similarity, _close=[-value if value >= CLOSE_QUOTE else 0.0 for value in similarity],
                         _coded=~pool["segment_id"].isin(coded))
    ranked = ranked.sort_values(["_close", "_coded", "line"], kind="stable")
    return ranked.drop(columns=["_close", "_coded"]).head(limit).reset_index(drop=True)


def _plain(text: str) -> str:
    return " ".join(str(text).casefold().split())
