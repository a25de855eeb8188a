"""Where a plain-text document's paragraphs end when single line breaks are not blank lines.

A `.txt` document arrives in one of three layouts:

* paragraphs separated by blank lines (what the pipeline always read);
* one paragraph per line, with no blank lines between them: a news page copied from a browser
  and pasted into a text file;
* hard-wrapped lines, each paragraph broken across lines of about the same width (a plan or a
  regulation exported from PDF), with or without blank lines between paragraphs.

Each single line break inside a blank-line block is read as a paragraph end or as a wrap from how
the lines look. A file is hard-wrapped when many of its line breaks fall inside a sentence (the
line ends without a sentence mark and the next starts in lower case). Then a line break ends a
paragraph only where the line is short of the text's width (the next line's first word would
have fitted) and ends a sentence, or is a title or heading (short, no sentence end, next line
capitalised), or a heading in capitals before a line that is not, or a headline. In a file of one paragraph per line every line is a paragraph, except a line that
stops mid-sentence before a lower-case line. A list item ("- ...", "1. ...", "a) ...", "(2) ...")
starts a line of its own (its wrapped lines continue it), and a table line ("| ... |") and a
Markdown heading ("# ...") stand on their own lines, in either layout.

Where the reading is in doubt `Layout.doubtful` names the line, for a warning: in wrapped text, a
full-width line that ends a sentence before a capitalised line (read as going on: a sentence ends
at a line's end inside a paragraph more often than a paragraph's last line is full; on the
development documents rewritten so, joining them gave mean kappa 0.811, ending paragraphs 0.809),
and in one-paragraph-per-line text a long line that stops without a sentence mark (read as a
paragraph). A headline (most words capitalised, as "Baca Juga: ..." lines are) ends at its line.
Markdown (`.md`), where a single line break is a soft wrap, and Word files are not read here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.ingest.documents import is_furniture
from pipeline.ingest.line_shapes import capitals_only, ends_clause, list_marker
from pipeline.ingest.turns import SENTENCE_END, RawSegment
from pipeline.wording import plural_form, shown_numbers

_MARKUP = re.compile(r"[|#]")
WRAPPED_SHARE = 0.2      # of a file's single line breaks falling inside a sentence: hard-wrapped text
WRAPPED_AT_LEAST = 2
WIDTH_QUANTILE = 0.75    # the text's width: most wrapped lines are as long as this or longer
FULL_SENTENCE_ENDS = False  # in wrapped text, a full line ending a sentence before a capital: a paragraph's end?
HEADLINE_SHARE = 0.7     # of a line's words capitalised: a headline, not a wrapped sentence
LONG_LINE_WORDS = 12     # a line this long without a sentence end is not a title


class Layout(NamedTuple):
    paragraphs: list[RawSegment]
    wrapped: bool               # read as hard-wrapped text
    doubtful: list[int]         # 1-based lines read as paragraph ends in doubt
    joined: int                 # single line breaks read as wraps inside a paragraph


class _Line(NamedTuple):
    start: int
    end: int
    number: int
    text: str     # stripped


def _blocks(text: str, body_start: int) -> list[list[_Line]]:
    """The body's non-empty lines, grouped by the blank lines between them."""
    blocks: list[list[_Line]] = [[]]
    number = text.count("\n", 0, body_start) + 1
    position = body_start
    for raw in text[body_start:].split("\n"):
        stripped = raw.strip()
        if stripped:
            offset = position + raw.find(stripped)
            blocks[-1].append(_Line(offset, offset + len(stripped), number, stripped))
        elif blocks[-1]:
            blocks.append([])
        position += len(raw) + 1
        number += 1
    return [block for block in blocks if block]


def _first_letter(line: str) -> str:
    return next((char for char in line if char.isalpha()), "")


def _mid_sentence(before: str, after: str) -> bool:
    """A break no paragraph ends at: no sentence or clause mark before it, lower case after it."""
    return (not ends_clause(before)
            and _first_letter(after).islower() and not _standing_alone(after))


def _sentence_then_capital(before: str, after: str) -> bool:
    """A sentence ends a line and the next starts with a capital: where paragraphs end in a file
    without blank lines between them (a list item does not count: lists stand under a heading)."""
    return (SENTENCE_END.search(before) is not None and _first_letter(after).isupper()
            and list_marker(after) is None and _MARKUP.match(after) is None)


def _standing_alone(line: str) -> bool:
    """A list item, a table line, a Markdown heading or a news page's furniture (a tag line "id BPJS
    kesehatan, JKN-KIS, ...", "Baca Juga: ..."): always a line of its own."""
    return list_marker(line) is not None or _MARKUP.match(line) is not None or is_furniture(line)


