"""kaya: Manado's 'like, as' (Indonesian colloquial kayak) before what something is likened to, or
Indonesian's 'rich'. Dispatched by clauses.py.

  Ngana pe rambut kaya sarang burung. / Dia lari kaya kilat.   -> seperti (a noun phrase follows)
  Dia bicara kaya bagitu. / Kaya dia, kita nyanda bisa.         -> seperti (a way, a person likened to)
  Dia pe suara kaya dia pe mama.                                -> seperti (what another owns)
  Dia kaya skali. / Dorang kaya raya. / Orang kaya itu pelit.   -> kaya (the lexicon's: rich)
What is rich stands before kaya and nothing follows it but a degree word, a demonstrative of the rich
one (orang kaya itu) or the end of the clause; what is likened to follows it.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import INTENSIFIERS, PERSON_NOUNS, same_case, thing

LIKE = "seperti"
# Words after kaya that keep it 'rich': degree words and the set phrases of wealth (kaya raya, kaya mendadak).
_RICH_AFTER = INTENSIFIERS | frozenset({"sakali", "raya", "mendadak", "baru", "deng", "dengan", "akan"})
_WAYS = frozenset({"bagitu", "bagini", "begitu", "begini", "bagitu-bagitu"})  # kaya bagitu: like that


def _kaya(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "kaya" or nxt is None or nxt.key in _RICH_AFTER:
        return
    likened = nxt.key in _WAYS or nxt.pos in ("pron", "poss") or nxt.key in PERSON_NOUNS or (
        nxt.pos in ("n", "loc") or nxt.pos == "" and nxt.ind.lower() not in STOP_WORDS and thing(nxt, vocabulary))
    if likened:
        u.ind, u.pos = same_case(u.ind, LIKE), "prep"  # rambut kaya sarang burung -> seperti sarang burung


RULES = {"kaya": _kaya}
