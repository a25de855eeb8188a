"""tanya (ask) used intransitively: Indonesian 'bertanya' (dispatched by clauses.py).

  Jang mara, kita cuma tanya.        -> Jangan marah, saya hanya bertanya.   (nothing asked follows)
  Makase samua yang so tanya.        -> Terima kasih semua yang sudah bertanya.
  Dorang tanya kiapa ngana talambat. -> Mereka bertanya kenapa kamu terlambat.   (a question reported)
A tanya that opens its clause or follows jang / coba is a request (Tanya pa dia jo; jang tanya pa kita):
Indonesian keeps the bare 'tanya' there, as it does before the one asked (tanya pa kaka). Own references:
bertanya 4 of 5 such clauses, bare tanya in every request (10).
"""

from __future__ import annotations

_REQUESTING = frozenset({"jang", "jangan", "jangang", "co", "coba", "tolong", "mari", "manjo"})
_ASKED_THINGS = frozenset({"kiapa", "kenapa", "apa", "sapa", "siapa", "brapa", "berapa", "kapan", "bagimana",
                           "bagaimana", "dimana", "di mana"})


def _intransitive(units, k, u, prev, nxt, before, vocabulary):
    if prev is None or prev.key in _REQUESTING or u.ind != "tanya":
        return
    if nxt is None or prev.pos == "pron" and nxt.key in _ASKED_THINGS:
        u.ind = "bertanya"  # kita cuma tanya. -> saya hanya bertanya.; dorang tanya kiapa ... -> mereka bertanya kenapa


RULES = {"tanya": _intransitive}
