"""An interview's date as researchers write it in front matter, a sidecar or a Word table of facts.

The run reads `date:` as YYYY-MM-DD. Indonesian forms wrote nothing wrong to the eye and were kept
as text: "12-11-2026" (day first, as Indonesia writes it) was silently no date, so saturation put
the interview last and its warning said the file gave none. A date with its month named
("12 Oktober 2026", "Senin, 12 Oktober 2026", "October 12, 2026") is one day whatever the
country, and is read as it; a date of numbers alone is day-first here and month-first in the
United States, so nothing is guessed: the run stops and names the file, the line and the
date to write.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.ingest.timed_text import title_date

NUMERIC = re.compile(r"^(?P<first>\d{1,2})[-/.](?P<second>\d{1,2})[-/.](?P<year>\d{4})$")
NAMED_MONTH_WORDS = 4   # "Senin, 12 Oktober 2026": a weekday, the day, the month, the year


def read_date(value: str) -> tuple[str | None, str | None]:
    """(the date as YYYY-MM-DD, None) for a written date the run can read, (None, what to write
    instead) for one of numbers alone in another order, (None, None) for any other text."""
    text = value.strip()
    if (numbers := NUMERIC.match(text)) is not None:
        return None, _numeric_fix(int(numbers["first"]), int(numbers["second"]), int(numbers["year"]), text)
    if len(text.split()) <= NAMED_MONTH_WORDS and (found := title_date(text)) is not None:
        return found, None
    return None, None


def _numeric_fix(first: int, second: int, year: int, text: str) -> str:
    """What to say of a date of numbers alone ("12-11-2026")."""
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append((day, month, date(year, month, day).isoformat()))
        except ValueError:
            continue
    if not readings:
        return f"'{text}' is no day of the calendar: write the date as YYYY-MM-DD (2026-11-12)"
    day, month, iso = readings[0]
    if len(readings) == 1 or readings[0][2] == readings[1][2]:
        return f"'{text}' is not written as YYYY-MM-DD: write {iso}"
    return (f"'{text}' is not written as YYYY-MM-DD: write {iso} if {day} is the day and {month} the month "
            f"(else {readings[1][2]})")
