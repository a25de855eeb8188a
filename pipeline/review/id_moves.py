"""Decisions and translation corrections moved to their turn's new segment id.

A turn's id changes without its words changing in two cases: the batch's first run with a segment-id
key (ingest/segment_key.py; the older ids were hashed from the redacted text), and a name newly
masked in its file's name (the id's visible stem). The first is recognised by the older id each turn
would have had, the second by the id's hash part, which a keyed id shares with its turn whatever the
stem. A third case changes the words of no id's stem but every hash: the batch's key was lost (a
folder copied without its hidden files) and the run made a new one; a file whose ids all name no turn
then has its rows' turns found again by their anchors (review/turn_anchors.py), kept in the rows or
read from the last run's segments.csv. The rows are moved in the run's copy at once and in the files
only after the run's outputs are written, each file's version before kept as `NAME.ids-<time>.bak`: a
failed run moves nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.ingest.segment_table import id_suffix
from pipeline.review.store import REVIEWS_FILE, locked, read_review_file, write_review_file
from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE, TRANSLATION_COLUMNS, TRANSLATIONS_FILE
from pipeline.review.turn_anchors import TURN_COLUMN, id_stem, refound_turns, stored_anchors
from pipeline.schema import REVIEW_COLUMNS

MOVED_FILES = {REVIEWS_FILE: REVIEW_COLUMNS, TRANSLATIONS_FILE: TRANSLATION_COLUMNS,
               ENGLISH_TRANSLATIONS_FILE: TRANSLATION_COLUMNS}
"""The batch's files keyed by segment id, with the columns each must have."""


@dataclass(frozen=True)
class NewKey:
    """What a run that made the batch's key knows of the turns' earlier ids: each turn's older
    (unkeyed) id in segments order, and the turns' anchors now (`turn_anchors`, with a `document`
    column) and in the last run's segments.csv (empty without one), for a key that was lost."""

    older_ids: Callable[[], list[str]]
    anchors: Callable[[], pd.DataFrame]
    earlier_anchors: Callable[[], pd.DataFrame]


@dataclass
class IdMoves:
    new_ids: dict[str, str] = field(default_factory=dict)   # old id -> the id its turn has now
    rows: dict[str, int] = field(default_factory=dict)      # per file: rows that name an old id
    lost_key: set[str] = field(default_factory=set)   # the files whose ids a lost key left naming no turn
    unfound: dict[str, list[str]] = field(default_factory=dict)   # per such file: turns not found again
    stamp: str = field(default_factory=lambda: time.strftime("%Y%m%dT%H%M%S"))   # names the copies kept

    def moved(self, frame: pd.DataFrame) -> pd.DataFrame:
        """`frame` (reviews or corrections) with its old ids replaced."""
        if not self.new_ids or frame.empty:
            return frame
        return frame.assign(segment_id=[self.new_ids.get(value, value) for value in frame["segment_id"]])

    def persist(self, batch_dir: str | Path) -> None:
        """Rewrite each file that names an old id, under the review lock (a grader's click since the
        run started is kept), after a copy of it as it was."""
        for name in self.rows:
            path = Path(batch_dir) / name
            with locked(batch_dir):
                path.with_name(self.backup_name(name)).write_bytes(path.read_bytes())
                write_review_file(path, self.moved(read_review_file(path, MOVED_FILES[name])), MOVED_FILES[name])

    def backup_name(self, name: str) -> str:
        return f"{name}.ids-{self.stamp}.bak"

    def report(self) -> dict[str, dict[str, int | str | list[str]]]:
        """Per file: the rows moved and the copy kept of it, and after a lost key the turns not
        found again (run.json; the run summary says so)."""
        report: dict[str, dict[str, int | str | list[str]]] = {
            name: {"rows": count, "backup": self.backup_name(name)} for name, count in self.rows.items()}
        for name in self.lost_key:
            report.setdefault(name, {"rows": 0, "backup": ""}).update(lost_key=True, unfound=self.unfound.get(name, []))
        return report


def id_moves(batch_dir: str | Path, segment_ids: Iterable[str], keyed: bool, new_key: NewKey | None = None) -> IdMoves:
    """Where the ids in the batch's review files that name no turn now went.

    `new_key` (the run made the batch's key) gives each turn's older id, in the order of
    `segment_ids`, and the anchors that find a turn after a lost key; with `keyed` ids an id also
    moves when exactly one turn's id ends in its hash part (an older id's hash names no document:
    the same words elsewhere share it).
    """
    current = list(segment_ids)
    known = set(current)
    files = {name: read_review_file(Path(batch_dir) / name, MOVED_FILES[name])
             for name in MOVED_FILES if (Path(batch_dir) / name).exists()}
    named = {name: rows["segment_id"] for name, rows in files.items()}
    unknown = {value for ids in named.values() for value in ids if value not in known}
    moves = IdMoves()
    if not unknown:
        return moves
    older = dict(zip(new_key.older_ids(), current)) if new_key is not None else {}
    by_suffix: dict[str, list[str]] = {}
    for value in current if keyed else ():
        by_suffix.setdefault(id_suffix(value), []).append(value)
    for value in unknown:
        same_hash = by_suffix.get(id_suffix(value), [])
        target = older.get(value) or (same_hash[0] if len(same_hash) == 1 else None)
        if target is not None:
            moves.new_ids[value] = target
    lost = {name: rows for name, rows in files.items()
            if not rows.empty and not any(value in known or value in moves.new_ids for value in rows["segment_id"])}
    if new_key is not None and lost:
        _refind_after_lost_key(moves, lost, new_key)
    for name, ids in named.items():
        count = sum(value in moves.new_ids for value in ids)
        if count:
            moves.rows[name] = count
    return moves


def _refind_after_lost_key(moves: IdMoves, lost: dict[str, pd.DataFrame], new_key: NewKey) -> None:
    """Move the rows of the files whose ids all name no turn to the turns their anchors find, and
    name, per file, the turns (file, turn) found nowhere."""
    anchors = {}
    earlier = new_key.earlier_anchors()
    for rows in lost.values():
        for value in rows["segment_id"]:
            if value in earlier.index:
                anchors[value] = (int(earlier.at[value, TURN_COLUMN]), str(earlier.at[value, "text_hash"]))
        anchors.update(stored_anchors(rows))
    now = new_key.anchors()
    moves.lost_key.update(lost)
    moves.new_ids.update(refound_turns(anchors, now))
    documents = dict(zip(now["stem"], now["document"]))
    for name, rows in lost.items():
        missing = []
        for value in dict.fromkeys(rows["segment_id"]):
            if value not in moves.new_ids:
                turn = anchors.get(value, (None, ""))[0]
                place = documents.get(id_stem(value), id_stem(value))
                missing.append(f"{place}, turn {turn}" if turn is not None else f"{place} ({value}: no turn kept)")
        if missing:
            moves.unfound[name] = missing
