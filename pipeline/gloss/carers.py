"""Who gives care, and whether a verb's subject phrase names one: a carer as the subject does an act of
care or an examination (bidan so suntik -> menyuntik, dokter so periksa -> memeriksa), where any other
subject undergoes or goes for it (anak so suntik -> disuntik, kita so periksa -> periksa). Read by
treatment.py and objectless_acts.py.
"""

from __future__ import annotations

from pipeline.person_words import CARES, trades

# Who gives care, the Manado and Indonesian words (person_words.PEOPLE_BY_TRADE).
CARERS = trades(CARES)
# Words inside a subject noun phrase besides its nouns: demonstratives, yang, place prepositions.
_IN_PHRASE = frozenset({"itu", "ini", "tu", "ni", "yang", "yg", "di", "dari", "dri", "ka", "ke"})


def carer_in_subject(units: list, at: int) -> bool:
    """A carer anywhere in the subject noun phrase ending at units[at], read back over its nouns, names
    (capitalised words), demonstratives, yang and place phrases (bidan desa, dokter Yani, bidan di
    puskesmas); tukang before a verb names one by trade (tukang urut)."""
    while at >= 0:
        c = units[at]
        if c.key in CARERS or c.key.partition(" ")[-1] in CARERS or c.key.partition(" ")[0] in CARERS:
            return True
        if c.key == "tukang" and at + 1 < len(units) and units[at].joined and units[at + 1].root:
            return True  # tukang urut: the one whose trade the act is
        in_phrase = c.pos in ("n", "loc", "dem") or c.source == "name" or c.upper and at > 0 or (
            c.key in _IN_PHRASE or at > 0 and units[at - 1].key == "tukang")
        if not in_phrase or at == 0 or not units[at - 1].joined:
            return False
        at -= 1
    return False
