"""biar: 'walaupun' where it concedes, purpose ('biar', so that) where it wishes, 'biarkan saja' alone.

biar is concessive 'walaupun' before a state, 'masih' or the weather (Biar lalah, torang musti pigi ->
Walaupun lelah, ...; MangARTI: meskipun/walaupun in 7 of 8; own references walaupun 6, meskipun
3, biarpun 2 of 12), and wherever a clause stands before it in its sentence (dia nyanda mo iko,
biar ...) or it opens a sentence whose main clause follows a comma (Biar ujang, torang tetap
pi: own references concede in 12 of 12 such sentences) - when one clause fails or holds in
spite of the other (nyanda, tetap, pernah) or biar's concedes a fact or a lack (so, masih, le,
nyanda ada): purpose takes a comma too (pake jaket, biar nyanda dingin) -, 'biar' elsewhere; biar jo as
a clause of its own, or before dulu or a state, is 'biarkan saja' (leave it) - a state that a main
clause follows is conceded, 'walaupun' (Biar jo mahal, kita mo bli -> Walaupun mahal, ...) -, and before a person
and yang it offers that person for the act, 'biar' (Biar jo kita yang bayar -> Biar saya yang membayar;
MangARTI mining and dev parts 4 of 4); also past the subject pronoun (biar kita
so bujuk lama -> biarpun saya sudah bujuk lama); biar + le (ley, lei) before a clause too,
le dropped (biar le dia mara -> biarpun dia marah); before the middle of a time of day
after the act too (dia datang biar tengah malam -> ... biarpun tengah malam); never before
the speed of a result wished for (biar capat sembuh: purpose)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import ALSO, NOT, WEATHER, person, same_case, sentence_around

_CONCEDED = frozenset({"masih", "cuma", "hanya", "so", "sudah"}) | WEATHER  # biar masih kecil: even though
CONCESSIVE = "walaupun"
_NOT_CONCESSIVE = frozenset({"kase", "se", "jang", "jangan"})
_MIDDLE = frozenset({"tengah", "tenga"})  # biar tengah malam: the middle of a time of day
# Speed before the result it hastens (biar capat sembuh): the result wished for, purpose, never conceded
_HASTE = frozenset({"capat", "cepat", "lekas", "lakas"})


def biar(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.key in ALSO and nxt.joined and (prev is None or prev.pos not in ("v", "aux", "neg")):
        u.ind, nxt.ind = same_case(u.ind, CONCESSIVE), ""  # biar le dia mara -> biarpun dia marah: 'even if'
        return
    if nxt is not None and nxt.key in _MIDDLE and nxt.joined and k + 2 < len(units) and units[k + 2].key in WEATHER and (
            prev is None or prev.pos not in ("aux", "neg") and prev.key not in _NOT_CONCESSIVE):
        u.ind = same_case(u.ind, CONCESSIVE)  # dia datang biar tengah malam: even at midnight, after the act too
        return
    if nxt is not None and nxt.pos == "pron" and nxt.joined and k + 2 < len(units) and (
            units[k + 2].key in _CONCEDED or units[k + 2].pos == "adj"):
        nxt = units[k + 2]  # biar kita so bujuk lama: the subject before what is conceded
    if nxt is not None and nxt.key in _HASTE and nxt.joined:
        return  # Biar capat sembuh, minum obat: so that, the reading biar keeps
    if nxt is not None and (nxt.pos == "adj" or nxt.key in _CONCEDED) and (
            prev is None or prev.pos not in ("v", "aux", "neg") and prev.key not in _NOT_CONCESSIVE):
        u.ind = same_case(u.ind, CONCESSIVE)  # Biar lalah, torang musti pigi -> Walaupun lelah, ...
    elif nxt is not None and (prev is None or prev.key not in _NOT_CONCESSIVE) and _conceding_place(units, k):
        u.ind = same_case(u.ind, CONCESSIVE)  # dia nyanda mo iko, biar ...; Biar ujang, torang tetap pi


def _conceding_place(units: list, k: int) -> bool:
    """biar at units[k] follows a clause of its sentence closed by a comma, or opens a sentence whose
    main clause comes after a comma: the place of 'although' (biar kita yang bayar, alone in its
    sentence, lets). Right after its clause with no comma it is purpose, 'so that' (minum kopi biar
    nyanda mangantuk), and stays biar. A comma alone does not make it 'although': purpose takes one
    too (bawa payung, biar nyanda basah); one of the two clauses must say what holds in spite of the
    other (_conceded)."""
    words, at = sentence_around(units, k)
    ends = [i for i, w in enumerate(words[:-1]) if not w.joined]  # the last word of each clause but the last
    if at > 0:
        if "," not in units[k - 1].glue:
            return False
        start = max((i + 1 for i in ends if i < at - 1), default=0)
        main, conceded = words[start:at], _clause_from(words, at, ends)
    else:
        if not ends:
            return False
        conceded, main = words[:ends[0] + 1], _clause_from(words, ends[0] + 1, ends)
    return _conceded(main, conceded)


def _clause_from(words: list, start: int, ends: list[int]) -> list:
    """The clause of `words` that opens at `start`, up to its punctuation."""
    return words[start:min((i + 1 for i in ends if i >= start), default=len(words))]


# In the main clause: what happens or fails in spite of the other (dia tetap pigi; dia nyanda mo iko,
# torang nyanda pernah lapar). In biar's clause: a fact already so (so, masih, le) or a lack (nyanda ada).
_IN_SPITE = NOT | frozenset({"tetap", "tetep", "pernah", "nimau", "nintau"})
_LACK = frozenset({"ada", "punya", "pake", "pakai"})


def _conceded(main: list, conceded: list) -> bool:
    """The pair of clauses around biar reads as concession, not purpose (pake jaket, biar nyanda dingin)."""
    words = [word for w in conceded[1:] for word in w.key.split()]  # a unit may be two words (nyanda pernah)
    lack = any(first in NOT and second in _LACK for first, second in zip(words, words[1:]))
    if lack or any(word in _CONCEDED or word in ALSO for word in words):
        return True
    # an act held back so that something does not happen is purpose (torang nyanda pigi, biar nyanda
    # tatular): a negation in biar's clause leaves only tetap and pernah to concede
    spite = _IN_SPITE - NOT if any(word in NOT for word in words) else _IN_SPITE
    return any(word in spite for w in main for word in w.key.split())


def biar_jo(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.pos == "adj" and _main_clause_after(units, k):
        u.ind = same_case(u.ind, CONCESSIVE)  # Biar jo mahal, kita mo bli -> Walaupun mahal, ...: as biar + a state
    elif nxt is None or nxt.key in _LEFT_AS_IT_IS or nxt.pos == "adj":
        u.ind = same_case(u.ind, "biarkan saja")  # Biar jo, dia so lalah; biar jo dulu, biar jo saki: leave it
    elif person(nxt) and k + 2 < len(units) and nxt.joined and units[k + 2].key == "yang":
        u.ind = same_case(u.ind, "biar")  # Biar jo kita yang bayar -> Biar saya yang membayar: the offer


def _main_clause_after(units: list, k: int) -> bool:
    """The clause biar opens at units[k] ends before its sentence does: another clause follows it."""
    words, at = sentence_around(units, k)
    return any(not w.joined for w in words[at + 1:-1])


_LEFT_AS_IT_IS = frozenset({"dulu", "bagitu", "begitu", "bagini", "begini"})  # biar jo dulu: leave it for now
