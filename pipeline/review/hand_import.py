"""Hand coding done in another tool, turned into the decisions a grader would have made in the notebook.

A person who coded a document by hand has judged every one of its turns: a code she applied
that the last run's rules (or model) also gave is an *accept*, one they did not give an *add*, a
code they gave that she did not apply a *reject*, and a turn left without any code on either side
*nothing to code*. With `complete=False` (she coded only some passages, or only some codes) only
her own codes count: accepts and adds. A turn and code someone already decided keeps its decision:
the import writes only where none stands, so a second import of the same file adds nothing and a
grader's decision in the notebook is never outvoted by the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from pipeline.privacy.redactor import Redactor
from pipeline.review.apply import decisions_in_force
from pipeline.coding.coder import informant_segments
from pipeline.review.hand_coding import HandCoding, read_hand_coding
from pipeline.review.recorded_run import load_recorded_codebook
from pipeline.review.run_outputs import batch_outputs, read_output
from pipeline.review.store import (
    CODE_ID_COLUMN, CODING_SOURCE_COLUMN, append_reviews, now_timestamp, read_reviews,
)
from pipeline.review.turn_anchors import QUOTE_COLUMN, TEXT_HASH_COLUMN, TURN_COLUMN, turn_anchors
from pipeline.schema import NOTHING_TO_CODE

DECISION_COLUMNS = ["segment_id", "code", "code_id", "decision", "coding_source"]


@dataclass
class ImportResult:
    """What an import wrote (decision -> count), what it left as already decided, and its notes."""
    written: dict[str, int]
    already_decided: int
    documents: list[str]
    notes: list[str] = field(default_factory=list)


def hand_decisions(hand: HandCoding, turns: pd.DataFrame, machine: pd.DataFrame, *,
                   complete: bool = True) -> pd.DataFrame:
    """The decisions `hand` makes on the informant `turns`, beside the last run's `machine` codings
    (segment_id, code_id, source); see the module's note for what each means."""
    given = {(str(s), str(c)): str(source)
             for s, c, source in zip(machine["segment_id"], machine["code_id"], machine["source"])}
    labels = dict(zip(machine["code_id"].astype(str), machine["code"].astype(str)))
    rows = []
    for segment_id, code_id, label in zip(hand.codings["segment_id"], hand.codings["code_id"], hand.codings["code"]):
        source = given.get((segment_id, code_id), "")
        rows.append([segment_id, label, code_id, "accept" if source else "add", source])
    if complete:
        coded = set(zip(hand.codings["segment_id"], hand.codings["code_id"]))
        hand_turns = set(hand.codings["segment_id"])
        judged = informant_segments(turns)
        judged = judged[judged["document"].astype(str).isin(hand.documents)]
        for segment_id in judged["segment_id"].astype(str):
            left = [(code_id, source) for (turn, code_id), source in given.items()
                    if turn == segment_id and (turn, code_id) not in coded]
            rows.extend([segment_id, labels.get(code_id, code_id), code_id, "reject", source] for code_id, source in left)
            if segment_id not in hand_turns and not left and not any(turn == segment_id for turn, _ in given):
                rows.append([segment_id, "", "", NOTHING_TO_CODE, ""])
    return pd.DataFrame(rows, columns=DECISION_COLUMNS)


def import_hand_coding(batch_dir: str | Path, outputs_dir: str | Path, source: str | Path, grader: str, *,
                       complete: bool = True) -> ImportResult:
    """Read `source`'s hand coding against the batch's last run and append it to reviews.csv as `grader`'s."""
    batch_dir = Path(batch_dir)
    grader = " ".join(str(grader).split())
    if not grader:
        raise InputError.at(source, "say whose hand coding this is: --grader with the coder's initials")
    outputs = batch_outputs(Path(outputs_dir), batch_dir.name)
    machine = read_output(outputs / "codings.csv")
    machine = machine[machine["source"].astype(str) != "review"]
    codebook = load_recorded_codebook(outputs, batch_dir)
    turns = read_batch(batch_dir).segments   # the transcripts' own words: quotes and selections hold names too
    hand = read_hand_coding(source, turns, codebook)
    decisions = hand_decisions(hand, turns, machine, complete=complete)
    reviews = read_reviews(batch_dir)
    standing = decisions_in_force(reviews, codebook) if not reviews.empty else reviews.assign(code_id=[])
    decided = set(zip(standing["segment_id"].astype(str), standing["code_id"].fillna("").astype(str)))
    decided_turns = set(standing["segment_id"].astype(str))
    fresh = [not ((s, c) in decided or (d == NOTHING_TO_CODE and s in decided_turns))
             for s, c, d in zip(decisions["segment_id"], decisions["code_id"], decisions["decision"])]
    new = decisions[fresh]
    shown_turns = read_output(outputs / "segments.csv")
    unseen = sorted(set(turns.loc[~turns["segment_id"].isin(shown_turns["segment_id"]), "document"].astype(str))
                    & set(new["segment_id"].map(dict(zip(turns["segment_id"], turns["document"].astype(str))))))
    if unseen:
        raise InputError.at(outputs / "segments.csv", f"the last run did not read {', '.join(unseen)} as it reads "
                                                      "now: run analyze on the batch first, then import")
    append_reviews(batch_dir, _review_rows(new, shown_turns, grader, Redactor.for_batch(batch_dir), Path(source).name))
    counts = new["decision"].value_counts()
    return ImportResult({name: int(counts.get(name, 0)) for name in ("accept", "add", "reject", NOTHING_TO_CODE)},
                        len(decisions) - len(new), sorted(hand.documents), hand.notes)


def _review_rows(decisions: pd.DataFrame, shown_turns: pd.DataFrame, grader: str, redactor: Redactor,
                 source_name: str) -> list[dict[str, str]]:
    """reviews.csv rows, each with its turn's anchor as the notebook writes it, from the run's
    segments.csv (so a lost segment-id key does not lose them)."""
    if decisions.empty:
        return []
    anchors = turn_anchors(shown_turns, redactor)
    stamp = now_timestamp()
    rows = []
    for row in decisions.itertuples():
        anchor = anchors.loc[row.segment_id]
        written = {"segment_id": row.segment_id, "code": row.code, "decision": row.decision, "reviewer": grader,
                   "timestamp": stamp, "note": f"hand coding imported from {source_name}",
                   TURN_COLUMN: str(anchor[TURN_COLUMN]), TEXT_HASH_COLUMN: anchor[TEXT_HASH_COLUMN],
                   QUOTE_COLUMN: anchor[QUOTE_COLUMN]}
        if row.code_id:
            written[CODE_ID_COLUMN] = row.code_id
        if row.coding_source:
            written[CODING_SOURCE_COLUMN] = row.coding_source
        rows.append(written)
    return rows
