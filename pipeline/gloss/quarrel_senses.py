"""baku mara read by what the sentence says of its time (dispatched by clauses.py).

  baku mara(h)  'bertengkar' (quarrel), an event: going on (ada baku mara di dapur), habitual (ja baku mara
                tiap malam), never (nda pernah baku mara), with someone (baku mara deng tamang): own references
                bertengkar 10 of 19; 'saling marah' (angry at each other), a state, where the sentence gives
                how long it lasts (dari kalamaring, sampe skarang), says it no longer holds (nyanda bakumarah
                le), forbids it (jang baku mara) or says it has come about (dorang so baku mara: the state
                reached): own references saling marah 7 of 8 such sentences
  baku bage     'saling pukul' (hit each other) with nothing shared after it (ngoni dua baku bage trus!);
                'berbagi' (share) before what is shared (baku bage tampa, baku bage berkat, baku bage jo itu
                roti: MangARTI mining 3 of 3, own references 1 of 1)
  baku balas    'bersahutan' (sounds answering each other) in a clause of crowing, singing or shouting with no
                thing answered after it (ayam bakokok baku balas dari jao: MangARTI mining 3 of 3); elsewhere
                'saling membalas' (baku balas pesan; baku balas kata-kata, suara rame: the words are answered)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PAST_POINTS, clause, is_time, sentence_around, thing

QUARREL = "bertengkar"
ANGRY_AT_EACH_OTHER = "saling marah"
_SINCE = frozenset({"dari", "sejak"})
_UNTIL = frozenset({"sampe", "sampai"})
_NOW = frozenset({"skarang", "sekarang"})
_UNTIL_NOW = frozenset({"sampe skarang", "sampai sekarang", "sampe sekarang"})
_NEGATIONS = frozenset({"nyanda", "nda", "tidak", "ndak"})
_ANY_MORE = frozenset({"le", "lagi"})
_FORBIDDING = frozenset({"jang", "jangan", "jangang"})
_ALREADY = frozenset({"so", "su", "sudah"})  # so baku mara: the state the quarrel left


def _quarrel(units, k, u, prev, nxt, before, vocabulary):
    u.ind = ANGRY_AT_EACH_OTHER if _lasting(units, k, prev, nxt, before) else QUARREL


def _lasting(units: list, k: int, prev, nxt, before) -> bool:
    """The sentence of units[k] gives how long the state lasts (dari kalamaring, sampe skarang), that
    it holds no longer (nyanda baku mara le, so nyanda baku mara), forbids it (jang baku mara: stay no
    longer angry) or says it has come about (so baku mara)."""
    if prev is not None and prev.key.partition(" ")[0] in _ALREADY and prev.key.rpartition(" ")[2] in _NEGATIONS:
        return True  # so nyanda, one unit: no longer
    no_longer = nxt is not None and nxt.key in _ANY_MORE or before is not None and before.key in _ALREADY
    if prev is not None and (prev.key in _NEGATIONS and no_longer or (
            prev.key in _FORBIDDING or prev.key in _ALREADY)):
        return True
    words, _ = sentence_around(units, k)
    if any(w.key in _UNTIL_NOW for w in words):
        return True
    return any(first.key in _SINCE and second.key in PAST_POINTS or first.key in _UNTIL and second.key in _NOW
               for first, second in zip(words, words[1:]))


# What a reciprocal bage may share past: a particle or a degree word before the thing shared.
_BEFORE_SHARED = frozenset({"jo", "jua", "dulu", "sama-sama"})
_SHARED_POS = frozenset({"n", "dem", "num", "loc"})
_PLACE_WORDS = frozenset({"di", "ke", "ka", "dari", "pada"})  # baku bage di lapangan: where, not what
_HOW_OFTEN = frozenset({"tiap", "setiap", "sampe", "sampai", "trus", "terus", "lagi"})


def _thing_after(units: list, k: int, vocabulary) -> bool:
    """A thing right after units[k], perhaps past jo or dulu: what a reciprocal act is done with."""
    at = k + 1
    while at < len(units) and units[at - 1].joined and units[at].key in _BEFORE_SHARED:
        at += 1
    after = units[at] if at < len(units) and units[at - 1].joined else None
    if after is None or is_time(after) or after.key.partition(" ")[0] in _HOW_OFTEN:
        return False  # baku bage tiap malam: when, not what is shared
    return after.pos in _SHARED_POS or after.pos == "" and after.key not in _PLACE_WORDS and thing(after, vocabulary)


def _share_or_fight(units, k, u, prev, nxt, before, vocabulary):
    """baku bage before what is shared is berbagi; with nothing shared the fight stays (saling pukul)."""
    if _thing_after(units, k, vocabulary):
        # baku bage tampa, baku bage jo itu roti; one gloss per word, so bakubage written as one is RECP-bagi
        u.ind, u.gloss = "berbagi", ("RECP", "bagi") if len(u.key.split()) == 2 else ("RECP-bagi",)


def _answering(units, k, u, prev, nxt, before, vocabulary):
    """baku balas among sounds (a cock crowing, crickets singing, people shouting) is bersahutan."""
    words, _ = clause(units, k)
    if not _thing_after(units, k, vocabulary) and any(w.key in _SOUNDS or w.root in _SOUNDS for w in words):
        u.ind = "bersahutan"  # ayam bakokok baku balas dari jao; baku balas pesan keeps saling membalas


# Sounds that answer each other.
_SOUNDS = frozenset({"bakokok", "kokok", "berkokok", "bamanyanyi", "manyanyi", "nyanyi", "bataria", "tariak", "teriak",
                     "suara", "bunyi", "babunyi", "gonggong", "bagonggong", "menggonggong"})


RULES = {**dict.fromkeys(("baku mara", "baku marah", "bakumara", "bakumarah"), _quarrel),
         **dict.fromkeys(("baku bage", "bakubage"), _share_or_fight), **dict.fromkeys(("baku balas", "bakubalas"),
                                                                                   _answering)}
FREE_KEYS = frozenset({"bakumara", "bakumarah"})  # read by the baku rule, not from the lexicon
