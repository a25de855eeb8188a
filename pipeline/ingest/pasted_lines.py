"""A document pasted from a web page or a PDF viewer: one paragraph per line, no blank line between.

Copying a news article from a browser into a text editor gives each paragraph as one line, joined
by single line breaks. Read by blank lines, its headline, date line, every paragraph, the "Baca
Juga" link and the editor's line were one segment of a hundred words: coded as one unit, quoted
whole, its link and byline never recognised as a page's furniture. A text wrapped by hand keeps
its lines together: every line is at most as long as a wrapped line can be, and most of them end
inside a sentence. So a body without any blank line is read a line per paragraph when it is not
wrapped so: one of its lines is longer than a wrapped line, or most of its lines end a sentence.
A markdown table (lines starting with '|') keeps its block, where its rows are read.
"""

from __future__ import annotations

import re

from pipeline.ingest.turns import LINE_BREAK, PARAGRAPH_BREAK, SENTENCE_END

WRAP_WIDTH = 100   # characters: editors and e-mail wrap at 72-80, a pasted paragraph runs longer


def paragraph_breaks(text: str, body_start: int, word_file: bool = False) -> re.Pattern[str]:
    """How the paragraphs of a document without speaker labels are separated: its lines in a Word
    file or a pasted text (above), else its blank lines."""
    if word_file:
        return LINE_BREAK
    body = text[body_start:].strip()
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if len(lines) < 2 or PARAGRAPH_BREAK.search(body) or any(line.startswith("|") for line in lines):
        return PARAGRAPH_BREAK
    ending = sum(1 for line in lines[:-1] if SENTENCE_END.search(line))
    if max(len(line) for line in lines) > WRAP_WIDTH or 2 * ending > len(lines) - 1:
        return LINE_BREAK
    return PARAGRAPH_BREAK
