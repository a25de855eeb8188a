"""*pukul* before a time of day is "o'clock", not the verb "hit": "pukul 22.00", "pukul sebelas
malam", "pukul tiga dini hari" say when, as *jam* does. A codebook about violence may list
"pukul" (memukul, dipukul) as a keyword: its bare form written before an hour is no evidence.
The verb's affixed forms (memukul, dipukul, pukulan) and "pukul" before anything else ("pukul
istri", "dia pukul anaknya") stay evidence, as does a number that counts whom or how often the
verb hits ("dia pukul dua orang", "pukul tiga kali"): a number followed by what it counts.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.coding.amounts import COUNTED
from pipeline.coding.counting import TIMES
from pipeline.coding.function_words import NUMERALS
from pipeline.coding.spans import Occurrence, drop_one_word

CLOCK_WORD = "pukul"
# an hour: digits ("22.00", "9", "07:30") or a number word up to twelve ("sebelas", "dua belas")
_HOUR = re.compile(r"^\d{1,2}(?:[.:]\d{2})?$")
HOUR_WORDS = frozenset(NUMERALS) | {"sebelas", "setengah"}


def clock_times(doc: Doc) -> set[int]:
    """Positions of the tokens "pukul" written before an hour (a number not followed by what it counts)."""
    return {token.i for token in doc[:-1]
            if token.lower_ == CLOCK_WORD and (_HOUR.match(doc[token.i + 1].text) or doc[token.i + 1].lower_ in HOUR_WORDS)
            and not _counts(doc, token.i + 1)}


def _counts(doc: Doc, number: int) -> bool:
    """Is the number at `number` followed by people, things or times it counts ("dua orang", "tiga kali")?"""
    return number + 1 < len(doc) and doc[number + 1].lower_ in COUNTED | TIMES


def drop_clock_times(doc: Doc, found: dict[str, list[Occurrence]]) -> None:
    """Remove from `found` (term key -> spans) the one-word occurrences of "pukul" telling a time."""
    if CLOCK_WORD in doc.text.casefold():
        hours = clock_times(doc)
        if hours:
            drop_one_word(found, hours)
