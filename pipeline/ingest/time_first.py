"""Typed transcripts with a recording time before each turn's label, as oTranscribe leaves them.

oTranscribe (a free web app for transcribing interviews by hand) inserts the player's time where the
transcriber presses its key: "mm:ss" ("h:mm:ss" past an hour) in a <span class="timestamp"> followed
by a no-break space (src/js/app/timestamps.js). Its .txt and .md exports keep the time as text, so a
transcriber who stamps each turn has "00:12 P: words" lines; read as a typed transcript they had no
label at the start, and the whole interview became one informant's document, the questions
included. Here such a line is rewritten as Descript's "[00:12] P: words" (the time the turn's start,
`timed_text`), and a time with oTranscribe's no-break space inside a turn as the mark "[00:31]",
which quotes leave out. A file is read so only when at least MIN_HEADERS lines open so and one of
their labels is the interviewer's, so an agenda's "08:30 Pembukaan: ..." lines stay a document.
"""

from __future__ import annotations

import re

from pipeline.ingest.timed_text import MIN_HEADERS
from pipeline.ingest.turns import EMPHASIS, LABEL_LINE, SPACE, TIME, is_interviewer

# a Markdown export's bold or italic around the time
LEADING_TIME = re.compile(rf"^[ \t]*{EMPHASIS}?(?P<time>{TIME}){EMPHASIS}?{SPACE}+", re.MULTILINE)
# oTranscribe's own mark inside a turn: its time and the no-break space it inserts after it
LOOK_AHEAD = 2000   # characters where a stamped transcript's first stamped turn is (after its front matter)
INLINE_TIME = re.compile(rf"(?<![\d:.,])(?P<time>{TIME})\u00a0")


def stamped_as_timed(text: str) -> str | None:
    """`text` with each "00:12 LABEL: words" line as "[00:12] LABEL: words" and each inline
    "00:31\u00a0" as "[00:31] " (line count unchanged), or None when it is not such a transcript."""
    if not LEADING_TIME.search(text[:LOOK_AHEAD]):   # most files: no time opens a line near the top
        return None
    lines = text.split("\n")
    labels = []
    for index, line in enumerate(lines):
        if (time := LEADING_TIME.match(line)) is None:
            continue
        rest = line[time.end():]
        if (said := LABEL_LINE.match(rest)) is not None:
            lines[index] = f"[{time['time']}] {said['label']}: {rest[said.end():]}"   # "**P:**" as "P:"
            labels.append(said["label"])
    if len(labels) < MIN_HEADERS or not any(is_interviewer(label) for label in labels):
        return None
    return INLINE_TIME.sub(lambda mark: f"[{mark['time']}] ", "\n".join(lines))
