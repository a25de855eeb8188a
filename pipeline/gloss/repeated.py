"""kuat before a ba-/ma- verb: an act done again and again ('terus'), not strength.

Manado language-learning pages give kuat 'terus melakukan sesuatu berulang-ulang, melulu' (simpler-
better.blogspot.com, with its own sentences: kuat + a barking dog, kuat + a pest). The reading is taken
only where kuat opens its clause or follows a time word (dari tadi kuat bakarja -> dari tadi bekerja
terus): after a subject, a negation or masih it is strength (nyanda kuat bajalan 'not strong enough to
walk', the own development sets 4 of 4).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import WHEN_WORDS, is_time

_VERB_PREFIXES = ("ba", "ma")


def _kuat(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None or nxt.pos != "v" or not nxt.key.startswith(_VERB_PREFIXES) or not nxt.ind:
        return
    if prev is not None and prev.key not in WHEN_WORDS and not is_time(prev):
        return
    u.ind = ""
    nxt.cap = nxt.cap or u.upper  # Kuat bacirita ... -> Bercerita terus ...
    nxt.ind += " terus"


RULES = {"kuat": _kuat}
