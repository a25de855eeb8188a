"""pe before an adjective with no owner grades it: 'sekali' (Pe enak ni kue! -> Enak sekali kue ini).

A degree word after the adjective grades it already (angin pe kancang skali: once); an adverb before pe
owns nothing, so pe there grades too (tiket skarang pe mahal! -> tiket sekarang mahal sekali!).
"""

from __future__ import annotations

DEGREE_WORDS = frozenset({"skali", "sekali", "sakali", "banget"})


def degree_follows(units: list, at: int) -> bool:
    """A degree word at units[at] grades the adjective before it; without one a pe with no owner
    grades it itself ('sekali': angin pe kancang -> angin kencang sekali)."""
    return at < len(units) and units[at].key in DEGREE_WORDS


def graded_after_adverb(units: list, pe_at: int, possessed) -> bool:
    """An adverb (skarang, dulu) before pe and an adjective after it: no one owns, pe grades the
    predicate (tiket skarang pe mahal! -> tiket sekarang mahal sekali!)."""
    return pe_at > 0 and units[pe_at - 1].pos == "adv" and possessed is not None and possessed.pos == "adj"
