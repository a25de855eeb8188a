"""Requests dang urges in place: 'dong' where the request cannot take 'tolong' at its front.

  kurangi ... dang  bargaining: a request opened by 'kurangi' (lower the price), dang 'dong' (Mahal skali,
                    kurang sadiki dang -> Mahal sekali, kurangi sedikit dong; own development references
                    write kurangi and dong in 5 of 5 such requests)
  ulangi ... dang   a repetition asked for (Ulang dang, kita nyanda dengar -> Ulangi dong, saya tidak dengar)

senses.py (_lower_price, _repeat) decides the verbs kurangi and ulangi; this module only reads them.
"""

from __future__ import annotations

# The request's verb (set by senses.py): the price asked lower, a repetition
_URGED_VERBS = frozenset({"kurangi", "ulangi"})


def urged_in_place(units: list, first: int) -> bool:
    """The clause opening at units[first] is a request dang urges where it stands ('dong'): opened by
    the verb kurangi (bargaining) or ulangi (a repetition), as senses.py read kurang and ulang. Not one
    softened by coba: 'coba dong pinjamkan' for co/coba ... dang lost on the two own references that
    have it (dong closing the clause)."""
    return units[first].ind.lower() in _URGED_VERBS
