"""ka 'atau' between the two alternatives a question offers; 'ke' before a goal.

Manado ka is both the preposition 'ke' and the 'or' of a question (Stoel 2005 ch. 2; the lexicon
has ka nyanda / ka blum 'atau tidak / atau belum'). Between two words of one kind in a question it
offers a choice:
  Ngana mo kopi ka teh?              -> Kamu mau kopi atau teh?
  Ngana lebe suka Manado ka Jakarta? -> ... Manado atau Jakarta?
  Dia mo bawa ka puskesmas ka rumah sakit? -> ... ke puskesmas atau rumah sakit?
A place after a thing is its goal (tiket ka Manado, mikrolet ka Tondano), and so is what follows a
verb of going or carrying and its object (bawa surat ka kantor?) or a starting point (dari Manado ka
Bitung): those stay 'ke'.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import CARRYING, SENTENCE_END
from pipeline.gloss.morphology import NAME
from pipeline.gloss.active_voice import MOTION_VERBS
from pipeline.gloss.units import neighbours

OR = "atau"
_GOALS = frozenset({"ka", "ke"})
# Words that cannot be one of two alternatives offered (a verb's goal, a function word).
_NO_CHOICE = frozenset({"v", "aux", "neg", "prep", "q", "conj", "ptc", "interj", "poss"})
_GOING = MOTION_VERBS | CARRYING | frozenset({"jalan", "jalang", "bajalan", "bajalang", "brangkat", "berangkat"})


def offers_choice(units: list, k: int) -> bool:
    """ka at units[k] joins two alternatives of a question."""
    prev, nxt = neighbours(units, k)
    if prev is None or nxt is None or prev.pos in _NO_CHOICE or nxt.pos in _NO_CHOICE or prev.key == nxt.key or (
            not _clause_asks(units, k)):
        return False  # rumah ka rumah: from house to house
    second_goal = k >= 2 and units[k - 2].key in _GOALS and units[k - 2].joined
    if second_goal:
        return True  # ka puskesmas ka rumah sakit: the goal offered twice
    if _place(units, k + 1) and not _place(units, k - 1):
        return False  # tiket ka Manado, mikrolet ka Tondano: a thing's goal
    return not any(unit.key in _GOING or unit.key == "dari" for unit in _clause_before(units, k))


def _place(units: list, at: int) -> bool:
    """A place word, or a name (capitalised where no sentence opens: Manado, Tondano)."""
    unit = units[at]
    return unit.pos == "loc" or unit.source == NAME or (
        unit.ind[:1].isupper() and at > 0 and not SENTENCE_END & set(units[at - 1].glue))


def _clause_asks(units: list, k: int) -> bool:
    """The clause of units[k] is the one its question mark closes."""
    at = k
    while at + 1 < len(units) and units[at].joined:
        at += 1
    return "?" in units[at].glue


def _clause_before(units: list, k: int) -> list:
    start = k
    while start > 0 and units[start - 1].joined:
        start -= 1
    return units[start:k]
