"""A count of what is left says the rest are gone: "Sekarang tinggal tujuh yang dari awal", "kini
tinggal dua" (of six patients who set out together).

*meninggal* (to die) has a lemma of its own (lemmas.OWN_LEMMAS): the bare root *tinggal* (to stay,
to live: "Om tinggal dengan siapa?") is no form of it, nor is *meninggal* one of *tinggal*. But
*tinggal* right before a number, the count a group's deaths leave, stays an occurrence of a
codebook's *meninggal*; not a count of time, times or money left ("tinggal dua bulan", "tinggal
lima ribu"): a treatment or a purse running out. Nor *tinggal* after a person ("Kami tinggal empat
orang di rumah", "dorang tinggal 3 km dari pasar"): where and with how many someone lives. Nor a count
left of a thing named before it ("Obatnya tinggal dua", "Stok vaksin sekarang tinggal tiga"): a
possessed word that names no person, or a medicine, a supply or money (`THINGS`), running out.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import NORM
from spacy.strings import hash_string
from spacy.tokens import Doc

from pipeline.coding.amounts import MONEY_UNITS, is_number_word
from pipeline.coding.lemma_terms import lemma_terms
from pipeline.coding.pronouns import PRONOUNS
from pipeline.person_words import PERSON_NOUNS
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
# what runs out and is counted left: medicines, supplies, money (general and field vocabulary)
THINGS = frozenset({"obat", "tablet", "pil", "kapsul", "vaksin", "serum", "reagen", "blister", "stok", "persediaan",
                    "uang", "doi", "beras", "bensin"})
# words between the thing and *tinggal*: when, only, already
_BETWEEN = frozenset({"sekarang", "skarang", "kini", "cuma", "hanya", "so", "sudah", "udah", "tinggal", "juga", "le"})
_THING_REACH = 3   # the thing at most this many words before *tinggal*: "Stok vaksin sekarang tinggal"


def remaining_counts(doc: Doc) -> list[Occurrence]:
    """The spans of `doc` saying how many are left: *tinggal* and the number right after it, the
    word after the number not a unit of time, times, money or a measure."""
    ids = doc.to_array(NORM).tolist()
    if _LEFT_ID not in ids:
        return []
    spans = []
    for i, norm_id in enumerate(ids[:-1]):
        if norm_id != _LEFT_ID or not is_number_word(doc[i + 1].text) or (i and doc[i - 1].norm_ in PRONOUNS) \
                or _of_a_thing(doc, i):
            continue
        j = i + 1
        while j < len(doc) and is_number_word(doc[j].text):
            j += 1
        if j == len(doc) or doc[j].norm_ not in NOT_PEOPLE:
            spans.append((i, j))
    return spans


def _of_a_thing(doc: Doc, left: int) -> bool:
    """Does a thing that runs out stand before *tinggal* at `left` ("Obatnya tinggal dua", "Stok vaksin
    sekarang tinggal tiga"): a word of `THINGS`, or a possessed word (-nya) naming no person?"""
    for token in reversed(doc[max(0, left - _THING_REACH):left]):
        norm = token.norm_.casefold()
        if token.is_punct:
            return False
        if norm in _BETWEEN:
            continue
        owned = norm.removesuffix("nya").split("-")[0] if norm.endswith("nya") and len(norm) > 5 else ""
        return norm in THINGS or bool(owned) and owned not in PERSON_NOUNS   # the word nearest decides
    return False


def death_terms(term_keys: Iterable[str]) -> frozenset[str]:
    """The term keys (spans.term_text) that are the word *meninggal* itself."""
    return lemma_terms(term_keys, DEATH_LEMMAS)


def add_remaining_counts(doc: Doc, found: dict[str, list[Occurrence]], keys: frozenset[str]) -> None:
    """Add the counts left in `doc` to the occurrences of every death term."""
    spans = remaining_counts(doc)
    if spans:
        for key in keys:
            found[key] = sorted(set(found.get(key, [])) | set(spans))
