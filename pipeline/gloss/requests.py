"""Requests dang urges in place: 'dong' where the request cannot take 'tolong' at its front.

  kurang ... dang   bargaining: kurang opening a request is the verb 'kurangi' (lower the price), dang
                    'dong' (Mahal skali, kurang sadiki dang -> Mahal sekali, kurangi sedikit dong; own
                    development references write kurangi and dong in 5 of 5 such requests)
"""

from __future__ import annotations

_BARGAINING = {"kurang": "kurangi"}  # the price asked lower: kase kurang already reads 'kurangi'


def urged_in_place(units: list, first: int) -> bool:
    """The clause opening at units[first] is a request dang urges where it stands ('dong'): opened by
    a bargaining kurang (set to its verb here). Not one softened by coba: 'coba dong pinjamkan' for
    co/coba ... dang lost on the two own references that have it (dong closing the clause)."""
    opener = units[first]
    verb = _BARGAINING.get(opener.key)
    if verb is None:
        return False
    opener.ind = verb
    return True
