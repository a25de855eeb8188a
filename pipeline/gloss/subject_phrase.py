"""Whether the owner before a pe closes the subject phrase of its clause (read by possessives.py).

An adjective after `pe` is the predicate of the clause's subject when nothing but that subject goes
before the owner: the owner itself (tu pesta pe rame), or a noun and a place phrase describing it
(pante di Likupang pe bagus, jalang di muka sekolah pe rusak: the road in front of the school). The
place phrase may open with a preposition of one word (di, dari) or of two (di muka, di blakang), and
the noun it describes may be the clause's first word even where the lexicon tags it a verb too
(jalang 'walk; road'): before a place phrase and a graded pe, it names the thing. A relative clause
on the subject may stand between (ikang yang papa tangkap di laut pe basar: the fish is big).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PLACE_PHRASE_PREPOSITIONS, TIME_UNITS, TITLES, WEATHER, WHEN_WORDS
from pipeline.gloss.morphology import INDONESIAN, NAME, UNKNOWN
from pipeline.gloss.units import Unit

_NOUN_POS = frozenset({"n", "loc", "acr", "dem"})



def opens_clause(units: list[Unit], pe_at: int, not_attributing: frozenset[str]) -> bool:
    """No verb or preposition before the owner in its clause but a place phrase describing the
    subject: the owner phrase is the subject (tu pesta kemarin pe rame), not an object whose
    adjective is a noun (deng kampung pe dingin). `not_attributing`: verbs of perceiving and saying."""
    for before in range(pe_at - 1, -1, -1):
        unit = units[before]
        if _describes_subject(units, before):
            if units[before - 1].pos == "v":
                return True  # jalang di muka sekolah pe rusak: the first word names the subject
            continue  # pante di Likupang pe bagus: the place describes the owner, the subject
        if unit.pos in ("v", "prep") or unit.key in not_attributing:
            return in_relative_of_subject(units, before)
        if before == 0 or not units[before - 1].joined:
            return True
    return True


def _describes_subject(units: list[Unit], at: int) -> bool:
    """units[at] is a place preposition after a noun, or after the clause's first word."""
    if units[at].key.partition(" ")[0] not in PLACE_PHRASE_PREPOSITIONS or at == 0 or not units[at - 1].joined:
        return False
    head = units[at - 1]
    return head.pos in ("n", "loc") or head.pos == "v" and (at == 1 or not units[at - 2].joined)


def in_relative_of_subject(units: list[Unit], at: int) -> bool:
    """units[at] is in a relative clause (yang ...) on the clause's first nouns, so the owner before
    pe ends that subject and the adjective after pe is its predicate (ikang yang papa tangkap di laut
    pe basar skali -> ikan yang ayah tangkap di laut sangat besar)."""
    while at > 0 and units[at - 1].joined:
        at -= 1
        if units[at].key == "yang":
            start = at
            while start > 0 and units[start - 1].joined:
                start -= 1
            nouns = units[start:at]
            return bool(nouns) and all(n.pos in _NOUN_POS or n.pos == "" and n.ind for n in nouns)
    return False


_PLACE_NOUNS = frozenset({"n", "loc"})
_NOT_NAMED_HEADS = TITLES | TIME_UNITS | WEATHER | WHEN_WORDS  # om Yance pe: the title's own rule; Sabtu


def named_owner_nouns(units: list[Unit], pe_at: int) -> int:
    """How many words before the name that owns a pe belong to its owner: a noun the name sets apart
    (pasar Tomohon pe ikang -> ikan pasar Tomohon), or a noun and its adjective of one compound (rumah
    saki Tondano pe dokter -> dokter rumah sakit Tondano); 0 where no name owns it, or a title goes first
    (possessives.py reads om Yance) or a time (Sabtu Yance pe)."""
    if pe_at < 2:
        return 0
    name, head = units[pe_at - 1], units[pe_at - 2]
    if not (name.upper and name.pos == "" and name.source in (NAME, INDONESIAN, UNKNOWN) and head.joined):
        return 0
    if head.pos not in _PLACE_NOUNS and head.pos != "adj" or head.key in _NOT_NAMED_HEADS or not head.ind:
        return 0
    noun = units[pe_at - 3] if pe_at >= 3 and units[pe_at - 3].joined else None
    if noun is not None and noun.pos in _PLACE_NOUNS and noun.key not in _NOT_NAMED_HEADS and noun.ind and (
            head.pos == "adj"):
        return 2  # rumah saki Tondano: the adjective names the kind of the noun before it
    return 1 if head.pos in _PLACE_NOUNS else 0

