"""batu: 'batuk' (cough, its final k dropped as Manado Malay drops it: saki, maso) where the clause
speaks of illness; 'batu' (stone) elsewhere.

  Anak ada batu so dua minggu.        -> Anak batuk sudah dua minggu.   (a person has it, for a time)
  Malam-malam dia batu trus.          -> Malam-malam dia batuk terus.   (it goes on)
  Ade panas tinggi deng batu.         -> Adik demam tinggi dan batuk.   (beside another symptom)
  Dorang lempar batu. / ada batu ginjal / ada batu di jalan: a stone (a noun or a place after it).
Dispatched by clauses.py.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS, clause, person_subject

COUGH = "batuk"
# Other symptoms, as the glosser translates them: batu among them in its clause is a cough too.
_SYMPTOMS = frozenset({"demam", "pilek", "flu", "sesak", "mencret", "diare", "muntah", "muntah-muntah",
                       "menggigil", "pusing", "meriang", "ingus", "beringus"})
# After batu these say it goes on or how it sounds: batu trus, batu kering, batu berdahak.
_GOING_ON = frozenset({"trus", "terus", "kering", "berdahak", "badahak", "pilek"})
# Before batu: a person has it now or still (ada, so, masih), when nothing but an aspect word, a
# time or the clause's end follows (ada batu so dua minggu; ada batu ginjal, ada batu di jalan: a stone).
_HAVING = frozenset({"ada", "so", "sudah", "masih", "masi", "sering"})
_AFTER_HAVING_POS = frozenset({"aux", "num", "adv"})


def _batu(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "batu":
        return
    words, at = clause(units, k)
    if any(w.ind in _SYMPTOMS for i, w in enumerate(words) if i != at) or (
            nxt is not None and nxt.key in _GOING_ON) or (
            prev is not None and prev.key in _HAVING and _had_by_person(units, k, words[:at])
            and (nxt is None or nxt.pos in _AFTER_HAVING_POS)):
        u.ind, u.pos = COUGH, "v"  # a predicate: ada before it is no having (ada batu -> batuk)
        if prev is not None and prev.key in ("ada", "ad") and prev.pos == "aux" and prev.ind in ("ada", "sedang", "punya"):
            prev.ind = ""  # anak ada batu -> anak batuk: the aspect word before a state (as panas, senses.py)


def _had_by_person(units: list, k: int, earlier: list) -> bool:
    """A person is the subject before units[k]: one word (ade, dia) or a phrase a person opens (anak kacili)."""
    return person_subject(units, k) or any(w.key.partition(" ")[0] in PERSON_NOUNS for w in earlier)


RULES = {"batu": _batu}
FREE_KEYS = frozenset({"batu"})  # an Indonesian word the lexicon lists as shared
