"""A transcriber's bracketed notes inside a quote ("[suara anak menangis]", "(tertawa)") in an
English report. The notes are the transcriber's Indonesian, not the informant's words: a note the
field's usual vocabulary names is printed in English ("[child crying]"); any other stays as typed
and the appendix's note says that bracketed words in a quote are the transcriber's, in Indonesian.
The Indonesian report prints them as typed."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pipeline.ingest.line_shapes import BRACKETED_NOTE

ENGLISH = "en"
QUOTED = ("text", "excerpt_text")   # a quote's words and the excerpt printed in their place (quotations.EXCERPT_OF)
# what Indonesian transcribers note in brackets, as English transcripts write it
NOTES_EN = {
    "tertawa": "laughs", "ketawa": "laughs", "tertawa kecil": "chuckles", "sambil tertawa": "laughing",
    "menangis": "cries", "sambil menangis": "crying", "batuk": "coughs", "menghela napas": "sighs",
    "menghela nafas": "sighs", "tarik napas": "breathes in", "berbisik": "whispers", "diam": "silence",
    "hening": "silence", "jeda": "pause", "jeda panjang": "long pause", "tidak jelas": "inaudible",
    "suara tidak jelas": "inaudible", "tidak terdengar": "inaudible", "kurang jelas": "unclear",
    "mengangguk": "nods", "menggeleng": "shakes head", "menunjuk": "points",
    "suara anak menangis": "child crying", "anak menangis": "child crying", "suara bayi menangis": "baby crying",
    "bayi menangis": "baby crying", "suara motor": "motorbike noise", "suara kendaraan": "traffic noise",
    "suara hujan": "rain", "suara anjing": "dog barking", "suara ayam": "chickens",
    "telepon berdering": "phone ringing", "hp berbunyi": "phone ringing", "rekaman terputus": "recording cut off",
    "rekaman berhenti": "recording stopped", "interupsi": "interruption", "bahasa daerah": "in the local language",
}


def _key(note: str) -> str:
    return " ".join(note.casefold().replace("nafas", "napas").strip(" .\u2026").split())


def english_notes(text: str) -> str:
    """`text` with each bracketed note the vocabulary names in English, in the note's own brackets."""
    def named(match) -> str:
        english = NOTES_EN.get(_key(match[0][1:-1]))
        return f"{match[0][0]}{english}{match[0][-1]}" if english else match[0]
    return BRACKETED_NOTE.sub(named, text) if "[" in text or "(" in text else text


def shown_notes(quotations: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The quotations as the report prints their quotes: an English run's notes in English."""
    columns = [column for column in QUOTED if column in quotations]
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
    named = {*NOTES_EN, *NOTES_EN.values()}   # in Indonesian, or already in English
    return list(dict.fromkeys(note for note in found if note[1:2].islower() and _key(note[1:-1]) not in named))


def notes_note(quotations: pd.DataFrame, lang_labels: Mapping[str, str]) -> str | None:
    """The appendix's note on the notes left in Indonesian, or None (none left, or a report whose
    language is theirs: its wording has no such note)."""
    notes = kept_notes(quotations) if lang_labels.get("transcriber_notes") else []
    return lang_labels["transcriber_notes"].format(notes=", ".join(notes)) if notes else None
