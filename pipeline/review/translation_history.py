"""Translation corrections kept with the codebook, so a later batch's identical turn takes them.

A grader who corrected the translation of a turn in one batch would otherwise meet the glosser's
same wrong translation of the same words in the next batch coded with that codebook. Each run that
redacts writes the batch's corrections in force that apply to one of its turns to
`<codebook>.translations.csv`, beside `<codebook>.decisions.csv` (`history.history_path`: the same
folder, the same batch keys); a later batch gives a turn whose words are the same (as a redacted run
shows them, spacing and case ignored) the latest such translation, unless its own translations.csv
corrects that turn. A turn that holds the corrected words among others keeps the glosser's
translation: a correction translates a whole turn, and no part of it can be said to translate the
sentence (`python -m pipeline gloss suggest-lexicon` turns corrections into lexicon rows, which
reach every sentence). The file is plain CSV, like the decisions file: open it to see what carries
over, delete rows (or the file) to stop it; `--no-history` neither reads nor writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.ingest.batch_files import TRANSLATION_HISTORY_SUFFIX   # the batch reader passes these files over
from pipeline.privacy.redactor import Redactor
from pipeline.review.history import HISTORY_SUFFIX, history_path, other_batches
from pipeline.review.store import latest_decisions, read_review_file, write_review_file
from pipeline.review.translations import shown_text, text_hash

TRANSLATION_HISTORY_COLUMNS = ["batch", "words", "text", "translation", "reviewer", "timestamp"]
"""`words`: the key of a turn's words, `text_hash` of its redacted text case-folded."""


def translation_history_path(codebook_source: str | Path, batch_dir: str | Path | None = None) -> Path:
    """Beside the codebook's decisions file, wherever `history.history_path` keeps it."""
    decisions = history_path(codebook_source, batch_dir)
    return decisions.with_name(decisions.name[: -len(HISTORY_SUFFIX)] + TRANSLATION_HISTORY_SUFFIX)


def words_key(text: str, redactor: Redactor | None) -> str:
    """What makes two turns' words the same: their text as a redacted run shows it, spacing and
    case ignored."""
    return text_hash(shown_text(text, redactor).casefold())


def read_translation_history(path: Path) -> pd.DataFrame:
    """Every kept correction; a missing file is an empty history; a bad line is named."""
    return read_review_file(path, TRANSLATION_HISTORY_COLUMNS)


def earlier_translations(path: Path | None, key: str) -> pd.DataFrame:
    """The kept corrections of every batch but the one with `key`; none without a `path`
    (--no-history)."""
    if path is None:
        return pd.DataFrame(columns=TRANSLATION_HISTORY_COLUMNS)
    return other_batches(read_translation_history(path), key)


@dataclass(frozen=True)
class CarriedTranslations:
    """What earlier batches' corrections did to this batch: the turns they translated and how many
    batches they came from."""

    turns: int = 0
    batches: int = 0
    path: Path | None = None

    def summary(self) -> dict[str, int | str]:
        return {"turns": self.turns, "batches": self.batches, "file": str(self.path or "")}


def carry_translations(segments: pd.DataFrame, earlier: pd.DataFrame, own: set[str], redactor: Redactor | None,
                       path: Path | None = None) -> tuple[pd.DataFrame, CarriedTranslations]:
    """`segments` with each turn whose words an earlier batch corrected (`earlier`: other batches'
    rows) translated as corrected there, the latest correction of those words winning; the turns
    in `own` (ids this batch's own corrections translate) are left as they are."""
    if earlier.empty or segments.empty:
        return segments, CarriedTranslations(path=path)
    latest = latest_decisions(earlier, key=["words"])
    by_words = dict(zip(latest["words"], zip(latest["translation"], latest["batch"])))
    translations = segments["translation"].tolist()
    used: set[str] = set()
    for position, (segment_id, text) in enumerate(zip(segments["segment_id"], segments["text"].fillna(""))):
        found = by_words.get(words_key(text, redactor)) if segment_id not in own else None
        if found is not None:
            translations[position] = found[0]
            used.add(found[1])
    if not used:
        return segments, CarriedTranslations(path=path)
    carried = segments.assign(translation=translations)
    changed = int((carried["translation"] != segments["translation"]).sum())
    return carried, CarriedTranslations(turns=changed, batches=len(used), path=path)


def record_translations(path: Path, key: str, applied: dict[str, dict[str, str]], segments: pd.DataFrame,
                        redactor: Redactor | None) -> int:
    """Replace the rows of the batch with `key` (`history.batch_key`) with the corrections that
    translate its turns (`applied`: segment id -> its correction in force, `TranslationOutcome.turns`);
    returns how many were written for it. Nothing is written for a batch with none and no earlier rows."""
    texts = dict(zip(segments["segment_id"].astype(str), segments["text"].fillna("")))
    applied = {segment_id: row for segment_id, row in applied.items() if segment_id in texts}
    previous = read_translation_history(path)
    if not applied and not (previous["batch"] == key).any():
        return 0
    rows = pd.DataFrame([{"batch": key, "words": words_key(texts[segment_id], redactor),
                          "text": shown_text(texts[segment_id], redactor), "translation": row["translation"],
                          "reviewer": row["reviewer"], "timestamp": row["timestamp"]}
                         for segment_id, row in applied.items()], columns=TRANSLATION_HISTORY_COLUMNS)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_review_file(path, pd.concat([other_batches(previous, key), rows], ignore_index=True),
                      TRANSLATION_HISTORY_COLUMNS)
    return len(rows)
