"""minum as the noun 'minuman' (a drink) where nothing is drunk (dispatched by clauses.py).

Manado Malay uses the bare minum for the drink as well as for drinking; Indonesian writes
'minuman' for the thing: after a possessive (depe minum ada kopi susu -> minumannya ada kopi susu),
after a bottle (botol minum plastik -> botol minuman plastik), beside food in a list (makanan deng
minum -> makanan dan minuman). MangARTI mining and dev parts: 'minuman' 7 of 7 such places. A
possessed minum before what is drunk stays the act (oma pe minum obat: her taking of medicine), and
so does a possessed bottle's (torang pe botol minum: the possessive keeps the compound with its owner).
Beside the verb makan the act stays too (torang so makang deng minum: ate and drank).
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

_CONTAINERS = frozenset({"botol"})
_FOOD = frozenset({"makanan", "kue", "kukis"})  # nouns only: makan/makang beside minum is the act
_AND = frozenset({"deng", "dan", "ato", "atau"})


def _possessed(prev, nxt) -> bool:
    """depe minum: possessed, and not followed by what is drunk (oma pe minum obat stays the act)."""
    if prev is None or prev.pos != "poss":
        return False
    return not (nxt is not None and nxt.ind and (nxt.pos == "n" or nxt.pos == "" and nxt.ind not in STOP_WORDS))


def _in_a_bottle(prev, before) -> bool:
    """botol minum, unless the bottle is possessed (torang pe botol minum keeps the compound)."""
    return prev is not None and prev.key in _CONTAINERS and not (before is not None and before.pos == "poss")


def _beside_food(units, k, prev, nxt, before) -> bool:
    """makanan deng minum, or minum deng kue: a list of food and drink."""
    if prev is not None and prev.key in _AND and before is not None and before.key in _FOOD:
        return True
    return (nxt is not None and nxt.key in _AND and k + 2 < len(units) and nxt.joined
            and units[k + 2].key in _FOOD)


def _drink(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "minum":
        return
    if _possessed(prev, nxt) or _in_a_bottle(prev, before) or _beside_food(units, k, prev, nxt, before):
        u.ind = "minuman"


RULES = {"minum": _drink}
