"""The batch's `translations.csv`: graders' corrections of the free translation, kept with the batch.

A correction names its segment and the SHA-256 of the segment's text as a redacted run shows it
(identifiers and redact.txt names masked, whether or not the grader's run redacted), so it follows
the text, not the line: it applies to the segment with that id (an id changes with the turn's words,
not with redact.txt: ingest/segment_table.py), or to whichever segment now has that exact text (the
transcript was re-ordered), and otherwise it is an orphan, kept in the file and reported, never deleted. The file
is an append-only history like reviews.csv (latest timestamp in force per segment and text),
written atomically with a backup. Corrections also feed `python -m pipeline gloss
suggest-lexicon BATCH`, which proposes lexicon entries from them.

`translations_en.csv` holds, the same way, the graders' English translations of quoted turns, which
an English run's appendix prints (the glosser translates into Indonesian only).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.privacy.redactor import Redactor
from pipeline.review.store import (latest_decisions, locked, now_timestamp, parse_timestamp, read_review_file,
                                   write_review_file)
from pipeline.wording import quantity

TRANSLATIONS_FILE = "translations.csv"
ENGLISH_TRANSLATIONS_FILE = "translations_en.csv"
TRANSLATION_COLUMNS = ["segment_id", "text_hash", "text", "translation", "reviewer", "timestamp", "note"]


def text_hash(text: str, redactor: Redactor | None = None) -> str:
    """The key a correction keeps: the segment's text as a redacted run shows it (identifiers and
    the names of redact.txt masked by `redactor`), spacing normalised, so a --no-redact run and a
    redacted run of the same batch find the same corrections."""
    return _digest(shown_text(text, redactor))


def shown_text(text: str, redactor: Redactor | None = None) -> str:
    """The segment's text with its spacing normalised and, given a redactor, identifiers masked."""
    text = " ".join(str(text).split())
    return redactor.redact(text) if redactor is not None else text


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_translations(batch_dir: str | Path, file_name: str = TRANSLATIONS_FILE) -> pd.DataFrame:
    """Every correction in file order; a missing file is an empty history; bad lines are reported."""
    return read_review_file(Path(batch_dir) / file_name, TRANSLATION_COLUMNS)


def add_correction(batch_dir: str | Path, segment_id: str, text: str, translation: str, reviewer: str,
                   note: str = "", timestamp: str | None = None, file_name: str = TRANSLATIONS_FILE) -> dict[str, str]:
    """Record a grader's translation of one segment (whose text is `text`) in `file_name` (the
    Indonesian corrections, or ENGLISH_TRANSLATIONS_FILE) and return the row."""
    for name, value in (("segment_id", segment_id), ("translation", translation), ("reviewer", reviewer)):
        if not str(value).strip():
            raise ValueError(f"{name} must not be empty")
    stamp = timestamp or now_timestamp()
    parse_timestamp(stamp)
    shown = shown_text(text, Redactor.for_batch(batch_dir))  # never a name in the file, whatever the run
    row = {"segment_id": segment_id.strip(), "text_hash": _digest(shown), "text": shown,
           "translation": " ".join(translation.split()), "reviewer": reviewer.strip(), "timestamp": stamp,
           "note": " ".join(note.split())}
    path = Path(batch_dir) / file_name
    with locked(batch_dir):
        history = read_translations(batch_dir, file_name)
        write_review_file(path, pd.concat([history, pd.DataFrame([row], dtype=object)], ignore_index=True),
                          TRANSLATION_COLUMNS)
    return row


@dataclass
class TranslationOutcome:
    applied: int = 0      # turns given a correction
    in_force: int = 0     # corrections in force (the latest per turn and text), orphans included
    turns: dict[str, dict[str, str]] = field(default_factory=dict)   # segment id -> the correction it took
    orphans: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TRANSLATION_COLUMNS))

    def summary(self) -> dict[str, int]:
        """What the run record keeps and the re-run summary prints."""
        return {"in_force": self.in_force, "turns": self.applied, "orphans": len(self.orphans)}

    def messages(self, corrections_file: str | Path = TRANSLATIONS_FILE) -> list[str]:
        if self.orphans.empty:
            return []
        ids = ", ".join(sorted(set(self.orphans["segment_id"])))
        kind = "English translation" if Path(corrections_file).name == ENGLISH_TRANSLATIONS_FILE else "translation correction"
        return [f"{corrections_file}: {quantity(len(self.orphans), kind)} whose text is no longer in the "
                f"batch (kept in the file, not applied): {ids}"]


def apply_translations(segments: pd.DataFrame, corrections: pd.DataFrame, redactor: Redactor | None = None,
                       column: str = "translation") -> tuple[pd.DataFrame, TranslationOutcome]:
    """`segments` with the corrections in force in `column` (the translation, or ENGLISH_TRANSLATION,
    added empty where none is given, if any is), and the orphans.

    `redactor` is the batch's (Redactor.for_batch): a segment's key is its text as a redacted run
    shows it, whether or not this run redacts. A correction keyed by the unmasked text (written
    before keys were masked) still finds its segment.
    """
    outcome = TranslationOutcome()
    if corrections.empty or segments.empty:   # no column added: an English run without any stays as it was
        return segments, outcome
    if column not in segments.columns:
        segments = segments.assign(**{column: ""})
    in_force = latest_decisions(corrections, key=["segment_id", "text_hash"])
    outcome.in_force = len(in_force)
    texts = segments["text"].fillna("").tolist()
    keys = [{text_hash(text, redactor), text_hash(text)} for text in texts]
    by_hash: dict[str, list[int]] = {}
    for position, digests in enumerate(keys):
        for digest in digests:
            by_hash.setdefault(digest, []).append(position)
    positions = {segment_id: position for position, segment_id in enumerate(segments["segment_id"])}
    translations = segments[column].tolist()
    orphans = []
    for row in in_force.to_dict("records"):
        if row["segment_id"] in positions:   # the id names the turn's words: a name masked since changes no id
            targets = [positions[row["segment_id"]]]
        else:
            targets = by_hash.get(row["text_hash"], [])
        if not targets:
            orphans.append(row)
        for position in targets:
            translations[position] = row["translation"]
            outcome.turns[segments["segment_id"].iat[position]] = row
        outcome.applied += len(targets)
    corrected = segments.copy()
    corrected[column] = translations
    if orphans:
        outcome.orphans = pd.DataFrame(orphans, columns=TRANSLATION_COLUMNS)
    return corrected, outcome
