"""A noun phrase framed by the same demonstrative on both sides keeps one of them.

Manado Malay may put tu/ni before a noun phrase and itu/ini after it (tu anak itu 'anak itu', ni satu
minggu ini 'satu minggu ini'). The word-order rules move the first after its noun, where Indonesian
would then say it twice (anak itu itu); the second stays, the first is dropped. Only nouns, numbers,
adjectives and place nouns may stand between the two: tu anak ada bawa itu ('the child brought
that') keeps both. A relative clause may stand there too when the predicate follows the second (tu orang
yang jual kopra itu so meninggal -> orang yang menjual kopra itu sudah meninggal): itu closes the subject.
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
        at, relative = k + 1, False
        while at < len(units) and units[at - 1].joined:
            other = units[at]
            if other.key == closing and other.ind == closing and (not relative or _predicate_follows(units, at)):
                unit.ind = ""
                break
            relative = relative or other.key == "yang" and at == k + 1 + _nouns_before(units, k + 1, at)
            if other.pos not in _BETWEEN and not relative:
                break
            at += 1


def _nouns_before(units: list, start: int, at: int) -> int:
    """How many units from `start` up to `at` are the noun phrase's own words (_BETWEEN)."""
    return sum(1 for unit in units[start:at] if unit.pos in _BETWEEN)


def _predicate_follows(units: list, at: int) -> bool:
    """Words of the same clause follow the demonstrative at units[at]: the subject's predicate."""
    return at + 1 < len(units) and units[at].joined
