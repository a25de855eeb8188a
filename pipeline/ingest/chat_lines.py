"""Interviews typed as chat lines: a chat exported from WhatsApp, or voice notes typed back so.

Each message opens with its date and clock time: "[20/11/26 10.14] Name: words" on an iPhone
("[20/11/2026, 10:14:05]"; Indonesian phones write the time with dots), "20/11/26 10.14 - Name: words"
on Android ("20/11/2026, 10:14 - "); a line without that opening continues the message above it
(checked through the code search in round 20: public WhatsApp export parsers and their format notes,
docs/TOOL_FORMATS.md). Read as a typed transcript, no line opened with a label, and the whole
interview became one informant's document, the questions included. Here each message is a cue
without times (the clock time of a message is no time in a recording) whose sender the batch maps as
it maps a tool export's speakers; a line with the opening and no sender (the chat's own notes) and a
message that is only an attachment ("<Media omitted>", "audio omitted") are left out with a warning.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from pipeline.ingest.subtitles import Cue
from pipeline.ingest.timed_text import MIN_HEADERS, TITLE_LINES

_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_CLOCK = r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?"
# the opening: bracketed (iOS) or followed by " - " (Android); a date and time alone (an agenda) is neither
OPENING = re.compile(rf"^\u200e?(?:\[{_DATE},?[ \t]+{_CLOCK}\][ \t]+|{_DATE},?[ \t]+{_CLOCK}[ \t]+-[ \t]+)")
# a sender's name holds no quote mark (a system note quoting a group's new subject "Rapat: Mei" is no sender)
SENDER = re.compile(r"^(?P<label>[^:\n\"\u201c\u201d]{1,40}?):[ \t]*(?P<rest>.*)$")
# a message that is only an attachment, as English and Indonesian phones write it
ATTACHMENT = re.compile(r"^\u200e?(?:<[^>]*(?:omitted|tidak disertakan|attached:)[^>]*>|(?:audio|image|video|sticker|"
                        r"document|GIF) omitted|(?:audio|gambar|video|stiker|dokumen) tidak disertakan|"
                        r"\S+ \((?:file attached|file terlampir)\))$",
                        re.IGNORECASE)


def chat_cues(text: str, path: Path, warnings: list[str], body_line: int = 1) -> list[Cue] | None:
    """The messages of a chat-shaped transcript as cues without times; None when the text from
    `body_line` on does not open with a message among its first TITLE_LINES + 1 non-blank lines or
    has fewer than MIN_HEADERS messages with a sender."""
    lines = text.split("\n")
    top = islice((line for line in lines[body_line - 1:] if line.strip()), TITLE_LINES + 1)
    if not any(OPENING.match(line) for line in top):   # most files: a quick no
        return None
    starts = [index for index in range(body_line - 1, len(lines)) if OPENING.match(lines[index])]
    senders = [SENDER.match(lines[index][OPENING.match(lines[index]).end():]) for index in starts]
    if sum(sender is not None for sender in senders) < MIN_HEADERS:
        return None
    cues = []
    for start, stop, sender in zip(starts, [*starts[1:], len(lines)], senders):
        if sender is None or ATTACHMENT.match(sender["rest"].strip()):
            shown = lines[start].strip()
            warnings.append(f"{path}:{start + 1}: '{shown}' is no one's words (the chat's own note or an "
                            "attachment): left out")
            continue
        words = " ".join(" ".join([sender["rest"], *lines[start + 1:stop]]).split())
        cues.append(Cue(sender["label"].strip(), words, 0, 0, start + 1, open_start=True, open_end=True))
    return cues
