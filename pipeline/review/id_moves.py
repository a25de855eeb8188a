"""Decisions and translation corrections moved to their turn's new segment id.

A turn's id changes without its words changing in two cases: the batch's first run with a segment-id
key (ingest/segment_key.py; the older ids were hashed from the redacted text), and a name newly
masked in its file's name (the id's visible stem). The first is recognised by the older id each turn
would have had, the second by the id's hash part, which a keyed id shares with its turn whatever the
stem. Two more cases change ids with no old id to go by: the batch's key was lost (a folder copied
without its hidden files) and the run made a new one, which changes every hash; or the reader of a
file now splits or reads it differently (an upgrade that takes a recorder's time out of the turn
before it), or a grader's edit added words to a turn. Every id still unknown then has its turn found
again by its anchor (review/turn_anchors.py: the same text in the same file, or in the one new file
that holds it when its file is gone, renamed; else the one turn its quote is in), kept in the rows or read from the last run's segments.csv. The rows are moved in the run's copy at once and in the files
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
from pipeline.privacy.redactor import Redactor
from pipeline.records.run_record import renamed_files
from pipeline.review.store import REVIEWS_FILE, locked, read_review_file, write_review_file
from pipeline.review.translations import ENGLISH_TRANSLATIONS_FILE, TRANSLATION_COLUMNS, TRANSLATIONS_FILE, shown_text
from pipeline.review.turn_anchors import (QUOTE_COLUMN, TEXT_HASH_COLUMN, TURN_COLUMN, id_stem, quoted_turns,
                                          refound_turns, stored_anchors, stored_quotes)
from pipeline.schema import REVIEW_COLUMNS

MOVED_FILES = {REVIEWS_FILE: REVIEW_COLUMNS, TRANSLATIONS_FILE: TRANSLATION_COLUMNS,
               ENGLISH_TRANSLATIONS_FILE: TRANSLATION_COLUMNS}
"""The batch's files keyed by segment id, with the columns each must have."""


@dataclass(frozen=True)
class KnownTurns:
    """The turns a row naming an unknown id may be found among: the turns' anchors now
    (`turn_anchors`, with a `document` column) and in the last run's segments.csv (empty without
    one), and the batch's redactor, which masks a kept quote as the turns are masked. The anchors
    are computed only when some id names no turn."""

    anchors: Callable[[], pd.DataFrame]
    earlier_anchors: Callable[[], pd.DataFrame]
    redactor: Redactor | None = None
    same_bytes: Callable[[], dict[str, str]] = dict   # old stem -> new stem of files renamed byte for byte


@dataclass
class IdMoves:
    new_ids: dict[str, str] = field(default_factory=dict)   # old id -> the id its turn has now
    rows: dict[str, int] = field(default_factory=dict)      # per file: rows that name an old id
    refound: set[str] = field(default_factory=set)    # the old ids found again by their turn's text or quote
    refound_rows: dict[str, int] = field(default_factory=dict)   # per file: rows naming one of those
    lost_key: set[str] = field(default_factory=set)   # the files whose ids a lost key left naming no turn
    unfound: dict[str, list[str]] = field(default_factory=dict)   # per file: turns not found again
    renamed: dict[str, str] = field(default_factory=dict)   # old id found in a renamed file -> "OLD -> NEW.md"
    renamed_rows: dict[str, dict[str, int]] = field(default_factory=dict)   # per file: "OLD -> NEW.md" -> rows
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
        """Per file: the rows moved, of which `refound` by their turn's text or quote, the copy kept
        of it, whether a lost key changed every id, and the turns not found again (run.json; the run
        summary says so)."""
        report: dict[str, dict[str, int | str | list[str]]] = {
            name: {"rows": count, "backup": self.backup_name(name), "refound": self.refound_rows.get(name, 0),
                   "unfound": self.unfound.get(name, [])} for name, count in self.rows.items()}
        for name, rows in self.renamed_rows.items():
            report[name]["renamed"] = rows
        for name in [*self.lost_key, *self.unfound]:
            report.setdefault(name, {"rows": 0, "backup": "", "refound": 0, "unfound": self.unfound.get(name, [])})
        for name in self.lost_key:
            report[name]["lost_key"] = True
        return report


