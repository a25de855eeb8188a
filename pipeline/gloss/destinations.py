"""di as 'ke' where it names where something goes (dispatched by clauses.py).

Manado Malay marks the goal of a movement with di as well as ka; Indonesian writes ke there:
  kase maso  the place a thing is put into: kase maso tas di dalam bagasi -> masukkan tas ke dalam
             bagasi (MangARTI mining and dev parts and the own sets: 'ke' in 13 of 14 references; the
             14th enters a name in a list, a record: di daftar stays)
  sampe      'sampai ke' after an act or a state that reaches that far (tarek slimut sampe di leher,
             de pe bau so sampe di muka rumah: 'ke' in 9 of 9); 'sampai di' where sampe is the arrival
             itself, after its subject or an aspect word (torang so sampe di rumah)
  jatuh      'jatuh ke' where what falls goes into water or a hole (HP jatu di aer, ta jatuh di got ->
             jatuh ke air, ke selokan: own references 'ke' 4 of 5); 'jatuh di' on a surface or a room,
             where the fall happened (jatuh di kamar mandi, ta jatu di tanah)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import CAUSATIVES, PERSON_NOUNS, clause
from pipeline.gloss.going_senses import going_in
from pipeline.gloss.indonesian import IndonesianVocabulary

_AT = "di"
_TOWARDS = frozenset({"ka", "ke", "pa"})  # the goal already marked
# Records a name or a figure is entered in, not moved into: kase maso depe nama di daftar stays 'di'.
_RECORDS = frozenset({"daftar", "catatan", "formulir", "data", "laporan"})
_ARRIVAL_AFTER = frozenset({"pron", "aux", "neg", "conj"})  # torang sampe, so sampe, blum sampe


def _put_into(units, k, u, prev, nxt, before, vocabulary):
    if prev is None or prev.key not in CAUSATIVES or not prev.joined:
        return
    words, at = clause(units, k)
    for i, c in enumerate(words[at + 1:-1], at + 1):
        if c.key == _AT and words[i + 1].key not in _RECORDS:
            c.ind = "ke"  # kase maso ini tas di dalam bagasi -> masukkan tas ini ke dalam bagasi
            return
        if c.key in _TOWARDS:
            return


def _up_to(units, k, u, prev, nxt, before, vocabulary: IndonesianVocabulary):
    if nxt is None or nxt.key != _AT or not u.joined or prev is None or not prev.joined:
        return
    if prev.pos in _ARRIVAL_AFTER or prev.key in PERSON_NOUNS:
        return  # torang so sampe di rumah: the arrival
    words, at = clause(units, k)
    if any(c.pos in ("v", "adj") or c.pos == "" and c.root and vocabulary.is_verb_root(c.root) for c in words[:at]):
        nxt.ind = "ke"  # tarek slimut sampe di leher -> sampai ke leher


def _maso(units, k, u, prev, nxt, before, vocabulary):
    _put_into(units, k, u, prev, nxt, before, vocabulary)
    going_in(units, k, u)  # matahari so maso -> terbenam, bumbu maso -> meresap (going_senses.py)


def _falls_into(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.key == _AT and u.joined and nxt.joined and k + 2 < len(units) and (
            units[k + 2].key in _INTO):
        nxt.ind = "ke"  # ta pe HP jatu di aer -> HP saya jatuh ke air


# What one falls into rather than onto: water and the channels and holes that hold it.
_INTO = frozenset({"aer", "air", "got", "selokan", "parit", "sumur", "lubang", "laut", "kali", "sungai", "kuala",
                   "kolam", "empang", "danau"})

RULES = {"jatuh": _falls_into, "jatu": _falls_into, "tajatuh": _falls_into, "tajatu": _falls_into, "maso": _maso, "masok": _maso, "masuk": _maso, "sampe": _up_to, "sampai": _up_to}
FREE_KEYS = frozenset({"masuk", "sampai", "jatuh", "tajatuh", "tajatu"})  # Indonesian spellings the lexicon does not list
