"""The times f4transkript and f5 write at the end of each paragraph, as the turns' times.

f4/f5 insert the player's time where a paragraph ends, "#00:01:23-4#" (tenths after the hyphen;
Subtitle Edit's F4Text format; QualCoder's "#00:01:23.400#" is read alike), so in a typed transcript
from them each turn's mark is where it ends and the mark of the turn before is where it starts (the
first turn's start is not written).
Quotes leave the marks out (`aggregate/quotations.py`); here they give `time_start` and `time_end`,
so `--timestamps` and the REFI-QDA project's [hh:mm:ss] marks have them.
"""

from __future__ import annotations

import re

from pipeline.ingest.turns import HASH_TIME, RawSegment

END_MARK = re.compile(rf"{HASH_TIME}\s*$")


def end_mark_times(text: str, raws: list[RawSegment]) -> list[tuple[str, str]] | None:
    """Each turn's (start, end) as "00:01:23.4" from the marks its turn and the one before end with
    ("" where there is none); None when no turn ends with such a mark."""
    ends = []
    for raw in raws:
        mark = END_MARK.search(text, raw.start, raw.end)
        ends.append(f"{mark['clock']}.{mark['fraction']}" if mark and mark["fraction"] else mark["clock"] if mark else "")
    if not any(ends):
        return None
    return [(ends[index - 1] if index else "", end) for index, end in enumerate(ends)]
