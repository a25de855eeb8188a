"""Nouns read by a place word beside them (dispatched by clauses.py; kali, the river, is in
water_senses.py).

  utang  'hutan' (forest: Manado drops the initial h, as ujang 'hujan') after a place preposition or a
         verb of going (sambunyi di utang, pigi ka utang); 'utang' (debt) elsewhere (ngana pe utang,
         bayar utang); babi utang is a lexicon phrase
  pece   'lumpur' (mud, the noun) after a place preposition or a verb of playing (jang bamain di pece,
         bamain pece); 'becek' (muddy, the lexicon's adjective) after what is muddy (jalang so pece)
  lampu  'listrik' (the power supply) where a place has or lacks it: after ada (nyanda ada) in a clause
         with a place (kampung so ada lampu, dulu kampung nyanda ada lampu: own references 2 of 2); a lamp elsewhere
         (bawa lampu, pasang lampu di perahu); lampu mati, the power cut, is a lexicon phrase
"""

from __future__ import annotations

from pipeline.gloss.clause_words import GOING, clause

FOREST = "hutan"
MUD = "lumpur"
POWER = "listrik"
# Place prepositions: the noun after them names where one is, goes or comes from.
_AT = frozenset({"di", "ka", "ke", "dari", "dalam", "dalang", "pinggir", "tengah", "tenga"})
# Verbs of playing: what one plays in (bamain pece) is the mud.
_PLAYING = frozenset({"bamain", "main", "bermain", "bamaing", "maing"})


def _forest(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and (prev.key in _AT or prev.key in GOING) and u.ind.lower() == "utang":
        u.ind, u.pos = FOREST, "loc"  # sambunyi di utang -> bersembunyi di hutan; bayar utang stays


def _mud(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and (prev.key in _AT or prev.key in _PLAYING):
        u.ind, u.pos = MUD, "n"  # jang bamain di pece -> jangan bermain di lumpur; jalang so pece stays


def _power(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    had = prev is not None and prev.key.rpartition(" ")[2] == "ada"
    if had and u.ind == "lampu" and any(c.pos == "loc" for c in words[:at]):
        u.ind = POWER  # dulu kampung nyanda ada lampu -> dulu kampung tidak ada listrik


RULES = {"utang": _forest, "pece": _mud, "lampu": _power}
