"""An interview's date as researchers write it in front matter, a sidecar or a Word table of facts.

The run reads `date:` as YYYY-MM-DD. Indonesian forms wrote nothing wrong to the eye and were kept
as text: "12-11-2026" (day first, as Indonesia writes it) was silently no date, so saturation put
the interview last and its warning said the file gave none. A date with its month named
("12 Oktober 2026", "Senin, 12 Oktober 2026", "October 12, 2026") is one day whatever the
country, and is read as it; a date of numbers alone is day-first here and month-first in the
United States, so nothing is guessed: the run stops and names the file, the line and the
date to write. A two-digit year ("12/11/26") is read as 20xx and stops the run the same way; a year
written first with / or . ("2026/11/12") is one day and is read; so is a named-month date with the time
after it ("12 Oktober 2026 jam 10"). Any other text under `date:` stops the run with the form to write,
since a date left as text orders no interview.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.ingest.export_titles import title_date

NUMERIC = re.compile(r"^(?P<first>\d{1,2})[-/.](?P<second>\d{1,2})[-/.](?P<year>\d{4}|\d{2})$")
YEAR_FIRST = re.compile(r"^(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})$")
# the time written after a date: "jam 10", "pukul 10.00 WITA", ", 10:30"
TIME_AFTER = re.compile(r"[ \t,]+(?:(?:jam|pukul|pkl\.?|at)[ \t]*)?\d{1,2}(?:[.:]\d{2}){0,2}(?:[ \t]*(?:wita|wib|wit|am|pm|pagi|siang|sore|malam))?"
                        r"\.?$", re.IGNORECASE)
NAMED_MONTH_WORDS = 4   # "Senin, 12 Oktober 2026": a weekday, the day, the month, the year
ISO_FORM = "write it as YYYY-MM-DD (year, month, day), or as the day, the month's name and the year"


def read_date(value: str) -> tuple[str | None, str | None]:
    """(the date as YYYY-MM-DD, None) for a written date the run can read, (None, what to write
    instead) for one of numbers alone in another order or any other text; (None, None) for none."""
    text = value.strip()
    if not text:
        return None, None
    day = TIME_AFTER.sub("", text) if re.search(r"\d{4}", text) else text
    if (numbers := NUMERIC.match(day)) is not None:
        year = int(numbers["year"]) + (2000 if len(numbers["year"]) == 2 else 0)
        return None, _numeric_fix(int(numbers["first"]), int(numbers["second"]), year, text)
    if (numbers := YEAR_FIRST.match(day)) is not None:
        try:
            return date(int(numbers["year"]), int(numbers["month"]), int(numbers["day"])).isoformat(), None
        except ValueError:
            return None, f"'{text}' is no day of the calendar: {ISO_FORM}"
    if len(day.split()) <= NAMED_MONTH_WORDS and (found := title_date(day)) is not None:
        return found, None
    return None, f"'{text}' is not a date the run can read, so it would order no interview: {ISO_FORM}"


def _numeric_fix(first: int, second: int, year: int, text: str) -> str:
    """What to say of a date of numbers alone ("12-11-2026")."""
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append((day, month, date(year, month, day).isoformat()))
        except ValueError:
            continue
    if not readings:
        return f"'{text}' is no day of the calendar, read day first or month first: {ISO_FORM}"
    day, month, iso = readings[0]
    if len(readings) == 1 or readings[0][2] == readings[1][2]:
        return f"'{text}' is not written as YYYY-MM-DD: write {iso}"
    return (f"'{text}' is not written as YYYY-MM-DD: write {iso} if {day} is the day and {month} the month "
            f"(else {readings[1][2]})")
