"""jang + a verb whose object is left out: what must not be done to the person or thing already
named, the Indonesian 'jangan di-V'.

A prohibition that leaves the object out speaks of someone or something the sentence has named
(dia ada tidor, jang kase bangun; dorang ada balajar, jang ganggu dulu; lutut bengkak, jang urut
kuat-kuat); Indonesian writes the passive (jangan dibangunkan, jangan diganggu, jangan diurut):
the own references 7 of 7 where the verb takes an object. The one named stands in a clause of
the sentence before the prohibition; jang opening the sentence or said in a clause of saying (mama bilang
jang pukul) is the bare request (jangan tanya, jangan pukul). With its object after it the verb stays
the bare request (jang ganggu dia); verbs used without an object (jang pigi, jang lupa, jang
makang, jang bataria) and kase's causative of a state (jang bekeng ribut) stay as they are.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import KEPT_BARE, sentence_around
from pipeline.gloss.indonesian import IndonesianVocabulary

_DONT = frozenset({"jang", "jangan", "jangang"})
_GIVING = frozenset({"kase", "kaseh", "kasih", "se"})  # the causative kase (kase bangun -> bangunkan)
# What may close the prohibition after its verb with no object: a softener, a manner, a tag.
_AFTER = frozenset({"dulu", "lagi", "ulang", "jo", "saja", "e", "neh", "ya", "kuat-kuat", "kuat", "trus", "terus",
                    "sembarang", "sembarangan"})
_SUFFIXES = ("", "kan", "i")
_PREDICATES = frozenset({"adj", "v", "aux", "neg"})
# States the tables give a meN- form (meribut) that a prohibition still says of its addressee (jang ribut).
_STATES = frozenset({"ribut", "rame", "ramai", "nakal", "malas"})


def prohibited_undergone(units: list, k: int, vocabulary: IndonesianVocabulary) -> None:
    """Give the verb at units[k] the di- form when jang (perhaps with kase) opens it and no object follows."""
    u = units[k]
    at = k - 1
    if at > 0 and units[at].key in _GIVING and not units[at].ind and units[at].joined:
        at -= 1  # jang kase bangun: kase made the verb's causative
    if units[at].key not in _DONT or not units[at].joined or u.key in KEPT_BARE or not u.root or u.root in _STATES:
        return
    suffix = u.ind[len(u.root):] if u.ind.startswith(u.root) else None
    if suffix not in _SUFFIXES or not vocabulary.is_verb_root(u.root) or u.pos not in ("v", ""):
        return
    if at == k - 1 and suffix:
        return  # an Indonesian -kan/-i verb after jang keeps its request form (jangan lupakan)
    after = units[k + 1] if k + 1 < len(units) and u.joined else None
    closes = after is None or after.key in _AFTER and (k + 2 == len(units) or not after.joined)
    if closes and _named_before(units, at):
        u.ind = "di" + u.ind


def _named_before(units: list, at: int) -> bool:
    """A clause of jang's sentence before it, cut off by a comma, names a person or a thing: the object
    left out (dia ada tidor, jang kase bangun); jang opening its sentence (jang tanya; jang cari, dia so
    pigi) or after a verb of saying in its clause (mama bilang jang pukul) names none, the bare request.
    An Indonesian word of no listed class counts as the subject of a predicate (lutut bengkak, jang urut)."""
    if at == 0 or units[at - 1].joined:
        return False
    words, here = sentence_around(units, at)
    return any(c.pos in ("n", "pron", "loc", "poss", "acr") or c.source == "name" or (
        c.pos == "" and c.joined and words[i + 1].pos in _PREDICATES) for i, c in enumerate(words[:here]))
