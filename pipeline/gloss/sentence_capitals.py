"""Whose capital a word opening the sentence bears: the sentence's, or the word's own.

A possessor that opens the sentence moves behind what it owns (Sumur pe aer -> Air sumur): a common
noun, of the lexicon or of Indonesian, leaves the capital to the sentence; a name, a person or title,
an acronym and the words Indonesian writes with a capital anywhere (Tuhan, Posyandu) keep theirs.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import person
from pipeline.gloss.morphology import INDONESIAN, LEXICON

# Words Indonesian writes with a capital wherever they stand: the holy names, the scripture, and the
# health service's acronym-words, names of its posts (Puskesmas, Posyandu; own round 11 and 13 sets).
_OWN_CAPITALS = frozenset({"tuhan", "allah", "yesus", "alkitab",
                           "puskesmas", "pustu", "posyandu", "polindes", "poskesdes", "posbindu"})


def sentence_capital(unit) -> bool:
    """A common noun, a place noun of the lexicon or an untagged Indonesian word (rumah, sumur, dosen):
    its capital at the sentence start was the sentence's."""
    return unit.source in (LEXICON, INDONESIAN) and unit.pos in ("n", "loc", "") and not person(unit) and (
        unit.key not in _OWN_CAPITALS and unit.ind != unit.ind.upper())
