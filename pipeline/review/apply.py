"""Apply the graders' decisions to the machine's codings: the tables count what humans left standing.

Rejected codings stay in codings.csv, flagged, so the trail is visible; `counted` is what the
tables use. Decisions that cannot be applied (their segment is gone after a transcript edit, or
their code is not in the codebook) are never dropped: they come back in the outcome, to be
reported by the run and shown in the review notebook.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.records.codebook import Code, Codebook
from pipeline.records.retired_labels import shown_retired
from pipeline.review.store import CODE_ID_COLUMN, CODING_SOURCE_COLUMN, REVIEWS_FILE, empty_reviews, latest_decisions
from pipeline.schema import CODING_COLUMNS, DECIDED_BY, NOTHING_TO_CODE, REVIEW_COLUMNS
from pipeline.wording import plural_form, quantity

REVIEW_STATES = ("", "accepted", "rejected", "added")
_STATE_OF_DECISION = {"accept": "accepted", "reject": "rejected", "add": "added"}


@dataclass(frozen=True)
class ReviewOutcome:
    codings: pd.DataFrame        # CODING_COLUMNS, `review` filled in, added codes appended
    orphans: pd.DataFrame        # decisions in force whose segment no longer exists
    unknown_codes: pd.DataFrame  # decisions naming a code the codebook does not have
    in_force: pd.DataFrame = field(default_factory=empty_reviews)  # latest per (segment, code), with code_id
    moot_rejects: pd.DataFrame = field(default_factory=empty_reviews)  # rejects of rule codings the rules no longer make
    # rejects of a code the turn never had (a model suggestion under the threshold, or decided through the
    # API on any turn): nothing to remove, a 'not this code' the learning model reads
    uncoded_rejects: int = 0
    # each grader's latest decision on a code the codebook does not have, per turn: what the warnings list
    unknown_by_grader: pd.DataFrame = field(default_factory=empty_reviews)

    @property
    def decisions(self) -> int:
        return len(self.in_force)

    def unknown_to_decide(self) -> pd.DataFrame:
        """The decisions on a code the codebook no longer has whose turn no one has decided again since: those the run
        still asks about. Decided again is a later decision on the turn with a code first decided after it (a code
        the revision brought, as a split's parts), or a later *nothing to code* mark; a later decision on an older
        code of the turn may be the same sitting's."""
        if self.unknown_codes.empty or "code_id" not in self.in_force:
            return self.unknown_codes
        known = self.in_force[self.in_force["code_id"].notna()].astype({"timestamp": str})
        first = known.groupby("code_id")["timestamp"].min()
        again = [any(later.timestamp > str(row.timestamp) and (later.code_id == "" or first[later.code_id] > str(row.timestamp))
                     for later in known[known["segment_id"] == row.segment_id].itertuples())
                 for row in self.unknown_codes.itertuples()]
        return self.unknown_codes[[not done for done in again]]

    def messages(self, reviews_file: str | Path = REVIEWS_FILE, english: Mapping[str, str] | None = None) -> list[str]:
        """One warning per decision that could not be applied, for the run's log and record; `english` (an English
        run's): a code the codebook no longer has -> its English label (records/retired_labels.py)."""
        lines = [
            f"{reviews_file}: review of {row.code!r} on segment {row.segment_id} ({row.decision} by {row.reviewer}, "
            f"{row.timestamp}) is kept but not applied: the segment no longer exists (transcript edited?). "
            "Re-attach or drop it in notebooks/review.ipynb."
            for row in self.orphans.itertuples()
        ]
        waiting = self.unknown_to_decide()
        for code, rows in self.unknown_codes.groupby("code", sort=False):
            done, rows = len(rows) - rows.index.isin(waiting.index).sum(), rows[rows.index.isin(waiting.index)]
            shown = shown_retired(code, english or {})
            named = repr(code) if shown == code else f"{shown!r} ({code!r} in {Path(reviews_file).name})"
            if rows.empty:   # nothing left to do: the run's summary counts them, no warning on every run
                continue
            turns = ", ".join(f"{row.segment_id} ({self.graders_said(row.segment_id, code, row.decision)})"
                              for row in rows.itertuples())
            if done:
                turns += f"; {done} more decided again since with the codebook's codes"
            lines.append(
                f"{reviews_file}: {self._decisions_on(rows, code)} code {named}, which the codebook does not have "
                "(renamed, split or removed?): kept but not applied. "
                f"Decide {'these turns' if len(rows) > 1 else 'this turn'} again with the codebook's codes in "
                f"notebooks/review.ipynb, or write the code's new label or id in the file's `code` cell"
                # a split's parts keep only rejects: said where one waits
                + (f" (a split code: `formerly: {code}` under each of its parts keeps the rejects)"
                   if (rows["decision"] == "reject").any() else "") + f": {turns}")
        for code, rows in self.moot_rejects.groupby("code", sort=False):
            turns = ", ".join(f"{row.segment_id} ({row.reviewer}, {row.timestamp})" for row in rows.itertuples())
            lines.append(
                f"{reviews_file}: {quantity(len(rows), 'reject')} of code {code!r} "
                f"{plural_form(len(rows), 'names', 'name')} a coding the rules no longer make (the codebook changed since): "
                "kept but not applied, as there is nothing left to reject (the learning model still reads "
                f"{'them' if len(rows) > 1 else 'it'} as 'not this code'). Check in notebooks/review.ipynb that the "
                f"{plural_form(len(rows), 'turn')} {plural_form(len(rows), 'needs', 'need')} no other code: {turns}")
        return lines

    def graders_said(self, segment_id: str, code: str, latest: str) -> str:
        """Every grader's decision on a turn's unknown code ("accept by EM, reject by RT"); the one in force
        alone when the rows are not signed apart."""
        own = self.unknown_by_grader
        own = own[(own["segment_id"] == segment_id) & (own["code"] == code)] if not own.empty else own
        if len(own) < 2:
            return latest
        return ", ".join(f"{row.decision} by {row.reviewer}" for row in own.itertuples())

    def _decisions_on(self, rows: pd.DataFrame, code: str) -> str:
        """"3 turns (5 decisions) name", counted as the warning lists them: turns, and every grader's rows."""
        own = self.unknown_by_grader
        decisions = len(own[own["segment_id"].isin(set(rows["segment_id"])) & (own["code"] == code)]) if not own.empty else 0
        said = quantity(len(rows), "turn")
        if decisions > len(rows):
            said += f" ({decisions} decisions)"
        return f"{said} decided under"

    def report(self) -> dict[str, Any]:
        """JSON-ready summary for run.json."""
        states = self.codings["review"].value_counts()
        return {
            "decisions": self.decisions,
            "accepted": int(states.get("accepted", 0)),
            "rejected": int(states.get("rejected", 0)),
            "added": int(states.get("added", 0)),
            "rejected_uncoded": self.uncoded_rejects,
            "nothing_to_code": int((self.in_force["decision"] == NOTHING_TO_CODE).sum()) if len(self.in_force) else 0,
            "orphan_reviews": _records(self.orphans),
            "unknown_code_reviews": _records(self.unknown_codes),
            "unknown_code_decided_again": len(self.unknown_codes) - len(self.unknown_to_decide()),
            "moot_reject_reviews": _records(self.moot_rejects),
        }


def _records(frame: pd.DataFrame) -> list[dict[str, str]]:
    return [{name: str(row[name]) for name in REVIEW_COLUMNS} for _, row in frame.iterrows()]


def apply_reviews(
    codings: pd.DataFrame,
    reviews: pd.DataFrame,
    segments: pd.DataFrame,
    codebook: Codebook,
) -> ReviewOutcome:
    """The machine's codings with the decisions in force applied.

    Starts from the machine's codings: rows a previous application added (source "review") are
    dropped and `review` is reset, so applying twice gives the same result. Per (segment, code)
    the latest decision holds. `accept` of a coding the machine no longer proposes keeps the code
    (a human confirmed it) as a review row; `add` of a coding the machine also found marks it
    accepted.
    """
    machine = codings.reindex(columns=[*CODING_COLUMNS, *[c for c in codings.columns if c not in CODING_COLUMNS]])
    machine = machine[machine["source"].astype(str) != "review"].reset_index(drop=True)
    machine["review"] = ""
    machine = machine.drop(columns=[DECIDED_BY], errors="ignore")   # set below where someone accepted or added
    if reviews.empty:
        return ReviewOutcome(machine, empty_reviews(), empty_reviews())

    in_force = decisions_in_force(reviews, codebook)
    segment_ids = set(segments["segment_id"].astype(str))
    unknown_pairs = set(zip(in_force.loc[in_force["code_id"].isna(), "segment_id"], in_force.loc[in_force["code_id"].isna(), "code"]))
    by_grader = reviews[[pair in unknown_pairs for pair in zip(reviews["segment_id"], reviews["code"])]]
    by_grader = latest_decisions(by_grader, ["segment_id", "code", "reviewer"])
    orphans = in_force[~in_force["segment_id"].isin(segment_ids)]
    unknown = in_force[in_force["code_id"].isna()]
    applicable = in_force[in_force["code_id"].notna() & in_force["segment_id"].isin(segment_ids)]

    state = {
        (row.segment_id, row.code_id): _STATE_OF_DECISION[row.decision]
        for row in applicable.itertuples() if row.decision in _STATE_OF_DECISION
    }
    keys = list(zip(machine["segment_id"].astype(str), machine["code_id"].astype(str)))
    found = {key: state[key] for key in keys if key in state}
    # `add` on a coding the machine already has is a confirmation of it
    machine["review"] = [
        "accepted" if found.get(key) == "added" else found.get(key, "") for key in keys
    ]
    graders = {(row.segment_id, row.code_id): row.reviewer for row in applicable.itertuples()
               if row.decision in ("accept", "add")}
    if graders:   # who accepted or added a coding: the REFI-QDA project credits it to her
        machine[DECIDED_BY] = [graders.get(key, "") if review == "accepted" else ""
                               for key, review in zip(keys, machine["review"])]
    existing = set(keys)
    absent = pd.Series([key not in existing for key in zip(applicable["segment_id"], applicable["code_id"])],
                       index=applicable.index, dtype=bool)
    missing = applicable[applicable["decision"].isin(["accept", "add"]) & absent]
    added = _review_rows(missing, segments, codebook)
    answered = (applicable[CODING_SOURCE_COLUMN].fillna("").astype(str) if CODING_SOURCE_COLUMN in applicable
                else pd.Series("", index=applicable.index))
    # a reject of the rules' coding where the rules no longer code: a reject of a model suggestion is
    # not moot (the model makes no suggestion where a person decided), nor one of a person's added code
    absent_rejects = (applicable["decision"] == "reject") & absent
    moot = applicable[absent_rejects & ~answered.isin(["", "model", "review"])]
    result = pd.concat([machine, added], ignore_index=True) if not added.empty else machine
    return ReviewOutcome(
        codings=result,
        orphans=orphans[REVIEW_COLUMNS].reset_index(drop=True),
        unknown_codes=unknown[REVIEW_COLUMNS].reset_index(drop=True),
        in_force=in_force.reset_index(drop=True),
        moot_rejects=moot[REVIEW_COLUMNS].reset_index(drop=True),
        uncoded_rejects=int(absent_rejects.sum()) - len(moot),
        unknown_by_grader=by_grader[REVIEW_COLUMNS].reset_index(drop=True),
    )


def decisions_in_force(reviews: pd.DataFrame, codebook: Codebook, successors: bool = True) -> pd.DataFrame:
    """The latest decision per (segment, code), in file order, with the code's id (None if unknown).

    A code named by label and the same code named by id are one key; the `code_id` column the
    notebook writes beside the label wins when the codebook has that id (a renamed label keeps
    its decisions); an unknown code is keyed by its name as written. A turn's NOTHING_TO_CODE mark has the code id "": it changes no
    coding (it says no code is missing, which the tables already count); the learning model
    reads it (`pipeline.coding.training_units.reviewed_units`). With `successors`, a code that a code's
    `formerly:` names passes its decisions on (`_successors`); the graders' agreement compares them as made.
    """
    ids = {code.id for code in codebook.codes}
    stored = reviews[CODE_ID_COLUMN].fillna("").astype(str) if CODE_ID_COLUMN in reviews else [""] * len(reviews)
    lookup: dict[str, Code | None] = {key: codebook.code_by_label_or_id(key) for key in reviews["code"].unique()}
    resolved = reviews.assign(code_id=["" if decision == NOTHING_TO_CODE else code_id if code_id in ids
                                       else None if lookup[key] is None else lookup[key].id
                                       for key, decision, code_id in zip(reviews["code"], reviews["decision"], stored)])
    if successors:
        resolved = _successors(resolved, codebook, stored)
    known = latest_decisions(resolved[resolved["code_id"].notna()], ["segment_id", "code_id"])
    unknown = latest_decisions(resolved[resolved["code_id"].isna()], ["segment_id", "code"])
    return pd.concat([known, unknown]).sort_index()


def _successors(resolved: pd.DataFrame, codebook: Codebook, stored: Any) -> pd.DataFrame:
    """Decisions on a code the codebook has no more, passed to the codes whose `formerly:` names it: all of
    them to the one code naming it (renamed with a new id); a reject to each of a split's parts (a turn not
    about the whole is about none of its parts), while an accept stays unknown (which part was meant?)."""
    named: dict[str, list[str]] = {}
    for code in codebook.codes:
        for former in code.formerly:
            named.setdefault(former.strip().casefold(), []).append(code.id)
    if not named:
        return resolved
    passed = []
    for index, (code, decision, code_id, written_id) in enumerate(zip(resolved["code"], resolved["decision"],
                                                                   resolved["code_id"], stored)):
        parts = named.get(str(code).strip().casefold()) or named.get(str(written_id).strip().casefold(), [])
        if isinstance(code_id, str) or not parts or (len(parts) > 1 and decision != "reject"):   # known, or not passed
            passed.append(resolved.iloc[[index]])
        else:
            # a part's reject is no answer to a coding of the rules (none is moot where the part codes nothing)
            source = {CODING_SOURCE_COLUMN: ""} if len(parts) > 1 and CODING_SOURCE_COLUMN in resolved else {}
            passed.append(resolved.iloc[[index] * len(parts)].assign(code_id=parts, **source))
    return pd.concat(passed)


def _review_rows(decisions: pd.DataFrame, segments: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    if decisions.empty:
        return pd.DataFrame(columns=[*CODING_COLUMNS, DECIDED_BY])
    informant = segments.drop_duplicates("segment_id").set_index("segment_id")["informant"]
    codes = {code.id: code for code in codebook.codes}
    rows = []
    for row in decisions.itertuples():
        code = codes[row.code_id]
        rows.append({
            "segment_id": row.segment_id,
            "informant": informant.get(row.segment_id, ""),
            "theme": code.theme,
            "category": code.category,
            "code": code.label,
            "code_id": code.id,
            "source": "review",
            "confidence": 1.0,
            "evidence": "",
            "evidence_in": "",
            "review": _STATE_OF_DECISION[row.decision],
            DECIDED_BY: row.reviewer,
        })
    return pd.DataFrame(rows, columns=[*CODING_COLUMNS, DECIDED_BY])
