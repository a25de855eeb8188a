"""An act named as a thing owned: after a possessive the noun Indonesian makes of the verb.

  Ngana pe karja apa?        -> Pekerjaanmu apa?        (was Bekerjamu, the verb karja 'bekerja')
  Kader pe kerja banya       -> Pekerjaan kader banyak  (own references: pekerjaan)
  kalu ada karja di kobong   -> kalau ada pekerjaan     (an ada with no subject before it: there is work)
  Ngana ada karja skarang?   -> Kamu bekerja sekarang?  (after a subject, ada + V: the act going on)
  Om nyanda ada karja        -> Om tidak ada pekerjaan  (none to have; own references: punya pekerjaan)
Dispatched by clauses.py; a verb after pe that stays an act is not listed: papa pe bicara is his speech
('bicara ayah', own references), orang pe bicara a conversation ('pembicaraan', MangARTI).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import CONDITION

# The verbs and the nouns Indonesian makes of them.
_NOUNS = {"karja": "pekerjaan", "kerja": "pekerjaan"}


_NOT = frozenset({"nyanda", "nda", "ndak", "nd", "tidak", "tak", "so", "sudah", "masih", "masi", "blum", "belum"})


_NONE = frozenset({"nyanda ada", "nda ada"})  # torang nda ada karja tetap: no work to have


def _owned_act(units, k, u, prev, nxt, before, vocabulary):
    if prev is None:
        return
    there_is = prev.key == "ada" and _nothing_before(units, k - 1)
    if prev.pos == "poss" or there_is or prev.key in _NONE:
        u.ind, u.pos = _NOUNS[u.key], "n"
    if there_is:
        prev.ind = "Ada" if prev.ind[:1].isupper() or k == 1 or not units[k - 2].joined else "ada"


def _nothing_before(units: list, at: int) -> bool:
    """No subject before the ada at units[at] in its clause, past negation and aspect (nyanda ada karja) and
    a word that opens a condition or a cause (kalu ada karja, karna nyanda ada karja): ada says there is."""
    at -= 1
    while at >= 0 and units[at].joined and units[at].key in _NOT:
        at -= 1
    return at < 0 or not units[at].joined or units[at].pos == "conj" or units[at].key in CONDITION


RULES = dict.fromkeys(_NOUNS, _owned_act)
FREE_KEYS = frozenset({"kerja"})  # Indonesian words the lexicon does not list
