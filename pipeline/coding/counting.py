"""A word that only counts occurrences: "kali" after a number, an ordinal or a quantifier
("pertama kali", the first time; "tiga kali", three times; "beberapa kali") says how often,
not what happened, so a label holding it ("Kelainan anak pertama kali dikenali") gives no code
the word; "kali" elsewhere (a river) is a word as any other."""

from __future__ import annotations

from spacy.lang.id.lex_attrs import like_num

TIMES = frozenset({"kali"})
QUANTIFIERS = frozenset({"pertama", "terakhir", "beberapa", "berapa", "banyak", "sekian", "sering", "jarang"})


def counts_times(previous: str, word: str) -> bool:
    """Is `word`, after `previous` (both lower-case), a count of times?"""
    if word not in TIMES:
        return False
    ordinal = previous.startswith("ke") and like_num(previous[2:])
    return like_num(previous) or ordinal or previous in QUANTIFIERS
