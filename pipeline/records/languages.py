"""The languages a transcript or segment is in: their codes, and the names researchers write for them.

Front matter, a Word transcript's table of facts and the glosser's prior all read a language
the same way ("Indonesia", "Bahasa Indonesia", "Manado" or the codes).
"""

from __future__ import annotations

from functools import lru_cache

XMM, IND, MIXED = "xmm", "ind", "mixed"
ENG = "eng"   # an English-language study's transcript: never glossed, its words are the quote's own
LANGUAGES = (XMM, IND, MIXED, ENG)

_NAMES = {"manado": XMM, "manado malay": XMM, "melayu manado": XMM, "id": IND, "indonesian": IND,
          "indonesia": IND, "bahasa indonesia": IND, "en": ENG, "english": ENG, "inggris": ENG,
          "bahasa inggris": ENG}


def language_code(value: object) -> str | None:
    """A written language ('Indonesia', 'xmm', 'English', ...) as its code 'xmm', 'ind', 'mixed' or 'eng';
    None otherwise."""
    return _code(value) if isinstance(value, str) else None


@lru_cache(maxsize=256)  # asked once per segment, of a handful of front-matter values
def _code(value: str) -> str | None:
    value = " ".join(value.split()).casefold()
    value = _NAMES.get(value, value)
    return value if value in LANGUAGES else None
