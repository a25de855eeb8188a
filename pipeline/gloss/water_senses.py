"""Words of water with two senses the clause decides (dispatched by clauses.py).

  kali   'sungai' (river) where it names a place, 'kali' (times) where it counts. Manado Malay, like
         colloquial Indonesian, has kali 'river' beside kuala (KBBI: kali 'sungai'). After a place
         preposition or a word of water or of a bank it is the river; after a number or brapa it
         counts (aspect.py, degree.py), and kali ini, kali pertama stay 'this time':
           Dorang mandi di kali.  -> Mereka mandi di sungai.
           Aer kali so nae.       -> Air sungai sudah naik.
           Dia datang tiga kali.  -> Dia datang tiga kali.
  kabur  'keruh' (muddy) of water (dionbata.com word list: aer kabur 'air keruh'): water its subject,
         the last word before it past aspect and degree words (aer sumur jadi kabur); 'kabur' (blurred,
         run off) elsewhere (pencuri lompat ka kali kong kabur, dia pe mata kabur)
  turung 'surut' (ebb, recede) of the sea, the tide or a flood, its subject the last word before it past
         aspect and degree words (aer laut so turung -> air laut sudah surut, banjir mulai turung);
         'turun' elsewhere (harga turung, ujang turung, turung dari oto)
  lebat  'deras' of rain, its subject the last word before it past aspect and degree words and a graded pe
         (ujang lebat, ujang so lebat skali, ujang pe lebat: own references deras 3 of 3); 'lebat' elsewhere
         (bua cengke lebat, depe rambut lebat)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import GOING

RIVER = "sungai"
MUDDY = "keruh"
# Verbs of going, place prepositions and words of water or of a bank: kali after them is where one is or goes.
_PLACE_BEFORE = GOING | frozenset({"di", "ka", "ke", "dari", "aer", "air", "pinggir", "tepi",
                                   "sabla", "seberang", "muara", "dalam", "dalang"})
# After kali these make it an occasion (kali ini, kali pertama, kali berikut), not a river.
_OCCASION_AFTER = frozenset({"ini", "ni", "itu", "tu", "pertama", "partama", "kedua", "berikut", "berikutnya",
                             "terakhir", "trakhir", "lalu", "depan"})
# Water, as the glosser translates it (aer sumur, aer kali, kuala): what kabur says of it is 'keruh'.
_WATERS = frozenset({"air", "sumur", "sungai", "kali", "laut", "got", "selokan", "kolam", "danau", "ledeng", "PAM"})
# Between water and kabur: aspect, becoming and degree words (aer so jadi talalu kabur).
_BEFORE_STATE = frozenset({"so", "sudah", "su", "jadi", "menjadi", "masi", "masih", "mulai", "agak", "talalu",
                           "terlalu", "sangat", "paling", "makin", "tambah", "lebih"})


def _kali(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _PLACE_BEFORE and (nxt is None or nxt.key not in _OCCASION_AFTER) and (
            u.ind.lower() == "kali"):
        u.ind = RIVER  # mandi di kali, aer kali -> di sungai, air sungai
        if prev.key in GOING and prev.ind and not prev.ind.endswith("ke"):
            prev.ind += " ke"  # pigi kali -> pergi ke sungai, as pigi pasar (translate.py)


def _kabur(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "kabur" and _water_subject(units, k):
        u.ind = MUDDY  # aer sumur jadi kabur -> air sumur menjadi keruh; dia kabur dari rumah stays


# Water that rises and falls as a level: turung of it is 'surut'.
_LEVELS = frozenset({"laut", "pasang", "banjir"})


def _turung(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "turun" and _water_subject(units, k, _LEVELS, last=True):
        u.ind = "surut"  # aer laut so turung -> air laut sudah surut; harga turung stays 'turun'


_RAIN = frozenset({"hujan"})


def _lebat(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() == "lebat" and (_water_subject(units, k, _RAIN, last=True) or (
            prev is not None and prev.key == "pe" and _water_subject(units, k - 1, _RAIN, last=True))):
        u.ind = "deras"  # ujang lebat -> hujan deras; depe rambut lebat stays


def _water_subject(units: list, k: int, waters: frozenset = _WATERS, last: bool = False) -> bool:
    """Water is kabur's subject: the last word before it, past aspect, becoming and degree words only
    (aer di sumur so kabur skali; not lompat ka kali kong kabur, minum aer dia pe mata kabur)."""
    at = k - 1
    while at >= 0 and units[at].joined and all(w in _BEFORE_STATE for w in units[at].key.split()):
        at -= 1
    words = units[at].ind.lower().split() if at >= 0 and units[at].joined else ()
    return bool(words) and (words[-1] if last else words[0]) in waters


RULES = {"kali": _kali, "kabur": _kabur, "turung": _turung, "lebat": _lebat}
FREE_KEYS = frozenset({"kali", "kabur", "lebat"})  # Indonesian words the lexicon does not list
