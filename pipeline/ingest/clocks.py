"""A time in a recording as a transcript writes it ("0:03", "1:02:03.5", InqScribe's frames) and as
segments.csv gives it (its own module: the subtitle reader and the HTML reader both write it, and
the HTML reader is read by the decoder the subtitle reader uses; every timed export's reader reads it)."""

from __future__ import annotations

import re
from collections.abc import Callable


def clock(milliseconds: int) -> str:
    """HH:MM:SS.mmm, as segments.csv gives the times of a turn."""
    seconds, millis = divmod(int(milliseconds), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def milliseconds(time: str) -> int:
    """"0:03" (m:ss), "1:02:03" (h:mm:ss), with an optional fraction, as milliseconds."""
    whole, _, fraction = time.replace(",", ".").partition(".")
    seconds = 0
    for part in whole.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds * 1000 + (int(fraction.ljust(3, "0")[:3]) if fraction else 0)


# InqScribe writes [hh:mm:ss.ff], ff the frame of the second (0-29 at its 30 frames a second), not hundredths
FRAME_TIME = re.compile(r"\d{1,2}:\d{2}:\d{2}[.,](\d{2})")
FRAMES_PER_SECOND = 30
FRAME_EVIDENCE = 5   # fractions all under 30 in five hundredths happen once in 400 files


def time_reader(times: list[str]) -> Callable[[str], int]:
    """How to read a file's times: as frames when every time has its hours and a two-digit fraction and
    at least FRAME_EVIDENCE fractions, none of them 30 or more, say it counts frames (InqScribe's
    [00:01:02.15] is 62.5 s, not 62.15 s); else as `milliseconds`. One fraction of 30 or more is a
    hundredth's: that file is read in hundredths throughout."""
    fractions = [FRAME_TIME.fullmatch(time) for time in times if time]
    if len(fractions) < FRAME_EVIDENCE or not all(fractions) or any(int(found[1]) >= FRAMES_PER_SECOND for found in fractions):
        return milliseconds

    def frames(time: str) -> int:
        found = FRAME_TIME.fullmatch(time)
        if found is None:
            return milliseconds(time)
        return milliseconds(time[:found.start(1) - 1]) + round(int(found[1]) * 1000 / FRAMES_PER_SECOND)
    return frames


def recording_clock(time: str) -> str:
    """A time as a transcript writes it ("0:03", "0:00:08.2") as segments.csv gives it
    (HH:MM:SS.mmm); "" stays ""."""
    return clock(milliseconds(time)) if time else ""
