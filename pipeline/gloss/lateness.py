"""lambat: 'terlambat' (late) of arriving or coming home, 'lambat' (slow) elsewhere.

Manado lambat is both; Indonesian says terlambat of a time missed (own references terlambat 4 of
the 5 such clauses). Dispatched by clauses.py:
  Bidan so datang lambat.         -> Bidan sudah datang terlambat.   (beside a verb of arriving)
  Dia ja lambat pulang.           -> Dia biasa terlambat pulang.
  Manjo jo, so lambat ini.        -> Ayo, sudah terlambat ini. (so lambat, of no subject or a person:
                                                                the time is past)
  paling lambat Minggu, jalan lambat, depe jantung so lambat: a deadline, a slow pace stay 'lambat'
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS, clause
from pipeline.gloss.morphology import NAME

LATE = "terlambat"
# Verbs of arriving or coming back: lambat beside them is a time missed (not sampe: sampe lambat, until late).
_ARRIVING = frozenset({"datang", "pulang", "tiba", "bangun", "masuk", "maso", "kamari", "bale"})
# Aspect words before lambat closing a clause or before a demonstrative: it is late now (so lambat ini).
_ALREADY = frozenset({"so", "sudah", "su"})
_AFTER_NOW = frozenset({"ini", "ni", "itu", "tu", "skali", "sekali", "dang", "jo", "e"})
# Words between an arriving verb and lambat (pulang agak lambat).
_DEGREE = frozenset({"agak", "sadiki", "sedikit", "talalu", "terlalu"})


def _lambat(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "lambat" or prev is not None and prev.key in ("paling", "palin"):
        return
    arriving_before = prev is not None and (prev.key in _ARRIVING or prev.key in _DEGREE and before is not None
                                            and before.key in _ARRIVING)
    if arriving_before or nxt is not None and nxt.key in _ARRIVING or (
            prev is not None and prev.key in _ALREADY and (nxt is None or nxt.key in _AFTER_NOW)
            and _late_one(units, k)):
        u.ind = LATE  # bidan datang lambat -> datang terlambat; so lambat -> sudah terlambat


def _late_one(units: list, k: int) -> bool:
    """The clause of units[k] (lambat after so) has no subject or a person as its subject, at both
    ends of the phrase: a person is late (kita so lambat, tu anak so lambat), a thing or a process is
    slow (perkembangan anak so lambat, depe jantung so lambat)."""
    words, at = clause(units, k)
    subject = [w for w in words[:max(at - 1, 0)] if w.pos != "dem"]
    return not subject or _person(subject[0]) and _person(subject[-1])


def _person(unit) -> bool:
    return unit.pos == "pron" or unit.key in PERSON_NOUNS or unit.source == NAME


RULES = {"lambat": _lambat}
FREE_KEYS = frozenset({"lambat"})  # an Indonesian word the lexicon does not list
