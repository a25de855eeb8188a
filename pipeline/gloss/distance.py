"""dari jao after a verb of perceiving: 'dari kejauhan' (from afar), as Indonesian says it.

Manado Malay says dari jao both for coming from far away (tamu dari jao -> tamu dari jauh) and
for where something is seen, heard or smelled from (suara lonceng tadangar dari jao -> suara
lonceng terdengar dari kejauhan). After a verb of perceiving in the same clause the free
translation writes 'dari kejauhan' (the MangARTI mining part 4 of 4 such clauses; 'dari jauh' where
one comes or is sent from far away, 2 of 2). So does dari jao opening its clause before such a verb,
where it sets the scene the clause sees it from (dari jao dia lia kapal maso -> dari kejauhan dia
melihat kapal masuk); opening a clause of coming (dari jao dia datang) it stays 'dari jauh'.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import clause

# Verbs of perceiving as the lexicon and the rules render them (tadangar, dapa lia, dapa ciong, lia).
_PERCEIVING = frozenset({"terdengar", "tercium", "terlihat", "kelihatan", "tampak", "melihat", "lihat",
                         "mendengar", "dengar", "mencium", "memandang", "menonton"})


def _afar(units, k, u, prev, nxt, before, vocabulary):
    if prev is None or prev.key != "dari" or u.ind != "jauh":
        return
    words, at = clause(units, k)
    seen = words[:at - 1] if at > 1 else words[at + 1:]  # after the verb, or opening the clause before it
    if any(word.ind.lower() in _PERCEIVING for word in seen):
        u.ind = "kejauhan"  # tadangar dari jao -> terdengar dari kejauhan


RULES = {"jao": _afar, "jau": _afar}
