"""bahaya: Manado says 'dangerous' with the noun itself (jang pigi sandiri, bahaya), where Indonesian writes
'berbahaya' (own references 7 of 8). Dispatched by clauses.py.

  Vaksin itu bahaya. / Jang pigi malam-malam, bahaya skali.   -> berbahaya (said of what is dangerous)
  Kalu ada bahaya ... / dalam bahaya / tanda bahaya            -> bahaya (the danger itself, after ada, a
                                                                  preposition, tanda or a possessive)
  Bahaya narkoba so sampe di kampung.                          -> bahaya (before what the danger is of)
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import INTENSIFIERS, is_time, same_case

DANGEROUS = "berbahaya"
# Words after which bahaya is the danger itself: there is, in, a sign of, from, to know of it.
_NAMING_DANGER = frozenset({"ada", "dalam", "tanda", "pe", "depe", "dari", "di", "ka", "ke", "tahu", "tau"})


def _dangerous(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and (prev.key.rpartition(" ")[2] in _NAMING_DANGER or prev.pos in ("poss", "prep")):
        return  # kalu ada bahaya, dalam bahaya, nyanda tau bahaya: the danger itself
    if nxt is not None and not is_time(nxt) and nxt.key not in INTENSIFIERS and (nxt.pos in ("n", "loc") or (
            nxt.pos == "" and nxt.ind.lower() not in STOP_WORDS and vocabulary.is_lemma(nxt.ind.lower()))):
        return  # bahaya narkoba, bahaya rokok: the danger of a thing (a root, though Indonesian makes verbs of some)
    u.ind, u.pos = same_case(u.ind, DANGEROUS), "adj"  # jang pigi sandiri, bahaya skali -> berbahaya


RULES = {"bahaya": _dangerous}
FREE_KEYS = frozenset({"bahaya"})  # an Indonesian word the lexicon does not list
