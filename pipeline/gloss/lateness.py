"""lambat: 'terlambat' (late) of arriving or coming home, 'lambat' (slow) elsewhere.

Manado lambat is both; Indonesian says terlambat of a time missed (own references terlambat 4 of
the 5 such clauses). Dispatched by clauses.py:
  Bidan datang lambat.            -> Bidan datang terlambat.   (beside a verb of arriving)
  Dia ja lambat pulang.           -> Dia biasa terlambat pulang.
  Manjo jo, so lambat ini.        -> Ayo, sudah terlambat ini. (so lambat: the time is past)
  paling lambat Minggu, jalan lambat: a deadline, a slow pace stay 'lambat'
"""

from __future__ import annotations

LATE = "terlambat"
# Verbs of arriving or coming back: lambat beside them is a time missed (not sampe: sampe lambat, until late).
_ARRIVING = frozenset({"datang", "pulang", "tiba", "bangun", "masuk", "maso", "kamari", "bale"})
# Aspect words before lambat closing a clause or before a demonstrative: it is late now (so lambat ini).
_NOW = frozenset({"so", "sudah", "su"})
_AFTER_NOW = frozenset({"ini", "ni", "itu", "tu", "skali", "sekali", "dang", "jo", "e"})
# Words between an arriving verb and lambat (pulang agak lambat).
_DEGREE = frozenset({"agak", "sadiki", "sedikit", "talalu", "terlalu"})


def _lambat(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "lambat" or prev is not None and prev.key in ("paling", "palin"):
        return
    arriving_before = prev is not None and (prev.key in _ARRIVING or prev.key in _DEGREE and before is not None
                                            and before.key in _ARRIVING)
    if arriving_before or nxt is not None and nxt.key in _ARRIVING or (
            prev is not None and prev.key in _NOW and (nxt is None or nxt.key in _AFTER_NOW)):
        u.ind = LATE  # bidan datang lambat -> datang terlambat; so lambat -> sudah terlambat


RULES = {"lambat": _lambat}
FREE_KEYS = frozenset({"lambat"})  # an Indonesian word the lexicon does not list
