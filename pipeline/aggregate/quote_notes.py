"""A transcriber's bracketed notes inside a quote ("[suara anak menangis]", "(tertawa)") in an
English report. The notes are the transcriber's Indonesian, not the informant's words: a note the
field's usual vocabulary names is printed in English ("[child crying]"); any other stays as typed
and the appendix's note says that bracketed words in a quote are the transcriber's, in Indonesian.
The Indonesian report prints them as typed."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.ingest.line_shapes import BRACKETED_NOTE
from pipeline.records.shown_labels import ENGLISH, english_table

QUOTED = ("text", "excerpt_text")   # a quote's words and the excerpt printed in their place (quotations.EXCERPT_OF)
# and the translation printed under the quote: its notes are the quote's own ("(laughs)" above, "(tertawa)" below
# read as two notes), so an English report names them in English there too
TRANSLATED = ("translation", "excerpt_translation")
NOTES_FILE = Path(__file__).with_name("data") / "notes_en.tsv"


@cache
def notes_en() -> dict[str, str]:
    """A note as Indonesian transcribers write it (its key) -> as English transcripts write it."""
    return english_table(NOTES_FILE, "note", _key)


def _key(note: str) -> str:
    return " ".join(note.casefold().replace("nafas", "napas").strip(" .\u2026").split())


def english_notes(text: str) -> str:
    """`text` with each bracketed note the vocabulary names in English, in the note's own brackets."""
    def named(match) -> str:
        english = notes_en().get(_key(match[0][1:-1]))
        return f"{match[0][0]}{english}{match[0][-1]}" if english else match[0]
    return BRACKETED_NOTE.sub(named, text) if "[" in text or "(" in text else text


def shown_notes(quotations: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The quotations as the report prints their quotes and translations: an English run's notes in English."""
    columns = [column for column in (*QUOTED, *TRANSLATED) if column in quotations]
    if lang != ENGLISH or not columns:
        return quotations
    return quotations.assign(**{column: [english_notes(value) if isinstance(value, str) else value
                                         for value in quotations[column]] for column in columns})


def kept_notes(quotations: pd.DataFrame) -> list[str]:
    """The bracketed notes still in the quotes' words, in Indonesian (lower-case words: no redaction
    mark such as [NAMA], no time), in order of first appearance."""
    columns = [column for column in QUOTED if column in quotations]
    found = (match[0] for column in columns for value in quotations[column] if isinstance(value, str)
             for match in BRACKETED_NOTE.finditer(value))
    named = {*notes_en(), *map(_key, notes_en().values())}   # in Indonesian, or already in English
    return list(dict.fromkeys(note for note in found if note[1:2].islower() and _key(note[1:-1]) not in named))


def notes_note(quotations: pd.DataFrame, lang_labels: Mapping[str, str]) -> str | None:
    """The appendix's note on the notes left in Indonesian, or None (none left, or a report whose
    language is theirs: its wording has no such note)."""
    notes = kept_notes(quotations) if lang_labels.get("transcriber_notes") else []
    return lang_labels["transcriber_notes"].format(notes=", ".join(notes)) if notes else None
