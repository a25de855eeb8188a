"""Adjectives said of land and of what one looks at, read by what they describe (dispatched by clauses.py
through senses.RULES).

  bagus   'indah' (beautiful) of a view, the sea, the sky, flowers, light or a dream (pemandangan dari sini
          pe bagus, mimpi yang bagus, aer laut bagus skali: MangARTI mining part indah 11 of 12 such
          clauses, own references 3 of 3); 'bagus' elsewhere (foto bagus, baju bagus, persiapan yang
          bagus: MangARTI mining part 9 of 9)
  besar, basar  'luas' (wide) of an area of land or a room (kobong cengkeh besar, ruangan besar, sawah
          tabantang besar: MangARTI mining part 5 of 5, own references 1 of 1); 'besar' elsewhere
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss import strength_senses
from pipeline.gloss.clause_words import PERSON_NOUNS, thing
from pipeline.gloss.morphology import NAME

# What one looks at for its beauty (Indonesian readings, the last word of a phrase: air laut).
_SIGHTS = frozenset({"pemandangan", "panorama", "pantai", "laut", "lautan", "mimpi", "langit", "alam", "danau",
                     "gunung", "pulau", "taman", "senja", "pelangi", "karang", "bunga", "bunga-bunga", "hiasan",
                     "sinar", "cahaya"})
# Areas of land and rooms (Indonesian readings): their size is their width.
_AREAS = frozenset({"kebun", "sawah", "ladang", "lapangan", "ruangan", "halaman", "tanah", "lahan", "hamparan",
                    "padang", "wilayah", "area", "areal"})
# Verbs of lying spread out: an area is what they say (sawah tabantang besar -> terbentang luas).
_SPREAD = frozenset({"terbentang", "terhampar", "membentang", "menghampar"})
_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada"})  # Indonesian readings
# Words between the noun and the adjective said of it (yang, an aspect word, a degree, another adjective).
_BETWEEN = frozenset({"rel", "adv", "aux", "adj", "dem", "poss"})


def _described(units: list, k: int, vocabulary) -> list:
    """The nouns right before units[k] in its clause that it describes, head first (kobong cengkeh
    besar -> kobong, cengkeh), past yang, aspect words, degrees and other adjectives between; when a
    place preposition opens them and no yang ties the adjective to them, the nouns before the place
    phrase (foto di danau bagus: the photo is; pante di Likupang pe bagus: the beach is)."""
    at = k - 1
    tied = False
    while at >= 0 and units[at].joined and (units[at].pos in _BETWEEN or units[at].key == "yang"):
        tied = tied or units[at].key == "yang"
        at -= 1
    nouns, at = _noun_run(units, at, vocabulary)
    if not tied and at >= 0 and units[at].joined and units[at].ind in _PLACE_PREPOSITIONS:
        nouns, at = _noun_run(units, at - 1, vocabulary)
    return nouns


def _noun_run(units: list, at: int, vocabulary) -> tuple[list, int]:
    """The nouns (or a name) ending at units[at], head first, and the index before them."""
    nouns = []
    while at >= 0 and units[at].joined and units[at].key not in PERSON_NOUNS and (
            units[at].source == NAME or _noun(units[at], vocabulary)):
        nouns.insert(0, units[at])
        at -= 1
    return nouns, at


def _noun(unit, vocabulary) -> bool:
    """A noun, or an untagged Indonesian word that is no function word: a sight or an area whatever
    Indonesian's tables say of it (danau), another when it is no verb."""
    if unit.pos in ("n", "loc"):
        return True
    return unit.pos == "" and unit.ind not in STOP_WORDS and (
        unit.ind.rpartition(" ")[2] in _SIGHTS | _AREAS or thing(unit, vocabulary))


def _beautiful(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "bagus":
        return
    if any(noun.ind.rpartition(" ")[2] in _SIGHTS for noun in _described(units, k, vocabulary)):
        u.ind = "indah"  # mimpi yang pe bagus, aer laut bagus skali -> indah; foto bagus stays


def _wide(units, k, u, prev, nxt, before, vocabulary):
    strength_senses.RULES["basar"](units, k, u, prev, nxt, before, vocabulary)  # ujang basar: heavy rain
    if u.ind != "besar":
        return
    nouns = _described(units, k, vocabulary)
    if nouns and nouns[0].ind.partition(" ")[0] in _AREAS or prev is not None and prev.ind in _SPREAD:
        u.ind = "luas"  # kobong cengkeh besar, ruangan besar, sawah tabantang besar -> luas; rumah besar stays


RULES = {"bagus": _beautiful, "besar": _wide, "basar": _wide}
FREE_KEYS = frozenset({"besar"})  # Indonesian's own spelling, read without the lexicon
