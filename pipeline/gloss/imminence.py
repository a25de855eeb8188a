"""mo before the weather, alone in its clause beside a request: the rain at hand, 'mau', not 'akan'.

  Mo ujang, angka dulu pakean.   -> Mau hujan, angkat dulu pakaian.  (own references 3 of 3)
  Tutu jandela, mo ujang.        -> Tutup jendela, mau hujan.
  Langit itam, mo ujang.         -> Langit hitam, akan hujan.       (a forecast beside what is seen)
The request says why it is urgent: the rain is about to fall (Indonesian 'mau hujan'); beside an
observation, with a time or sto, mo foretells it (aspect.py: 'akan').
"""

from __future__ import annotations

from pipeline.gloss.active_voice import IMPERATIVE_MARKERS
from pipeline.gloss.clause_words import WEATHER, clause, sentence_around


def rain_at_hand(units: list, k: int) -> bool:
    """mo at units[k] and the weather word after it make their clause, and another clause of the
    sentence opens with a request (a bare verb, tolong, jang)."""
    words, at = clause(units, k)
    if len(words) != 2 or at != 0 or words[1].key not in WEATHER:
        return False
    sentence, _ = sentence_around(units, k)
    return any(_requests(unit) for i, unit in enumerate(sentence)
               if unit is not words[0] and (i == 0 or not sentence[i - 1].joined))


def _requests(unit) -> bool:
    """A clause opening with a request marker, a bare verb or kase and its verb (angka dulu pakean, tolong
    kase pindah, kase maso ayam)."""
    return unit.key in IMPERATIVE_MARKERS or unit.key.partition(" ")[0] in _CAUSING or (
        unit.pos == "v" and bool(unit.root) and unit.ind.lower() == unit.root)


_CAUSING = frozenset({"kase", "kaseh", "se"})
