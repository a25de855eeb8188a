"""Clause readings of question words (dispatched by clauses.py).

  sapa    'siapa yang' when it asks for the doer of the verb after it (Sapa da ambe tape payung? ->
          Siapa yang ambil payung saya?); so sapa le (siapa lagi yang mau bantu?); not after a
          preposition (pa sapa ngana kase?)
  apa     'apa yang' when it asks for the object of a person's verb that closes its clause
          (Apa ngana bilang tadi? -> Apa yang kamu bilang tadi?; Apa om mo bli? -> Apa yang paman
          mau beli?); Apa tu? stays
  bagimana  'apa' in the greeting bagimana kabar closing its clause (Bagimana kabar? -> Apa kabar?: own
          references 2 of 2); asking after someone it stays (bagimana kabar ngana pe mama -> bagaimana
          kabar ibumu: 2 of 2); so opening the question before it is 'jadi', leading on from what was said
          (So bagimana dang? -> Jadi bagaimana?, not 'sudah bagaimana')
Indonesian marks a questioned subject or a fronted object with yang; Manado Malay leaves it out.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    INTRANSITIVE_AFTER_DAPA, PLACE_PHRASE_PREPOSITIONS, TIME_UNITS, clause, same_case, starts_predicate, subject_person)
from pipeline.gloss.indonesian import IndonesianVocabulary

_BETWEEN = frozenset({"da", "ada", "so", "mo", "le", "ley", "ja", "musti", "bole", "bisa", "pernah"})
_AFTER_OBJECT = frozenset({"tadi", "kemarin", "kalamaring", "kamarin", "dulu", "barusan", "kong", "sto", "dang", "kwa"}
                          ) | TIME_UNITS  # what may follow the verb of 'apa ngana bilang'
# Verbs of going, resting and the body that take no object (pulang, iko, datang, tidor, mandi)
_NO_OBJECT = INTRANSITIVE_AFTER_DAPA


def _asked_doer(units, k, u, prev, nxt, before, vocabulary):
    if (prev is None or prev.pos != "prep") and nxt is not None and _verb_follows(units, k + 1, vocabulary):
        u.ind += " yang"  # Sapa da ambe? -> Siapa yang mengambil?


def _asked_object(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None or nxt is None or not subject_person(nxt) or u.ind.lower() != "apa":
        return
    words, at = clause(units, k)
    rest = words[at + 2:]
    verbs = [i for i, c in enumerate(rest) if c.key not in _BETWEEN and c.ind]
    if not verbs or not starts_predicate(rest[verbs[0]], vocabulary):
        return  # Apa ngana so sehat? Apa dia itu?
    if _intransitive(rest[verbs[0]], vocabulary):
        return  # Apa dia so pulang?: nothing to ask for, it asks whether (yesno.py: Apakah)
    after = rest[verbs[0] + 1:]
    if after and after[0].key in PLACE_PHRASE_PREPOSITIONS and _takes_object(rest[verbs[0]], vocabulary):
        after = [c for c in after[1:] if c.pos not in ("n", "loc", "dem", "")]  # apa ngana bekeng di situ?
    if all(c.key in _AFTER_OBJECT or not c.ind for c in after):
        u.ind += " yang"  # Apa ngana mo makang? -> Apa yang kamu mau makan?


def _intransitive(verb, vocabulary: IndonesianVocabulary) -> bool:
    """A verb with no object to ask for: one of going or resting (pulang, iko, datang), or an
    Indonesian root with no meN- form (tidur, mandi, keluar)."""
    word = verb.root or verb.ind
    return verb.key in _NO_OBJECT or verb.pos == "v" and " " not in word and word.isalpha() and (
        not word.startswith("me") and vocabulary.men_form(word) is None)


def _takes_object(verb, vocabulary: IndonesianVocabulary) -> bool:
    """A verb Indonesian makes transitive with meN- (bekeng, bli), not one of going (pigi ka pasar)."""
    word = verb.root or verb.ind
    return verb.pos == "v" and " " not in word and (word.startswith("me") or bool(vocabulary.men_form(word)))


def _verb_follows(units: list, at: int, vocabulary: IndonesianVocabulary) -> bool:
    """The first unit from `at` in the clause that is not an aspect or modal word is a verb."""
    while at < len(units):
        unit = units[at]
        if unit.key not in _BETWEEN:
            return starts_predicate(unit, vocabulary) and unit.pos not in ("aux", "neg")
        if not unit.joined:
            return False
        at += 1
    return False


def _greeting(units, k, u, prev, nxt, before, vocabulary):
    if prev is not None and prev.key == "so" and prev.joined and (k == 1 or not units[k - 2].joined):
        prev.ind = same_case(prev.ind, "jadi")  # So bagimana dang? -> Jadi bagaimana?: so leads the question on
    if nxt is not None and nxt.key == "kabar" and (k + 2 == len(units) or not nxt.joined):
        u.ind = "apa"  # Bagimana kabar? -> Apa kabar? (the greeting; bagimana kabar ngana pe mama stays)


RULES = {"bagimana": _greeting, "bagemana": _greeting, "sapa": _asked_doer, "siapa": _asked_doer, "sapa le": _asked_doer, "apa": _asked_object}
