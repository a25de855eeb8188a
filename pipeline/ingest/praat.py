"""A Praat TextGrid (.TextGrid, long or short text format, or binary) as the annotations of its
interval tiers, one tier per speaker, read with pympi-ling.

Praat saves text TextGrids as UTF-8, or as UTF-16 with a byte-order mark when a label holds a
character outside ASCII; an older file may be in a Windows code page. The bytes are decoded here
(decode.decode_bytes, which says which encoding it used) and handed to pympi as UTF-8. pympi
reports no line, so each interval's line is found here: its label is the next quoted string of the
file (both text formats write the strings in the same order: two for the file, two per tier, one
per interval or point). Empty intervals (Praat's silences between turns) are left out; a point
tier (TextTier) marks instants, not speech, and is left out with a warning.
"""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest.decode import EXPORT_EMPTY, decode_bytes
from pipeline.ingest.tiers import GENERIC_TIER, Annotation, tier_speaker
from pipeline.wording import plural_form

TEXTGRID_SUFFIX = ".textgrid"
BINARY_MARK = b"ooBinaryFile"
# a forced aligner's tiers below the words (Montreal Forced Aligner: "phones", "IBU-01 - phones"): sounds,
# not turns; its "IBU-01 - words" tier is IBU-01's words
SOUND_TIER = re.compile(r"phones?|phonemes?|syllables?|segments?|fonem", re.IGNORECASE)
ALIGNED_NAME = re.compile(r"(?P<speaker>.+?)\s+-\s+(?P<kind>\w+)")
STRING = re.compile(r'"(?:[^"]|"")*"')
NOT_TEXTGRID = ("is not a Praat TextGrid; save it again from Praat (Save as text file, or short text file)")


def _string_lines(text: str) -> list[int]:
    """The 1-based line on which each quoted string of a text TextGrid starts, in file order."""
    return [text.count("\n", 0, match.start()) + 1 for match in STRING.finditer(text)]


def textgrid_annotations(data: bytes, path: Path, warnings: list[str]) -> list[Annotation]:
    """Every labelled interval of the TextGrid's interval tiers, the tier's name its speaker."""
    from pympi.Praat import TextGrid   # imported here: batches without TextGrids do not load it

    if not data.strip():
        raise InputError.at(path, EXPORT_EMPTY)
    binary = data.startswith(BINARY_MARK)
    text = ""
    if not binary:
        text, encoding = decode_bytes(data, path)
        if encoding not in ("utf-8", "utf-8-sig", "utf-16"):
            warnings.append(f"{path}: read as {encoding}")
        header = text.lstrip()[:200]
        if 'ooTextFile' not in header or 'TextGrid' not in header:
            raise InputError.at(path, f"{NOT_TEXTGRID}: its first lines must be 'File type = \"ooTextFile\"' "
                                      "and 'Object class = \"TextGrid\"'", line=1)
    grid = TextGrid(xmax=0)   # an empty grid, filled by from_file
    try:
        grid.from_file(io.BytesIO(data if binary else text.encode("utf-8")), "utf-8")
    except (StopIteration, AttributeError, ValueError, struct.error, UnicodeDecodeError):
        raise InputError.at(path, f"{NOT_TEXTGRID}: it ends early or a tier's numbers are broken") from None
    lines = [] if binary else _string_lines(text)
    position = 2   # "ooTextFile", "TextGrid"
    annotations: list[Annotation] = []
    points, sounds = [], []
    for tier in grid.get_tiers():
        position += 2   # the tier's class and name
        line = lines[position - 2] if position - 2 < len(lines) else 0
        speaker, kind = _speaker_and_kind(tier.name)
        if tier.tier_type != "IntervalTier" or SOUND_TIER.fullmatch(kind):
            (points if tier.tier_type != "IntervalTier" else sounds).append(tier.name)
            position += len(tier.intervals)
            continue
        for start, end, label in tier.intervals:
            position += 1
            words = " ".join(label.split())
            if words:
                where = lines[position - 1] if position - 1 < len(lines) else line
                annotations.append(Annotation(tier.name, speaker, round(start * 1000),
                                              round(end * 1000), words, where))
    if points:
        warnings.append(f"{path}: {plural_form(len(points), 'point tier')} "
                        f"{', '.join(repr(name) for name in points)} left out: points mark instants, not turns")
    if sounds:
        warnings.append(f"{path}: {plural_form(len(sounds), 'tier')} {', '.join(repr(name) for name in sounds)} "
                        "left out: a forced aligner's sounds, not turns")
    return annotations


def _speaker_and_kind(name: str) -> tuple[str, str]:
    """Whose words a tier holds (tiers.tier_speaker: "" for a generic name, the words' own labels say)
    and what it holds ("phones" of "IBU-01 - phones", else the whole name)."""
    name = " ".join(name.split())
    aligned = ALIGNED_NAME.fullmatch(name)
    if aligned is not None and (SOUND_TIER.fullmatch(aligned["kind"]) or GENERIC_TIER.fullmatch(aligned["kind"])):
        return aligned["speaker"], aligned["kind"]
    return tier_speaker(name), name
