"""Requests dang urges in place: 'dong' where the request cannot take 'tolong' at its front.

  kurang ... dang   bargaining: kurang opening a request is the verb 'kurangi' (lower the price), dang
                    'dong' (Mahal skali, kurang sadiki dang -> Mahal sekali, kurangi sedikit dong; own
                    development references write kurangi and dong in 5 of 5 such requests)
  ulang ... dang    a repetition asked for: 'ulangi' (Ulang dang, kita nyanda dengar -> Ulangi dong, saya
                    tidak dengar), not 'lagi'
"""

from __future__ import annotations

# The request's verb: the price asked lower (kase kurang already reads 'kurangi'), a repetition
_REQUESTED = {"kurang": "kurangi", "ulang": "ulangi"}


def urged_in_place(units: list, first: int) -> bool:
    """The clause opening at units[first] is a request dang urges where it stands ('dong'): opened by
    a bargaining kurang or a repeating ulang (set to its verb here). Not one softened by coba: 'coba
    dong pinjamkan' for co/coba ... dang lost on the two own references that have it (dong closing
    the clause)."""
    opener = units[first]
    verb = _REQUESTED.get(opener.key)
    if verb is None:
        return False
    opener.ind = verb
    return True