_INITIAL = re.compile(r"[A-Z]\.[ \t]+[A-Z][a-z]")


def _initial_after_comma(before: str, after: str) -> bool:
    """A name's initial at a line's start after a comma ("... kepala bidang pencegahan,\nM. Rizal,
    yang ..."): the sentence goes on; a list's "A. Latar Belakang" does not follow a comma."""
    return before.endswith(",") and _INITIAL.match(after) is not None


def _mostly_capitalised(line: str) -> bool:
    """A headline, a linked headline or a byline by its capitals alone (its length and end are the
    layout's to weigh, unlike coding's headline tests): most words capitalised ("Baca Juga: Kader Posyandu
    Ingatkan Warga Urus JKN Lewat Grup WhatsApp"), as a sentence's words are not."""
    words = [word for word in line.split() if _first_letter(word)]
    capitalised = sum(_first_letter(word).isupper() for word in words)
    return bool(words) and capitalised >= HEADLINE_SHARE * len(words)


def _width(blocks: list[list[_Line]]) -> int:
    lengths = sorted(len(line.text) for block in blocks for line in block)
    return lengths[min(len(lengths) - 1, int(WIDTH_QUANTILE * len(lengths)))]


def _ends_paragraph(before: str, after: str, wrapped: bool, width: int) -> tuple[bool, bool]:
    """(is the break between two lines of a block a paragraph end, is that in doubt)."""
    if ((_standing_alone(after) and not _initial_after_comma(before, after)) or before.startswith("|")
            or capitals_only(before) != capitals_only(after)):
        return True, False
    if _mid_sentence(before, after):
        return False, False
    ends_sentence = ends_clause(before)
    if not wrapped:
        long_open = not ends_sentence and len(before.split()) >= LONG_LINE_WORDS
        return True, long_open
    next_word = after.split()[0]
    full = len(before) + 1 + len(next_word) > width
    if not full or (not ends_sentence and _mostly_capitalised(before) and not _mostly_capitalised(after) and _first_letter(after).isupper()):
        return True, False          # a short line: a paragraph's last line, a title, a byline
    if ends_sentence and not _first_letter(after).islower():
        return FULL_SENTENCE_ENDS, True     # a sentence ends at the full width: a paragraph end or not
    return False, False


def text_layout(text: str, body_start: int) -> Layout:
    """The paragraphs of a plain-text document's body (see the module's docstring)."""
    blocks = _blocks(text, body_start)
    pairs = [(block[i].text, block[i + 1].text) for block in blocks for i in range(len(block) - 1)]
    if sum(_sentence_then_capital(before, after) for before, after in pairs) < len(blocks):
        # paragraphs separated by blank lines: a block's lines are the author's (a list under
        # its heading, a title of two lines, a wrapped paragraph)
        return Layout([RawSegment("", block[0].start, block[-1].end, block[0].number) for block in blocks],
                      False, [], 0)
    inside = sum(_mid_sentence(before, after) for before, after in pairs)
    wrapped = inside >= WRAPPED_AT_LEAST and inside >= WRAPPED_SHARE * len(pairs)
    width = _width(blocks) if blocks else 0
    paragraphs: list[RawSegment] = []
    doubtful: list[int] = []
    joined = 0
    for block in blocks:
        first = block[0]
        for line, after in zip(block, block[1:] + [None]):
            if after is not None:
                ends, doubt = _ends_paragraph(line.text, after.text, wrapped, width)
                if doubt:
                    doubtful.append(line.number)
                if not ends:
                    joined += 1
                    continue
            paragraphs.append(RawSegment("", first.start, line.end, first.number))
            first = after
    return Layout(paragraphs, wrapped, doubtful, joined)


def layout_warning(path: object, layout: Layout) -> str | None:
    """A warning naming the file and the lines whose reading is in doubt, None when none is."""
    if not layout.doubtful:
        return None
    count = len(layout.doubtful)
    lines = f"{plural_form(count, 'line', 'lines')} {shown_numbers(layout.doubtful)}"
    if layout.wrapped:
        how = ("read as hard-wrapped text (paragraphs broken across lines, as a PDF exports them); "
               f"{lines} {plural_form(count, 'ends', 'end')} a sentence at the full width of the text and "
               f"{plural_form(count, 'was', 'were')} read as going on into the next line's paragraph")
    else:
        how = ("read as one paragraph per line (as a web page pasted into a text file); "
               f"{lines} {plural_form(count, 'stops', 'stop')} without a sentence mark and "
               f"{plural_form(count, 'was', 'were')} read as a whole paragraph")
    return f"{path}: {how}; put a blank line between paragraphs to say where they end"
