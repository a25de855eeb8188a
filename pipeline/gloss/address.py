"""Kin terms said to the person addressed take Indonesian's short vocative forms (dispatched by clauses.py).

A kin term standing alone in its clause, opening the sentence before a comma or closing it after one,
names the one spoken to: Indonesian then says Kak, Dik, Ma, Pa, Pak (Kaka, tolong jemput kita -> Kak,
tolong jemput saya; Brapa ni, kaka? -> Berapa ini, Kak?; own references Kak 6 of 6, Dik 5 of 5, Ma 6 of 6
where the source says mama or ma). A kin term inside its clause keeps the full noun (kita pe kaka ->
kakak saya). Ibu is left: said to a respondent, references keep Ibu as often as they write Bu.
"""

from __future__ import annotations

# The lexicon's and Indonesian's kin terms -> the short form Indonesian uses to address them.
_SHORT = {"kaka": "kak", "kakak": "kak", "ade": "dik", "adik": "dik", "mama": "ma", "papa": "pa",
          "bapa": "pak", "bapak": "pak"}


def _addressed(units, k, u, prev, nxt, before, vocabulary):
    if prev is None and nxt is None and (u.upper or k > 0):
        u.ind = _SHORT[u.key].capitalize()   # Kaka, ... -> Kak, ...; ..., ade? -> ..., Dik?


RULES = dict.fromkeys(_SHORT, _addressed)
FREE_KEYS = frozenset({"kakak", "adik", "bapak"})  # Indonesian spellings the lexicon does not list
