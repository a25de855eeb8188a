"""The part a change befalls, named after the change: Indonesian makes it the subject.

Manado Malay says of a thing that it has gone up, down or run out in one of its parts by naming the
part after the verb (beras so nae harga, kita pe HP so abis batre, tomat so turun harga samua);
Indonesian makes the part the subject, owned by the thing (harga beras sudah naik, baterai HP saya
sudah habis). Only a thing as the subject, a change verb after so, and a measured attribute closing
the clause (a price, a charge, a fuel, a stock, a balance: monyet so nae pohon climbs a tree):
a person going up is a promotion or a ride (anak so naik kelas, dia so nae oto), and a vehicle or
the weather after the verb is where one goes or what falls (turun hujan). Called by translate.py
after the context rules; dev references: the part first in 5 of the 5 clauses it moves.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import person
from pipeline.gloss.morphology import NAME
from pipeline.gloss.units import Unit

_CHANGES = frozenset({"naik", "turun", "habis"})
_DONE = frozenset({"so", "sudah", "su"})
_ALL = frozenset({"samua", "semua"})
_SUBJECT_POS = frozenset({"n", "poss", "dem", "acr", "", "adj"})  # adj: bawang merah, after its noun
_JOINING = frozenset({"deng", "dan"})
# Measured attributes of a thing that go up, down or run out, as Indonesian words (after the lexicon).
_ATTRIBUTES = frozenset({"harga", "baterai", "batre", "bensin", "solar", "minyak", "gas", "stok", "pulsa", "kuota",
                         "iuran", "gaji", "tarif", "ongkos", "biaya", "saldo", "token", "tinta", "persediaan"})


def front_attribute(units: list[Unit]) -> bool:
    """Move each part named after so + a change verb to the front of its clause; True when one moved."""
    moved = False
    for k in range(1, len(units) - 1):
        if units[k].key in _DONE and units[k].joined and units[k + 1].ind in _CHANGES:
            moved = _move(units, k) or moved
    return moved


def _move(units: list[Unit], done: int) -> bool:
    """Move the noun after units[done + 1] (so, the change verb) before the clause's subject."""
    part = done + 2
    if part >= len(units) or not units[done + 1].joined:
        return False
    noun = units[part]
    closes = not noun.joined or part + 1 == len(units) or units[part + 1].key in _ALL and (
        not units[part + 1].joined or part + 2 == len(units))
    if noun.pos != "n" or not closes or noun.ind.lower() not in _ATTRIBUTES:
        return False
    first = done
    while first > 0 and units[first - 1].joined and (units[first - 1].pos in _SUBJECT_POS or units[first - 1].key in (
            _JOINING) or units[first - 1].key == "pe" or _owner(units, first - 1)):
        first -= 1
    subject = units[first:done]
    if not subject or units[first].key in _JOINING or units[first].pos == "adj" or any(
            person(unit) and unit.pos != "poss" and not _owner(units, at) for at, unit in enumerate(subject, first)):
        return False  # a thing, and all of it: kita pe HP, tomat deng rica
    moved = units.pop(part)  # the glue after the part (a comma, the full stop) stays where the clause ends
    moved.glue, units[part - 1].glue = units[part - 1].glue, moved.glue
    moved.joined, units[part - 1].joined = units[part - 1].joined, moved.joined
    head = units[first]
    moved.cap, head.cap = head.cap, False
    if head.ind[:1].isupper() and head.source != NAME and head.pos != "acr" and not head.ind.isupper():
        # the clause's capital goes to the part (Tomat -> harga tomat), not a name's or an acronym's
        head.ind, moved.ind = head.ind[0].lower() + head.ind[1:], moved.ind[:1].upper() + moved.ind[1:]
    units.insert(first, moved)
    return True


def _owner(units: list[Unit], at: int) -> bool:
    """A pronoun owning what follows it (kita pe HP): part of the subject, no person acting."""
    return units[at].pos == "pron" and at + 1 < len(units) and units[at + 1].key == "pe"
