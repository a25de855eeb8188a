"""Nouns of the ground with a second sense, read as the place where a place word comes before them
(dispatched by clauses.py; kali, the river, is in water_senses.py).

  utang  'hutan' (forest: Manado drops the initial h, as ujang 'hujan') after a place preposition or a
         verb of going (sambunyi di utang, pigi ka utang); 'utang' (debt) elsewhere (ngana pe utang,
         bayar utang); babi utang is a lexicon phrase
  pece   'lumpur' (mud, the noun) after a place preposition or a verb of playing (jang bamain di pece,
         bamain pece); 'becek' (muddy, the lexicon's adjective) after what is muddy (jalang so pece)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import GOING

FOREST = "hutan"
MUD = "lumpur"
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


RULES = {"utang": _forest, "pece": _mud}
