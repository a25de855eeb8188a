"""lupa before the person forgotten: 'melupakan' (dispatched by clauses.py).

Indonesian forgets a person with the applied verb (KBBI lupa: 'tidak ingat'; melupakan: 'lupa akan'):
aku tidak bisa melupakanmu, not 'lupa kamu'. Manado Malay says lupa ngana (or lupa pa ngana, the lexicon's
'lupakan'). So lupa right before a pronoun that closes its clause is 'melupakan' (nyanda bisa lupa
dia -> tidak bisa melupakan dia), 'lupakan' after jang (jang lupa dia -> jangan lupakan dia). Before a
thing or an act lupa stays (lupa nama, lupa bawa kunci), and so it does before a pronoun the clause goes
on after: that is the subject of what was forgotten (kita lupa dia so pigi -> saya lupa dia sudah pergi).
"""

from __future__ import annotations

_PROHIBITING = frozenset({"jang", "jangan", "jangang"})


def _person_forgotten(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "lupa" or nxt is None or nxt.pos != "pron" or nxt.joined and units.index(nxt, k) + 1 < len(units):
        return
    form = "lupakan" if prev is not None and prev.key in _PROHIBITING else "melupakan"
    u.ind = form.capitalize() if u.ind[0].isupper() else form  # Lupa ngana, ... opening the sentence


RULES = {"lupa": _person_forgotten}
