"""A printed quote's attribution is who speaks, not what the quote says.

A paper prints a quote and, after its closing quotation mark, who said it in brackets:
'"... kami tilang." (Informan 5, polisi lalu lintas)'. Read as the quote's words, the
attribution's role ("polisi lalu lintas") coded every quote of that informant with the code
whose label or definition names the role. In the rules' view of a quotation set's quotes a
bracket right after a closing quotation mark is read as blank space of its length (offsets
stay the text's); who speaks still counts through the informant's role (speaker.py). A bracket
inside the quote (the author's "[suami]", "(...)") is the author's writing and stays.

Nor is a bracket closing the quote's paragraph one of its sentences (`without_closing_bracket`):
a quote of one sentence makes one statement (quotations.strongest_codes), printed speaker or not.

Theses often print the speaker without a bracket after the closing quotation mark: '"... ke
RSJ mas." P4', '"... dek." informan 5', '"..." Ibu P2', '"..." Kader 2'. A short tail that
names an informant by a number (an informant code, or *informan*, *partisipan*, *responden*,
*narasumber* and a number) is read as the bracket is (`blank_printed_speaker`): blank in the rules'
view, no sentence of the quote.
"""

from __future__ import annotations

import re

CLOSING_QUOTES = ('"', "\u201d", "\u00bb", "'", "\u2019")
ATTRIBUTED = r"[\"\u201d\u00bb'\u2019][.,]?\s*[\[(]"   # a closing quotation mark, then a bracket: a text to look into
# a bracket closing the paragraph: its printed speaker ("(Informan 3, kader, 45 tahun)") or a note
_CLOSING_BRACKET = re.compile(r"\s*\([^()\n]*\)\s*$")
_LAST_BRACKET = re.compile(r"[\[(][^\[\]()\n]*[\])]$")   # a bracket ending the text before


def is_attribution(before: str, bracket: str) -> bool:
    """Does `bracket` follow the quote's closing quotation mark (`before` ends with it, or with it and
    the stop a thesis may print after it: '"...". (Ibu P2)'), or another bracket that does ('"..." (its
    translation) (QD1, laki-laki, 31 tahun)': the speaker printed after the author's translation)?"""
    before = before.rstrip()
    while (bracketed := _LAST_BRACKET.search(before)) and not before.rstrip(".,").endswith(CLOSING_QUOTES):
        before = before[:bracketed.start()].rstrip()
    return before.rstrip(".,").endswith(CLOSING_QUOTES)


def without_closing_bracket(text: str) -> str:
    """`text` without the bracket that closes it, the quote's printed speaker or a note, nor the
    unbracketed speaker after its closing quotation mark."""
    return _CLOSING_BRACKET.sub("", blank_printed_speaker(text)).rstrip()


# a quote's line: opening quotation mark, the quote, its closing mark (and a stop a thesis may put
# after it), then to the line's end at most two words, the last with a number ("P4", "IU-2",
# "informan 5", "Kader 2"): who speaks, printed without a bracket
_PRINTED_SPEAKER = re.compile(
    r"^(?P<quote>[ \t]*[\"\u201c\u00ab][^\n]*[\"\u201d\u00bb][.,]?)"
    r"(?P<tail>[ \t]+(?:[^\s\"\u201c\u201d()]+[ \t]+)?[A-Za-z]*[ -]?\d{1,3}[ \t]*)$", re.MULTILINE)


def blank_printed_speaker(text: str) -> str:
    """`text` with the unbracketed speaker printed after a quote's closing quotation mark ("P4",
    "informan 5", "Ibu P2") blanked, its length kept."""
    if not isinstance(text, str) or not any(mark in text for mark in ('"', "\u201d", "\u00bb")):
        return text
    return _PRINTED_SPEAKER.sub(lambda match: match["quote"] + " " * len(match["tail"]), text)
