"""Words of water with two senses the clause decides (dispatched by clauses.py).

  kali   'sungai' (river) where it names a place, 'kali' (times) where it counts. Manado Malay, like
         colloquial Indonesian, has kali 'river' beside kuala (KBBI: kali 'sungai'). After a place
         preposition or a word of water or of a bank it is the river; after a number or brapa it
         counts (aspect.py, degree.py), and kali ini, kali pertama stay 'this time':
           Dorang mandi di kali.  -> Mereka mandi di sungai.
           Aer kali so nae.       -> Air sungai sudah naik.
           Dia datang tiga kali.  -> Dia datang tiga kali.
  kabur  'keruh' (muddy) of water (dionbata.com word list: aer kabur 'air keruh'): a word of water
         before it in its clause (aer sumur jadi kabur); 'kabur' (blurred, run off) elsewhere
"""

from __future__ import annotations

from pipeline.gloss.clause_words import clause

RIVER = "sungai"
MUDDY = "keruh"
# Place prepositions and words of water or of a bank: kali after them is where one is or goes.
_PLACE_BEFORE = frozenset({"di", "ka", "ke", "dari", "pi", "pigi", "aer", "air", "pinggir", "tepi",
                           "sabla", "seberang", "muara", "dalam", "dalang"})
# After kali these make it an occasion (kali ini, kali pertama, kali berikut), not a river.
_OCCASION_AFTER = frozenset({"ini", "ni", "itu", "tu", "pertama", "partama", "kedua", "berikut", "berikutnya",
                             "terakhir", "trakhir", "lalu", "depan"})
# Water, as the glosser translates it (aer sumur, aer kali, kuala): what kabur says of it is 'keruh'.
_WATERS = frozenset({"air", "sumur", "sungai", "kali", "laut", "got", "selokan", "kolam", "danau", "ledeng", "PAM"})


def _kali(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _PLACE_BEFORE and (nxt is None or nxt.key not in _OCCASION_AFTER) and (
            u.ind.lower() == "kali"):
        u.ind = RIVER  # mandi di kali, aer kali -> di sungai, air sungai


def _kabur(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    if u.ind == "kabur" and any(w.ind.partition(" ")[0] in _WATERS for w in words[:at]):
        u.ind = MUDDY  # aer sumur jadi kabur -> air sumur menjadi keruh; dia kabur dari rumah stays


RULES = {"kali": _kali, "kabur": _kabur}
FREE_KEYS = frozenset({"kali", "kabur"})  # Indonesian words the lexicon does not list
