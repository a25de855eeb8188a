"""laeng standing for what it sets apart: 'yang lain' (dispatched by clauses.py).

Manado Malay laeng is an adjective after its noun (orang laeng -> orang lain) and a predicate (tu laeng
-> itu lain), but it also stands alone for 'another one, someone else', as the object of a verb or a
preposition (cari laeng, dapa laeng, deng laeng, for laeng), after ada or its negation (nyanda ada laeng)
and after apa-apa. Indonesian lain cannot stand alone there: it takes yang (mencari yang lain, tidak ada
yang lain, apa-apa yang lain; KBBI lain: 'yang lain'). Before a noun (laeng kali) or after one, a
demonstrative or an aspect word (so laeng: 'sudah lain', changed) laeng stays 'lain', and so it does after
a word that is both verb and noun, taken as the noun by the verb before it (lewat jalan laeng).
"""

from __future__ import annotations

from pipeline.gloss.active_voice import MOTION_VERBS

_BEFORE_ONE = frozenset({"v", "prep", "neg", "q"})  # a verb, a preposition, nyanda ada, apa-apa
_HAVING = frozenset({"ada", "dapa"})  # ada laeng?, dapa laeng: there is, one got another one
_AFTER_ONE = frozenset({"ptc", "conj"})  # ambe laeng jo: nothing laeng could qualify


def _another(units, k, u, prev, nxt, before, vocabulary):
    if prev is None or u.ind != "lain" or nxt is not None and nxt.pos not in _AFTER_ONE:
        return
    if prev.pos not in _BEFORE_ONE and prev.key not in _HAVING:
        return
    if prev.pos == "v" and prev.ind == prev.key and k > 1 and units[k - 2].joined and (
            units[k - 2].pos == "prep" or units[k - 2].pos == "v" and units[k - 2].key not in MOTION_VERBS):
        return  # lewat jalan laeng: jalan is the noun before laeng, taken by the word before it (pigi cari laeng: an act)
    if prev.key == "ada" and not prev.ind:
        prev.ind = "ada"  # Ada laeng? -> Ada yang lain?
    u.ind = "yang lain"


RULES = {"laeng": _another, "laen": _another}
