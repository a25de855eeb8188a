"""jam before the hour: 'pukul' where a schedule says when something starts; 'jam' elsewhere, as
everyday speech and the own references write it (datang jam lima, jam brapa, tutup jam 9).

  Rapat mo mulai jam dua.          -> Rapat akan dimulai pukul dua.   (an event's start: own references 3 of 3)
  Torang mulai jam tujuh.          -> Kami mulai pukul tujuh.         (people start: mulai stays)
  Dia datang jam lima.             -> Dia datang jam lima.
An event that starts undergoes the start in Indonesian (acara dimulai pukul tujuh); a person starts
(kami mulai). Dispatched by clauses.py.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import NUMBER_WORDS, clause, person

CLOCK = "pukul"
_STARTING = frozenset({"mulai", "dimulai"})
# The hours as Indonesian writes them beside NUMBER_WORDS (dua ... sepuluh).
_HOURS = NUMBER_WORDS | frozenset({"satu", "sebelas", "setengah"})


def _jam(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None or not (nxt.pos == "num" or nxt.key.isdigit() or nxt.ind.lower() in _HOURS):
        return  # jam brapa, jam tangan, dua jam: no hour named
    if prev is not None and prev.key in _STARTING:
        u.ind = CLOCK
        words, at = clause(units, k - 1)
        if prev.key == "mulai" and not any(person(w) for w in words[:at]):
            prev.ind = "dimulai"  # rapat mo mulai jam dua: the meeting is started


RULES = {"jam": _jam}