def id_moves(batch_dir: str | Path, segment_ids: Iterable[str], keyed: bool, turns: KnownTurns | None = None,
             older_ids: Callable[[], list[str]] | None = None) -> IdMoves:
    """Where the ids in the batch's review files that name no turn now went.

    `older_ids` (the run made the batch's key) gives each turn's older id, in the order of
    `segment_ids`; with `keyed` ids an id also moves when exactly one turn's id ends in its hash
    part (an older id's hash names no document: the same words elsewhere share it). Any id still
    unknown is looked for among `turns` by its anchor (`_refind`).
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
    older = dict(zip(older_ids(), current)) if older_ids is not None else {}
    by_suffix: dict[str, list[str]] = {}
    for value in current if keyed else ():
        by_suffix.setdefault(id_suffix(value), []).append(value)
    for value in unknown:
        same_hash = by_suffix.get(id_suffix(value), [])
        target = older.get(value) or (same_hash[0] if len(same_hash) == 1 else None)
        if target is not None:
            moves.new_ids[value] = target
    if older_ids is not None:
        moves.lost_key.update(name for name, rows in files.items() if not rows.empty and not any(
            value in known or value in moves.new_ids for value in rows["segment_id"]))
    if turns is not None and unknown - set(moves.new_ids):
        _refind(moves, {name: rows[~rows["segment_id"].isin(known)] for name, rows in files.items()}, turns)
    for name, ids in named.items():
        count = sum(value in moves.new_ids for value in ids)
        if count:
            moves.rows[name] = count
        refound = sum(value in moves.refound for value in ids)
        if refound:
            moves.refound_rows[name] = refound
        renamed = [moves.renamed[value] for value in ids if value in moves.renamed]
        if renamed:
            moves.renamed_rows[name] = {pair: renamed.count(pair) for pair in dict.fromkeys(renamed)}
    return moves


def _refind(moves: IdMoves, rows_of: dict[str, pd.DataFrame], turns: KnownTurns) -> None:
    """Move the rows whose ids are still unknown to the turns their anchors find (the rows' own, else
    the last run's segments.csv): the turn of the same file with the same text, else the one its
    quote is in; name, per file, those found nowhere (file and the quote's first words, else turn)."""
    earlier = turns.earlier_anchors()
    anchors: dict[str, tuple[int | None, str]] = {}
    quotes: dict[str, str] = {}
    for rows in rows_of.values():
        for value in rows["segment_id"]:
            if value in earlier.index and value not in moves.new_ids:
                anchors[value] = (int(earlier.at[value, TURN_COLUMN]), str(earlier.at[value, TEXT_HASH_COLUMN]))
                quotes[value] = str(earlier.at[value, QUOTE_COLUMN])
        anchors.update({value: anchor for value, anchor in stored_anchors(rows).items() if value not in moves.new_ids})
        quotes.update({value: quote for value, quote in stored_quotes(rows).items() if value not in moves.new_ids})
    now = turns.anchors()
    found = refound_turns(anchors, now, frozenset(earlier["stem"]) if "stem" in earlier.columns else frozenset(),
                          turns.same_bytes())
    found.update(quoted_turns({value: quote for value, quote in quotes.items() if value not in found}, now,
                              turns.redactor))
    moves.new_ids.update(found)
    moves.refound.update(found)
    documents = dict(zip(now["stem"], now["document"]))
    moves.renamed.update({old: f"{id_stem(old)} -> {documents.get(id_stem(new), id_stem(new))}"
                          for old, new in found.items() if id_stem(old) != id_stem(new)})
    for name, rows in rows_of.items():
        missing = []
        for value in dict.fromkeys(rows["segment_id"]):
            if value in moves.new_ids:
                continue
            if value not in anchors and value not in quotes and name not in moves.lost_key:
                continue   # an orphan with nothing to look for it by: the run's warnings name it
            place = documents.get(id_stem(value), id_stem(value))
            turn = anchors.get(value, (None, ""))[0]
            if quotes.get(value, "").strip():
                missing.append(f"{place} '{_first_words(shown_text(quotes[value], turns.redactor))}'")
            else:
                missing.append(f"{place}, turn {turn}" if turn is not None else f"{place} ({value}: no turn kept)")
        if missing:
            moves.unfound[name] = missing


def _first_words(quote: str, count: int = 6) -> str:
    words = quote.split()
    return " ".join(words[:count]) + (" ..." if len(words) > count else "")


def renamed_stems(previous_inputs: list[dict], digests: dict[str, str], earlier: pd.DataFrame,
                  segments: pd.DataFrame) -> dict[str, str]:
    """Old id stem -> new id stem of each file the run record saw renamed byte for byte
    (`records.run_record.renamed_files`, the run summary's "renamed"), the old stem read from the last
    run's segments (`earlier`: segment_id, document) and the new one from this run's: the one reading
    of "renamed" that the summary and the decisions both go by."""
    if not previous_inputs or "document" not in earlier.columns:
        return {}
    before = {str(entry.get("file")): entry for entry in previous_inputs}
    moves = renamed_files(before, {name: {"sha256": digest} for name, digest in digests.items()})
    old = dict(zip(earlier["document"], earlier["segment_id"].map(id_stem)))
    new = dict(zip(segments["document"], segments["segment_id"].map(id_stem)))
    return {old[name]: new[renamed] for name, renamed in moves.items() if name in old and renamed in new}
