"""A time in a recording as segments.csv gives it (its own module: the subtitle reader and the HTML
reader both write it, and the HTML reader is read by the decoder the subtitle reader uses)."""

from __future__ import annotations


def clock(milliseconds: int) -> str:
    """HH:MM:SS.mmm, as segments.csv gives the times of a turn."""
    seconds, millis = divmod(int(milliseconds), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"
