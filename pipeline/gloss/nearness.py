"""amper: 'dekat' (near) before a place or a thing, 'hampir' (almost) before an act, a state or an amount.

Manado amper is both (word lists of manado.inews.id: 'amper = dekat'; dionbata.com: 'dekat, hampir',
'amper malam' 'nanti malam'). MangARTI's mining and dev parts have it 8 times, each before a verb or an
adjective and each 'hampir' (so amper abis, amper tatidor); the lexicon keeps 'hampir', and this rule
(dispatched by clauses.py) makes it 'dekat' where what follows is where one is:
  Kita pe rumah amper gereja.   -> Rumah saya dekat gereja.
  Dia pe kantor amper dari sini -> Kantornya dekat dari sini.
  Ngana pe rumah amper?         -> Rumahmu dekat?      (closing its clause after a noun or so)
  Kita so amper sampe.          -> Saya sudah hampir sampai.  (an act)
  amper malam, amper samua      -> hampir malam, hampir semua (a time, an amount)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import TIME_UNITS, WHEN_WORDS, thing

NEAR = "dekat"
# What follows amper 'near': a place word of direction or distance.
_TO_PLACE = frozenset({"dari", "deng", "dengan", "pa", "ka", "ke", "sini", "situ", "sana", "sana-sana"})
# Times and amounts: amper before them is 'almost' (amper malam, amper jam sepuluh, amper samua).
_TIMES = TIME_UNITS | WHEN_WORDS | frozenset({
    "malam", "malang", "siang", "pagi", "sore", "subuh", "jam", "tengah", "natal", "paskah", "taon",
    "samua", "semua", "smua", "tiap", "setiap", "separo", "setengah", "abis", "habis", "penuh", "fol"})
# Closing its clause after these, amper says how near (so amper: we are near now).
_NEAR_AFTER_POS = frozenset({"n", "loc", "pron", "aux"})


def _amper(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None:
        if prev is not None and (prev.pos in _NEAR_AFTER_POS or thing(prev, vocabulary)):
            u.ind = NEAR  # Ngana pe rumah amper?, Torang so amper.
        return
    if nxt.key in _TIMES or nxt.pos in ("num", "v", "adj", "aux", "neg", "adv"):
        return  # amper malam, amper dua jam, amper jatuh: almost
    if nxt.key in _TO_PLACE or nxt.pos in ("n", "loc") or thing(nxt, vocabulary):
        u.ind = NEAR  # amper gereja, amper dari sini, amper pante: near


RULES = {"amper": _amper}
