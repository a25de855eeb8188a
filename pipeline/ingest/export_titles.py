"""An export's title block: the lines a tool writes above its first turn (a meeting's name, its date and
length, its attendees), kept as one note cue and read for the facts it gives.

Teams, Otter, Meet and Word tables each write such a block above the turns; every reader of a timed
export (timed_text.py, speaker_export.py, range_lines.py, table_cues.py) keeps it as a note, not a
turn (`title_note`), names the attendees it lists (masked as names are), takes the recording's
length as the last turn's end and the date as the session's when the file gives none (batch.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pipeline.ingest.subtitles import Cue
from pipeline.privacy.patterns import EMAIL_PATTERN   # an invitee without a Google name is listed by address
from pipeline.wording import plural_form

ATTENDEES = re.compile(r"^(?:attendees|participants|peserta|invited)\b\s*:?\s*(?P<names>.*)$", re.IGNORECASE)
LENGTH = re.compile(r"^(?:(\d{1,2})h\s*)?(?:(\d{1,3})m\s*)?(?:(\d{1,2})s)?$")   # "12m 40s": the recording's length
# dates as export titles write them: 2026-09-08, September 8, 2026, 8 September 2026, Sep 8 2026
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
TITLE_DATES = (re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<number>\d{2})-(?P<day>\d{2})(?!\d)"),
               re.compile(rf"\b{_MONTH} (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})\b"),
               re.compile(rf"\b(?P<day>\d{{1,2}}) {_MONTH} (?P<year>\d{{4}})\b"))
# months by their first three letters, in English and Indonesian (the languages Teams is set to here)
MONTHS = {name: number for number, names in enumerate(
    ("jan", "feb", "mar", "apr", "may mei", "jun", "jul", "aug agu", "sep", "oct okt", "nov", "dec des"), start=1)
    for name in names.split()}


def attendees(title: list[str]) -> tuple[str, ...]:
    """The people a title's list of attendees names ("Attendees" or "Peserta", then "Sari Wuisan,
    Marten Tuwo" on that line or the next; the Notes tab of Meet's Doc writes "Invited
    someone@example.org Sari Wuisan", an address standing between names)."""
    for index, line in enumerate(title):
        if (heading := ATTENDEES.match(line)) is not None:
            listed = heading["names"] or (title[index + 1] if index + 1 < len(title) else "")
            return tuple(name.strip() for name in EMAIL_PATTERN.sub(",", listed).split(",") if name.strip())
    return ()


def recording_length(title: list[str]) -> int | None:
    """The recording's length a title line gives ("12m 40s", "1h 2m 3s", as Teams writes it) in
    milliseconds, or None."""
    for line in title:
        if (match := LENGTH.match(line)) is not None and any(match.groups()):
            hours, minutes, seconds = (int(part or 0) for part in match.groups())
            return ((hours * 60 + minutes) * 60 + seconds) * 1000
    return None


def title_note(title: list[str], span: tuple[int, int], where: str, header: str, holds: str,
               warnings: list[str], open_times: bool = False) -> Cue:
    """The lines of an export above its first `header` (lines `span`, the first and the last) as
    one note cue, and the warning that says so."""
    said = plural_form(span[1] - span[0] + 1, "is", "are")
    warnings.append(f"{where}{_span(*span)} before the first {header} {said} the export's title ({holds}): "
                    "kept as a note, not a turn")
    return Cue("", " ".join(title), 0, 0, span[0], title=True, names=attendees(title),
               open_start=open_times, open_end=open_times)


def _span(first: int, last: int) -> str:
    return f"line {first}" if last == first else f"lines {first}-{last}"


def export_facts(cues: list[Cue], front_matter: dict[str, Any]) -> dict[str, Any]:
    """The file's own facts, with the date its title gives ("September 8, 2026, 2:03AM") when
    it names none (a sidecar's date still wins)."""
    if not cues or not cues[0].title or front_matter.get("date"):
        return front_matter
    date = title_date(cues[0].text)
    return {**front_matter, "date": date} if date else front_matter


# a date right after these words is someone's birth date, not the session's ("lahir 3 Mei 1975", "TTL: ...")
_BIRTH_BEFORE = re.compile(r"\b(?:lahir|kelahiran|ttl|born|birth)\b\W*(?:(?:di|pada|tanggal|tgl|on)\b\W*)?"
                           r"(?:[^\W\d]+(?:\s+[^\W\d]+)?,?\s*)?$", re.IGNORECASE)


def title_date(title: str) -> str | None:
    """The first date written in an export's title, as YYYY-MM-DD, or None; a birth date is no
    session date."""
    for pattern in TITLE_DATES:
        for match in pattern.finditer(title):
            if _BIRTH_BEFORE.search(title[max(0, match.start() - 40):match.start()]):
                continue
            found = match.groupdict()
            month = int(found["number"]) if found.get("number") else MONTHS.get(found["month"][:3].casefold())
            if month is None:   # "12 Meeting 2026"
                continue
            try:
                return date(int(found["year"]), month, int(found["day"])).isoformat()
            except ValueError:   # "February 30"
                continue
    return None
