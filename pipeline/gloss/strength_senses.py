"""How strong: kras, basar, kancang read by what they are said of (dispatched by clauses.py through
senses.RULES).

  kras, basar, kancang  'deras' (heavy) of rain (ujang kras, ujang turung kancang; spelled keras too); 'keras', 'besar',
             'kencang' elsewhere
  kancang    'rapat' (tight) right after shutting or locking (tutu kancang, so takonci kancang: MangARTI mining
             4 of 4); 'erat' with holding or a bond in its clause (palu kancang, tali sodara kancang: 9 of 9);
             'lantang' of a voice (deng suara yang paling kancang: 3 of 3, KBBI lantang 'keras dan jelas'),
             not of a thing's sound (suara musik kancang -> kencang);
             'kencang' elsewhere, of wind and of speed (angin kancang, bawa oto kancang: own references 13 of 13)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import clause, word_before


def _heavy_rain(units, k, u, prev, nxt, before, vocabulary):
    if u.ind in _RAIN_STRENGTHS and word_before(units, k, _RAIN, ("v", "adv", "aux"), 3):
        u.ind = "deras"  # ujang kras, ujang turung kancang: rain falls heavily, not 'hard' or 'big'


def _tight(units, k, u, prev, nxt, before, vocabulary):
    _heavy_rain(units, k, u, prev, nxt, before, vocabulary)
    if u.ind != "kencang":
        return
    if prev is not None and (prev.key in _SHUT or prev.root in _SHUT):
        u.ind = "rapat"  # tutu kancang, so takonci kancang: shut tight (MangARTI mining 4 of 4)
    elif any(c.key in _HELD for c in clause(units, k)[0]):
        u.ind = "erat"  # palu kancang, pegang kancang batang bulu, tali sodara kancang: held fast
    elif word_before(units, k, _VOICE, ("rel", "adv", ""), 3) and not _sounding_thing(units, k):
        u.ind = "lantang"  # deng suara yang paling kancang: a loud voice (KBBI lantang; MangARTI 3 of 3)


def _sounding_thing(units: list, k: int) -> bool:
    """A thing named between suara and kancang at units[k]: the sound of music or an engine is
    loud (suara musik kancang -> kencang), only a person's voice is lantang."""
    between = []
    for unit in reversed(units[max(k - 3, 0):k]):
        if unit.key in _VOICE:
            break
        between.append(unit)
    return any(u.pos == "" and u.key not in _DEGREES and u.ind != "yang" for u in between)


_DEGREES = frozenset({"paling", "sangat", "talalu", "terlalu", "lebe", "lebih", "amat", "cukup"})


# Holding and bonds: kancang with them is 'erat' (MangARTI mining part 9 of 9 such clauses).
_HELD = frozenset({"palu", "peluk", "pelok", "pegang", "ika", "ikat", "tempel", "bapatempel", "sodara",
                   "saudara", "tali sodara", "ikatan", "genggam"})
_SHUT = frozenset({"tutu", "tutup", "tatutu", "tertutup", "konci", "kunci", "takonci", "takunci", "terkunci",
                   "bakonci", "bakunci"})
_VOICE = frozenset({"suara", "swara"})
_RAIN = frozenset({"ujang", "ujan", "hujan", "hujang"})
_RAIN_STRENGTHS = frozenset({"keras", "besar", "kencang"})


RULES = {**dict.fromkeys(("kras", "karas", "keras", "basar"), _heavy_rain), "kancang": _tight}
FREE_KEYS = frozenset({"keras"})  # Indonesian's own spelling, read without the lexicon (ujang keras)
