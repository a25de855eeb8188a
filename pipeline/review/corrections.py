"""The translations a run puts in place of the glosser's: the transcriber's own (an ELAN file's
translation tier, schema.OWN_TRANSLATION), then the graders' corrections over them (translations.csv,
or the English ones of translations_en.csv), read after their ids moved (review/id_moves.py) and
with any name a grader typed masked."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.ingest import Batch
from pipeline.review.id_moves import IdMoves
from pipeline.schema import OWN_TRANSLATION
from pipeline.review.translations import TRANSLATIONS_FILE, TranslationOutcome, apply_translations, read_translations


def corrected_translations(segments: pd.DataFrame, batch: Batch, batch_dir: Path, redact: bool,
                           warnings: list[str], summaries: dict[str, dict[str, int]], moves: IdMoves,
                           file_name: str = TRANSLATIONS_FILE,
                           column: str = "translation") -> tuple[pd.DataFrame, TranslationOutcome]:
    """The graders' translations (translations.csv) in place of the glosser's, or their English
    ones (translations_en.csv, an English run, after the model: only the appendix reads them) in
    `translation_en`; orphans reported, and how many are in force put in `summaries[file_name]`."""
    corrections = moves.moved(read_translations(batch_dir, file_name))
    if redact:  # a grader may have typed a name into a correction
        corrections = batch.redactor.redact_frame(corrections, columns=["translation", "note"])
    segments, outcome = apply_translations(segments, corrections, batch.redactor, column)
    warnings.extend(outcome.messages(batch_dir / file_name))
    if outcome.in_force:
        summaries[file_name] = outcome.summary()
    return segments, outcome


def transcribed_translations(segments: pd.DataFrame) -> pd.DataFrame:
    """The transcriber's own translation of a turn in place of the glosser's: it was made listening
    to the recording (the coding, done before, reads the glosser's; a grader's correction still wins)."""
    if OWN_TRANSLATION not in segments.columns:
        return segments
    own = segments[OWN_TRANSLATION].fillna("").astype(str)
    if not own.str.strip().any():
        return segments
    return segments.assign(translation=own.where(own.str.strip() != "", segments["translation"]))
