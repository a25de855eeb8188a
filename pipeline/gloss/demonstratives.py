"""ini/itu inside a clause: a determiner that follows its noun phrase in Indonesian, or the object.

Manado Malay may put the full demonstrative before the noun phrase that ends a clause, after the
predicate (pe sadap ini ikang!, jang pegang itu tarumbu karang, bagus kang ini baju?); Indonesian
writes it after the noun phrase (ikan ini, terumbu karang itu, baju ini). Where no noun phrase
closes the clause (dia bilang itu salah) itu is the object, and after a headless relative (yang
paling susah itu ASI eksklusif) it closes the subject.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import INDONESIAN, RULE

# What the demonstrative may follow: a predicate, its degree word or a tag particle (sadap skali ini tinutuan).
_BEFORE_THIS = frozenset({"skali", "sekali", "sakali", "kang", "kwa", "to"})


def determines(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """Whether ini/itu at units[k] (not at a clause edge) determines the noun phrase ending its clause."""
    prev = units[k - 1]
    return ((prev.pos in ("v", "adj") or prev.key in _BEFORE_THIS) and _noun_phrase_ends(units, k + 1, vocabulary)
            and not _after_relative(units, k))


def _noun_phrase_ends(units: list, at: int, vocabulary: IndonesianVocabulary) -> bool:
    """units[at:] up to the clause end are nouns (tarumbu karang), none a name or a function word,
    the first not a verb either (dia bilang itu salah: itu is the object)."""
    first = at
    while True:
        unit = units[at]
        if not (unit.pos in ("n", "acr") or unit.pos == "" and unit.source in (INDONESIAN, RULE) and " " not in (
                unit.ind) and unit.ind not in STOP_WORDS and not (
                at == first and unit.root and vocabulary.is_verb_root(unit.root))):
            return False
        if not unit.joined or at + 1 == len(units):
            return True
        at += 1


def _after_relative(units: list, k: int) -> bool:
    """A yang before units[k] in its clause."""
    while k > 0 and units[k - 1].joined:
        k -= 1
        if units[k].key == "yang":
            return True
    return False
