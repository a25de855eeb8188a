"""An act named as a thing owned: after a possessive the noun Indonesian makes of the verb.

  Ngana pe karja apa?        -> Pekerjaanmu apa?        (was Bekerjamu, the verb karja 'bekerja')
  Kader pe kerja banya       -> Pekerjaan kader banyak  (own references: pekerjaan)
Dispatched by clauses.py; a verb after pe that stays an act is not listed: papa pe bicara is his speech
('bicara ayah', own references), orang pe bicara a conversation ('pembicaraan', MangARTI).
"""

from __future__ import annotations

# The verbs and the nouns Indonesian makes of them.
_NOUNS = {"karja": "pekerjaan", "kerja": "pekerjaan"}


def _owned_act(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.pos == "poss":
        u.ind, u.pos = _NOUNS[u.key], "n"


RULES = dict.fromkeys(_NOUNS, _owned_act)
FREE_KEYS = frozenset({"kerja"})  # Indonesian words the lexicon does not list
