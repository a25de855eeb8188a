"""Lexicon phrases (multi-word expressions: kase tau, Hukum Tua) found in a sentence's words.

The longest phrase wins; its words must lie within one clause. A phrase the same in Indonesian keeps
the speaker's spelling, and one written as a title keeps its capitals (an office's own regional title,
Hukum Tua, its words too).
"""

from __future__ import annotations

from pipeline.gloss.lexicon import Entry
from pipeline.person_words import KEPT_TITLES
from pipeline.gloss.tokens import is_clause_internal
from pipeline.gloss.units import Unit
from pipeline.gloss.wordtypes import WordType


def match_phrase(candidates: list[Entry], i: int, types: list[WordType], glues: list[str],
                 owned: bool = False) -> Unit | None:
    """The longest expression among `candidates` (which start with words i and i + 1, joined by
    spaces: the caller checked) found at i. Right after a possessive (owned) no expression that is a
    whole clause, a noun and its predicate, starts: the owner makes the noun one thing of its own
    (ngana pe lampu mati -> lampumu mati, not the power cut of lampu mati)."""
    n = len(types)
    for entry in candidates:
        parts = entry.words
        size = len(parts)
        if i + size > n or owned and entry.pos == "v" and types[i].analysis.pos in ("n", "loc"):
            continue
        if size == 2 or all(types[i + k].lower == parts[k] and is_clause_internal(glues[i + k - 1])
                            for k in range(2, size)):
            spelled = [t.word for t in types[i:i + size]]
            gloss = entry.gloss if entry.gloss else tuple(types[i + k].analysis.gloss for k in range(size))
            key = " ".join(parts)
            ind = entry.translation
            cap = spelled[0][0].isupper()
            if ind == key:  # same in Indonesian: keep the speaker's spelling (Kartu Keluarga)
                ind, cap = " ".join(spelled), False
            elif all(w[:1].isupper() for w in spelled):  # a title: Pala Jaga -> Kepala Jaga
                ind = " ".join(spelled) if key in KEPT_TITLES else " ".join(w[:1].upper() + w[1:] for w in ind.split(" "))
            root = ind if entry.pos in ("v", "adj") and " " not in ind else ""
            return Unit(key, ind, gloss, entry.pos, root, glues[i + size - 1], cap, i, "lexicon", cap)
    return None
