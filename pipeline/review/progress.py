"""How far the review has come: codings decided, per code, and since the last run.

The session's progress bar, its per-code table (and the overview notebook's figure of it) and the
header's "the tables lag by N" are counted here from the cards a grader sees (`ReviewSession.cards`).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from pipeline.records.codebook import Code


def review_progress(cards: pd.DataFrame) -> dict[str, int]:
    review = cards["review"]
    counts = {state: int((review == state).sum()) for state in ("accepted", "rejected", "added")}
    total = len(review)
    reviewed = int((review != "").sum())
    return {"total": total, "reviewed": reviewed, **counts, "pending": total - reviewed}


def progress_by_code(cards: pd.DataFrame, codes: Iterable[Code]) -> pd.DataFrame:
    """Per code (in the order given): codings and how many are accepted, rejected, added, pending."""
    states = pd.crosstab(cards["code_id"], cards["review"]) if len(cards) else pd.DataFrame()
    rows = []
    for code in codes:
        counts = {state: int(states.at[code.id, state]) if code.id in states.index and state in states.columns else 0
                  for state in ("", "accepted", "rejected", "added")}
        rows.append({"theme": code.theme, "category": code.category, "code": code.label, "code_id": code.id,
                     "codings": sum(counts.values()), "accepted": counts["accepted"],
                     "rejected": counts["rejected"], "added": counts["added"], "pending": counts[""]})
    return pd.DataFrame(rows)


def changed_reviews(last_run: pd.DataFrame, codings: pd.DataFrame) -> int:
    """Codings whose review state differs from the last run's codings.csv."""
    key = ["segment_id", "code_id"]
    then = last_run[[*key, "review"]].drop_duplicates(key)
    now = codings[[*key, "review"]].drop_duplicates(key)
    both = then.merge(now, on=key, how="outer", suffixes=("_run", "_now")).fillna("")
    return int((both["review_run"] != both["review_now"]).sum())
