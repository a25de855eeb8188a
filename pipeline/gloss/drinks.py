"""minum as the noun 'minuman' (a drink) where nothing is drunk (dispatched by clauses.py).

Manado Malay uses the bare minum for the drink as well as for drinking; Indonesian writes
'minuman' for the thing: after a possessive (depe minum ada kopi susu -> minumannya ada kopi susu),
after a bottle (botol minum plastik -> botol minuman plastik), beside food in a list (makanan deng
minum -> makanan dan minuman). MangARTI mining and dev parts: 'minuman' 7 of 7 such places. A
possessed minum before what is drunk stays the act (oma pe minum obat: her taking of medicine), and
so does a possessed bottle's (torang pe botol minum: the possessive keeps the compound with its owner).
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

_CONTAINERS = frozenset({"botol"})
_FOOD = frozenset({"makanan", "makang", "makan", "kue", "kukis"})
_AND = frozenset({"deng", "dan", "ato", "atau"})


def _drink(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "minum":
        return
    if prev is not None and prev.pos == "poss" and not (nxt is not None and nxt.ind and (
            nxt.pos == "n" or nxt.pos == "" and nxt.ind not in STOP_WORDS)) or prev is not None and prev.key in _CONTAINERS and not (before is not None and before.pos == "poss") or (
            prev is not None and prev.key in _AND and before is not None and before.key in _FOOD) or (
            nxt is not None and nxt.key in _AND and k + 2 < len(units) and nxt.joined and units[k + 2].key in _FOOD):
        u.ind = "minuman"


RULES = {"minum": _drink}
