"""Where 'sekarang' stands: Manado Malay closes a clause with skarang, Indonesian puts it before the
predicate it dates (called by translate.py after the context rules).

  ngana pe anak so brapa orang skarang?  -> anakmu sekarang sudah berapa orang?
  petani di kampung susah skali skarang  -> petani di kampung sekarang susah sekali
  so hari apa skarang?                   -> sekarang sudah hari apa?

A clause-final skarang after a subject and a predicate opening with a state (so/masi/blum, an
adjective) moves right after the subject; a clause opening with so takes it first. It stays after
an act done now (kita bekeng skarang, bole bacirita skarang), after sampe/dari (sampai sekarang),
in a clause opening with a place or a question word (brapa harga rica skarang?). Own references:
sekarang before the predicate in 10 of the 13 clauses the rule moves.
"""

from __future__ import annotations

from pipeline.gloss.morphology import NAME
from pipeline.gloss.units import Unit

_NOW = frozenset({"skarang", "sekarang", "skrg", "sekarng"})
_SPAN = frozenset({"sampe", "sampai", "dari", "sejak", "mulai", "baru", "zaman", "jaman"})
_PLACE = frozenset({"di", "ka", "ke", "dari", "pa", "dekat"})
_PREDICATE_POS = frozenset({"aux", "neg", "v", "q", "adj"})
_ASPECT = frozenset({"so", "sudah", "su", "masi", "masih", "blum", "belum"})  # a state reached or lasting
_SUBJECT_POS = frozenset({"n", "pron", "poss", "dem", "loc", "acr", "num", ""})
_DEGREE = frozenset({"skali", "sakali", "sekali", "banget", "sangat", "talalu", "terlalu"})


def place_now(units: list[Unit]) -> bool:
    """Move each clause-final skarang before the predicate it dates; True when one moved."""
    moved = False
    for k in range(1, len(units)):
        if units[k].key in _NOW and units[k - 1].joined and units[k - 1].key not in _SPAN:
            moved = _move(units, k) or moved
    return moved


def _move(units: list[Unit], k: int) -> bool:
    """Move the skarang at units[k] (the last word of its clause) to where it dates the predicate."""
    if units[k].joined and k + 1 < len(units):
        return False  # not the clause's last word (ngana karja skarang ato sekolah?)
    first = k
    while first > 0 and units[first - 1].joined and units[first - 1].pos != "conj":
        first -= 1
    words = units[first:k]
    if not words or words[0].pos == "q":
        return False  # brapa harga rica skarang?: the question word leads
    at = _subject_end(words)
    if at is None or not (words[at].key in _ASPECT or words[at].pos == "adj" and at > 0):
        return False  # the predicate must open with the state (so mahal, susah skali), not an act
    target = first + at
    now = units.pop(k)
    now.glue, units[k - 1].glue = units[k - 1].glue, now.glue
    now.joined, units[k - 1].joined = units[k - 1].joined, now.joined
    if at == 0:  # the clause opens with sekarang: it takes the first word's capital
        head = words[0]
        now.cap, head.cap = head.cap, False
        if head.ind[:1].isupper() and head.source != NAME:
            head.ind, now.ind = head.ind[0].lower() + head.ind[1:], now.ind[:1].upper() + now.ind[1:]
    units.insert(target, now)
    return True


def _subject_end(words: list[Unit]) -> int | None:
    """Index of the predicate's first word in a clause (0 when it opens with it), None when no
    predicate follows a subject of nouns and pronouns."""
    for at, word in enumerate(words):
        if word.pos in _PREDICATE_POS or word.key == "ada":
            if word.pos == "adj" and at > 0 and at + 1 < len(words) and words[at + 1].key not in _DEGREE:
                if words[at + 1].pos in ("aux", "v") or words[at + 1].key == "ada":
                    return None  # nga pe motor merah ada di mana: the adjective describes the subject
                if words[at + 1].pos in ("adj", "dem"):
                    continue  # anak kecil sakit, pasar lama itu rame: the adjective describes the subject
            return at
        if word.pos == "prep" or word.key in _PLACE:
            if at == 0:
                return None  # di Tomohon ada ujang skarang?: a place opens the clause
            continue  # petani di kampung susah skali: a place describing the subject
        if word.pos not in _SUBJECT_POS:
            return None
    return None
