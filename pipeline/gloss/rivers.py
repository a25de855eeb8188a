"""kali: 'sungai' (river) where it names a place, 'kali' (times) where it counts.

Manado Malay, like colloquial Indonesian, has kali 'river' beside kuala (KBBI: kali 'sungai'), and the
Indonesian kali 'times'. After a place preposition or a word of water or of a bank it is the river;
after a number or brapa it counts (aspect.py, degree.py), and kali ini, kali pertama stay 'this time':
  Dorang mandi di kali.          -> Mereka mandi di sungai.
  Aer kali so nae.               -> Air sungai sudah naik.
  Dia datang tiga kali.          -> Dia datang tiga kali.
Dispatched by clauses.py.
"""

from __future__ import annotations

RIVER = "sungai"
# Place prepositions and words of water or of a bank: kali after them is where one is or goes.
_PLACE_BEFORE = frozenset({"di", "ka", "ke", "dari", "pi", "pigi", "aer", "air", "pinggir", "tepi",
                           "sabla", "seberang", "muara", "dalam", "dalang"})
# After kali these make it an occasion (kali ini, kali pertama, kali berikut), not a river.
_OCCASION_AFTER = frozenset({"ini", "ni", "itu", "tu", "pertama", "partama", "kedua", "berikut", "berikutnya",
                             "terakhir", "trakhir", "lalu", "depan"})


def _kali(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _PLACE_BEFORE and (nxt is None or nxt.key not in _OCCASION_AFTER) and (
            u.ind.lower() == "kali"):
        u.ind = RIVER  # mandi di kali, aer kali -> di sungai, air sungai


RULES = {"kali": _kali}
FREE_KEYS = frozenset({"kali"})  # an Indonesian word the lexicon does not list
