"""What kind of word a unit is, as the sentence rules ask it: a thing, an act, a verb of carrying
before it, the short kita; kept apart from translate.py so every rule module can ask the same way."""

from __future__ import annotations

from pipeline.gloss.clause_words import word_before
from pipeline.gloss.morphology import NOMINAL_SOURCES
from pipeline.gloss.units import Unit

CARRYING = frozenset({"bawa", "antar", "anta", "rujuk", "kirim"})  # + pi + place: 'ke'


def short_kita(units: list[Unit], k: int) -> bool:
    """ta at units[k] before an aspect word, a negation, an adverb or a verb and its object is short kita
    'saya' (ta so musti pulang, ta cuma mo tidor, waktu ta cuci piring); before a verb alone it is ter-."""
    nxt = units[k + 1] if k + 1 < len(units) and units[k].joined else None
    return nxt is not None and (nxt.pos in ("aux", "neg", "adv") or nxt.pos == "v" and k + 2 < len(units) and nxt.joined and (
        units[k + 2].pos in ("n", "loc", "acr")))


def carried_somewhere(units: list[Unit], k: int) -> bool:
    """A verb of taking somewhere before units[k] in its clause, with at most its object between
    (bawa pi, antar oma pi, bawa de pe anak pi)."""
    return word_before(units, k, CARRYING, ("n", "poss", "pron", ""), 4)


def ber_root(unit: Unit) -> str:
    """The root of a word, or of a ba- verb the rules wrote as ber- (babunyi -> berbunyi -> bunyi)."""
    if unit.root or not unit.key.startswith(("ba", "be")) or not unit.ind.startswith("ber") or " " in unit.ind:
        return unit.root
    return unit.ind[3:]


def nominal(unit: Unit | None) -> bool:
    return unit is not None and (unit.pos in ("n", "loc", "acr", "pron") or unit.source in NOMINAL_SOURCES)


def verbal(unit: Unit | None) -> bool:
    return unit is not None and unit.pos in ("v", "adj")
