"""Argument types of the command line that check a value's range when it is read, so a value
that cannot work stops the run at once with what to give, not with a traceback after the batch
has been read, glossed and coded."""

from __future__ import annotations

import argparse
from typing import Callable


def _number(kind: type, low: float, high: float | None, means: str, high_too: bool = False) -> Callable[[str], float]:
    """A reader of numbers from `low` up to `high` (`high` itself only when `high_too`)."""
    def read(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number: give {means}") from None
        if value < low or (high is not None and (value > high if high_too else value >= high)):
            raise argparse.ArgumentTypeError(f"{text} is out of range: give {means}")
        return value
    return read


INTERVIEWS = _number(int, 1, None, "a whole number of interviews, 1 or more")
QUOTES = _number(int, 0, None, "a whole number of quotations, 0 (all) or more")
SHARE = _number(float, 0, 1, "a fraction from 0 up to 1 (0.05: 5% new codes)")
PROBABILITY = _number(float, 0, 1, "a probability from 0 to 1 (0.5: suggestions at least as likely as not)", high_too=True)
