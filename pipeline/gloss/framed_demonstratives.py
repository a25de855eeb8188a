"""A noun phrase framed by the same demonstrative on both sides keeps one of them.

Manado Malay may put tu/ni before a noun phrase and itu/ini after it (tu anak itu 'anak itu', ni satu
minggu ini 'satu minggu ini'). The word-order rules move the first after its noun, where Indonesian
would then say it twice (anak itu itu); the second stays, the first is dropped. Only nouns, numbers,
adjectives and place nouns may stand between the two: tu anak ada bawa itu ('the child brought
that') keeps both.
"""

from __future__ import annotations

_FRAMES = {"tu": "itu", "ni": "ini"}
_BETWEEN = frozenset({"n", "num", "adj", "loc"})


def drop_doubled(units: list) -> None:
    """Drop a tu/ni whose own demonstrative closes the same noun phrase after it."""
    for k in range(len(units) - 1):
        unit = units[k]
        closing = _FRAMES.get(unit.key)
        if closing is None or unit.ind != closing:
            continue
        at = k + 1
        while at < len(units) and units[at - 1].joined:
            other = units[at]
            if other.key == closing and other.ind == closing:
                unit.ind = ""
                break
            if other.pos not in _BETWEEN:
                break
            at += 1
