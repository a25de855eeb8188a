"""Overlapping speech as noScribe marks it inside another speaker's turn.

With its "Overlapping speech" option (on by default for .html and .txt), noScribe writes a second
voice's words into the turn they interrupt: " //S00: Oh begitu." where the other speaker starts, "//"
where the turn's own speaker takes over again (or at the paragraph's end), and a further
" //S02: ..." for a third voice (noScribe/main.py). Left in, the interviewer's "//S00: Oh begitu.//"
was quoted and coded as the informant's words. Here each such passage becomes a turn of its own
speaker, in its place: the turn before it, the passage, then the rest of the interrupted turn. The
pieces have no times of their own: the first keeps the turn's start, the last its end.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pipeline.ingest.subtitles import Cue
from pipeline.ingest.turns import NOSCRIBE_LABEL
from pipeline.wording import plural_form, quantity

# "//S01:" opens a passage of speaker S01 (noScribe's labels: "S" and pyannote's number); "//" closes it
MARK = re.compile(rf"(//{NOSCRIBE_LABEL}:|//)")


def _pieces(cue: Cue) -> list[tuple[str, str]]:
    """(speaker, words) of each stretch of the cue's text, in order, without empty ones."""
    pieces, speaker = [], cue.voice
    for part in MARK.split(cue.text):
        if part == "//":
            speaker = cue.voice
        elif MARK.fullmatch(part):
            speaker = part[2:-1]
        elif part.strip():
            pieces.append((speaker, " ".join(part.split())))
    return pieces


def split_overlaps(cues: list[Cue], path: Path, warnings: list[str]) -> list[Cue]:
    """The cues with each overlapping-speech passage inside a speaker's cue as a cue of its own."""
    result, passages = [], 0
    for cue in cues:
        if cue.title or not cue.voice or "//S" not in cue.text:
            result.append(cue)
            continue
        pieces = _pieces(cue)
        passages += sum(1 for speaker, _ in pieces if speaker != cue.voice)
        for index, (speaker, words) in enumerate(pieces):
            result.append(dataclasses.replace(cue, voice=speaker, text=words,
                                              open_start=cue.open_start or index > 0,
                                              open_end=cue.open_end or index < len(pieces) - 1))
    if passages:
        warnings.append(f"{path}: {quantity(passages, 'passage')} of overlapping speech "
                        f"(noScribe's '//S01: ...//' inside another speaker's turn) "
                        f"{plural_form(passages, 'is', 'are')} read as turns of their own speakers, in place")
    return result
