"""What a line of a document is by its look: a list item, a heading in capitals, a line that ends
a sentence or a clause; and a transcriber's note in brackets ("(tertawa)", "[tidak jelas]"), nobody's
words, which ingest reads as no speaker's line and the coder's view of a turn leaves out
(`coding/transcriber_notes.py`).

One reading for every stage: ingest reads a plain-text document's lines by it (`line_layout.py`:
where its paragraphs end), and the coder reads a paragraph and its lines by it
(`coding/paragraph_shape.py`: a list item under its heading, a title; `coding/line_wraps.py`: which
line breaks fall inside a sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.ingest.turns import SENTENCE_END

BULLETS = "-*\u2022\u2013\u00b7\u25aa"   # the marks a bulleted item starts with
# a list item's marker: a bullet, "1." or "2)" or "(3)", "a." or "b)" or "(c)", then a space
_CLAUSE_END = re.compile(r"[:;]$")
_LIST_MARKER = re.compile(rf"\s*(?:(?P<bullet>[{re.escape(BULLETS)}])|(?P<number>\d{{1,2}}[.)]|\(\d{{1,2}}\))"
                          r"|(?P<letter>[a-zA-Z][.)]|\([a-z]\)))\s+")


def list_marker(text: str) -> str | None:
    """"bullet", "number", "letter" for a list item (a line or a paragraph), None for other text."""
    match = _LIST_MARKER.match(text)
    if match is None:
        return None
    return next(kind for kind, value in match.groupdict().items() if value)


def capitals_only(line: str) -> bool:
    """A heading in capitals ("RENCANA AKSI DAERAH 2026", "BAB IV"): capitals and no lower case."""
    return any(char.isupper() for char in line) and not any(char.islower() for char in line)


def ends_clause(line: str) -> bool:
    """A line that ends a sentence (".", "!", "?", "\u2026", a closing quote or bracket after one)
    or a clause (":", ";"): a line break after it is no wrap inside a sentence."""
    return SENTENCE_END.search(line) is not None or _CLAUSE_END.search(line) is not None


# a transcriber's note in square brackets or parentheses, closed on its line
BRACKETED_NOTE = re.compile(r"\[[^\[\]\n]*\]|\([^()\n]*\)")


def without_notes(text: str, kept: Callable[[str, str], bool] | None = None) -> str:
    """`text` with each bracketed note (closed on its line) blanked, its length kept; a bracket
    `kept` says is no note (asked with the text before it and the bracket) stays."""
    if "[" not in text and "(" not in text:
        return text
    return BRACKETED_NOTE.sub(lambda match: match[0] if kept and kept(text[:match.start()], match[0])
                              else " " * len(match[0]), text)
