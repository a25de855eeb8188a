"""umur as the predicate of an age: 'berumur' after an aspect word before a number.

  Opa so umur dalapan puluh taong  -> Kakek sudah berumur delapan puluh tahun
The noun stays where it names the age (anak umur dua taong, dari umur satu bulan, depe umur); own
development references write 'berumur' after sudah/masih 3 of 3. Dispatched by clauses.py.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import NUMBER_WORDS
from pipeline.gloss.morphology import NUMBER

_ASPECT = frozenset({"so", "su", "sudah", "masih", "masi", "baru", "ampir", "hampir"})
# Numerals as translated (an Indonesian one the lexicon does not tag: sembilan puluh), and the question
_NUMERALS = NUMBER_WORDS | frozenset({"satu", "sebelas", "seratus", "berapa"})


def _umur(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key in _ASPECT and nxt is not None and (
            nxt.pos == "num" or nxt.source == NUMBER or nxt.ind.partition(" ")[0] in _NUMERALS) and u.ind == "umur":
        u.ind = "berumur"


RULES = {"umur": _umur}
FREE_KEYS = frozenset({"umur"})  # Indonesian words the lexicon does not list
