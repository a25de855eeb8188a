"""ada + a state that lasts (since a past point, or a job held): the state alone, no 'sedang'.

  Dia pe maitua ada saki dari kalamareng  -> Istrinya sakit sejak kemarin (not 'sedang sakit sejak')
  Kita ada mara sampe skarang             -> Saya marah sampai sekarang
'sedang' tells an act in progress; with a state measured from its start the own development
references write the state alone (2 of 2; none has 'sedang' before such a span). An activity keeps
'sedang' (dorang ada bacirita dari tadi: aspect.py), and so does a state with no span (ta pe oma ada
saki -> nenek saya sedang sakit); an ache after ada (saki kapala) is read in having.py.

  Dia pe laki ada bakarja di Bitung       -> Suaminya bekerja di Bitung
Where one works is a lasting state too, like where one lives (aspect.py: ada tinggal): ada + a verb of
working + di + the place, no 'sedang' (own development references 5 of 6); not the field, the sea or the
house, where one works for the day (Papa ada bakarja di kobong, nanti sore baru pulang: sedang).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import AILING, PAST_POINTS, WHEN_WORDS, clause, is_time

_SINCE = frozenset({"dari", "sejak", "sampe", "sampai"})
_POINTS = WHEN_WORDS | PAST_POINTS | frozenset({"subuh", "tadi pagi"})


_WORKING = frozenset({"karja", "bakarja", "kerja", "bakerja", "bekerja"})
_FOR_THE_DAY = frozenset({"kobong", "kebun", "sawah", "ladang", "laut", "pante", "pantai", "rumah", "ruma", "dapur"})


def state_since(units: list, k: int, nxt) -> bool:
    """ada at units[k] before the state `nxt`, with a span from or up to a time in its clause."""
    if nxt is None or not (nxt.pos == "adj" or nxt.key.partition(" ")[0] in AILING):
        return False
    words, at = clause(units, k)
    return any(_span(words, i) for i in range(at + 2, len(words)))


def _span(words: list, i: int) -> bool:
    """words[i] opens a span from or up to a time: dari pagi, sampe skarang (one unit or two)."""
    first, _, rest = words[i].key.partition(" ")
    if first not in _SINCE:
        return False
    if rest:
        return rest in _POINTS
    return i + 1 < len(words) and (words[i + 1].key in _POINTS or is_time(words[i + 1]))


def works_at(units: list, k: int, nxt) -> bool:
    """ada at units[k] before a verb of working and di + its place: a job held, not an act going on."""
    return nxt is not None and nxt.key in _WORKING and nxt.joined and k + 3 < len(units) and (
        units[k + 2].key == "di" and units[k + 3].key not in _FOR_THE_DAY)
