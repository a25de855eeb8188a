"""A count of what is left says the rest are gone: "Sekarang tinggal tujuh yang dari awal", "kini
tinggal dua" (of six patients who set out together).

*meninggal* (to die) has a lemma of its own (lemmas.OWN_LEMMAS): the bare root *tinggal* (to stay,
to live: "Om tinggal dengan siapa?") is no form of it, nor is *meninggal* one of *tinggal*. But
*tinggal* right before a number, the count a group's deaths leave, stays an occurrence of a
codebook's *meninggal*; not a count of time, times or money left ("tinggal dua bulan", "tinggal
lima ribu"): a treatment or a purse running out. Nor *tinggal* after a person ("Kami tinggal empat
orang di rumah", "dorang tinggal 3 km dari pasar"): where and with how many someone lives.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import NORM
from spacy.strings import hash_string
from spacy.tokens import Doc

from pipeline.coding.amounts import MONEY_UNITS, is_number_word
from pipeline.coding.lemma_terms import lemma_terms
from pipeline.coding.pronouns import PRONOUNS
from pipeline.coding.spans import Occurrence

DEATH_LEMMAS = frozenset({"meninggal"})
LEFT = "tinggal"
# what a text must hold for a count left to occur in it (token_store.Screen): the word *tinggal*
REMAINING_PATTERNS = (((LEFT,), None),)
# units a number left counts that are no people: time, times, money, a measure or a distance
NOT_PEOPLE = MONEY_UNITS | {"detik", "menit", "jam", "hari", "minggu", "bulan", "tahun", "taong", "taon", "kali",
                            "butir", "tablet", "botol", "kotak", "strip", "kilo", "kg", "liter", "persen",
                            "km", "kilometer", "meter", "m"}
_LEFT_ID = hash_string(LEFT)


def remaining_counts(doc: Doc) -> list[Occurrence]:
    """The spans of `doc` saying how many are left: *tinggal* and the number right after it, the
    word after the number not a unit of time, times, money or a measure."""
    ids = doc.to_array(NORM).tolist()
    if _LEFT_ID not in ids:
        return []
    spans = []
    for i, norm_id in enumerate(ids[:-1]):
        if norm_id != _LEFT_ID or not is_number_word(doc[i + 1].text) or (i and doc[i - 1].norm_ in PRONOUNS):
            continue
        j = i + 1
        while j < len(doc) and is_number_word(doc[j].text):
            j += 1
        if j == len(doc) or doc[j].norm_ not in NOT_PEOPLE:
            spans.append((i, j))
    return spans


def death_terms(term_keys: Iterable[str]) -> frozenset[str]:
    """The term keys (spans.term_text) that are the word *meninggal* itself."""
    return lemma_terms(term_keys, DEATH_LEMMAS)


def add_remaining_counts(doc: Doc, found: dict[str, list[Occurrence]], keys: frozenset[str]) -> None:
    """Add the counts left in `doc` to the occurrences of every death term."""
    spans = remaining_counts(doc)
    if spans:
        for key in keys:
            found[key] = sorted(set(found.get(key, [])) | set(spans))
