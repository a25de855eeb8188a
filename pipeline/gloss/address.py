"""Kin terms said to the person addressed take Indonesian's short vocative forms (dispatched by clauses.py).

A kin term standing alone in its clause, opening the sentence before a comma or closing it after one,
names the one spoken to: Indonesian then says Kak, Dik, Ma, Pa, Pak, Nak for nyong (Kaka, tolong jemput kita -> Kak,
tolong jemput saya; Brapa ni, kaka? -> Berapa ini, Kak?; own references Kak 6 of 6, Dik 5 of 5, Ma 6 of 6
where the source says mama or ma). A kin term inside its clause keeps the full noun (kita pe kaka ->
kakak saya). A kin term beside another kin term or person is one of a list (ade, mama, papa so pigi;
Mama, papa so pigi; itu kita pe kaka, ade), and one that is a whole sentence answers (Sapa yang antar?
Mama.): both keep the full noun. Ibu is left: said to a respondent, references keep Ibu as often as they write Bu.
Ka written with its capital before a capitalised name is the title Kak, as Pa is Pak: inside a sentence
after a preposition of company, a conjunction or a comma (deng Ka Ani; pigi Ka Manado, mo Ka Manado are
goals), and opening one before the name and a comma (Ka Ani, ...).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import BEFORE_VERB_POS, PERSON_NOUNS, SENTENCE_END
from pipeline.gloss.tokens import starts_sentence

# The lexicon's and Indonesian's kin terms -> the short form Indonesian uses to address them.
_SHORT = {"kaka": "kak", "kakak": "kak", "ade": "dik", "adik": "dik", "mama": "ma", "papa": "pa",
          "bapa": "pak", "bapak": "pak", "nyong": "nak"}  # nyong 'young man', said to one: Nak (own references 2 of 2)
# The short forms themselves, which the lexicon reads as prepositions (pa 'to a person', ka 'to'): alone
# between a sentence's edge or a comma and another, no preposition has its object, so they are the address
# (Seratus ribu, Pa. -> Pak; Maaf, Ka, ... -> Kak; own references Pak 2 of 2, Kak 1 of 1).
_SHORT_ALONE = {"pa": "pak", "ka": "kak"}
_ADDRESSED = {**_SHORT, **_SHORT_ALONE}


def _addressed(units, k, u, prev, nxt, before, vocabulary):
    address_alone(units, k, u, prev, nxt)


def address_alone(units: list, k: int, u, prev, nxt) -> None:
    """A kin term (or pa / ka) alone in its clause, not an answer nor one of a list: the short form said
    to the one addressed. particles.py asks it for ka, whose clause-closing 'ya' it reads there too."""
    if prev is not None or nxt is not None or not (u.upper or k > 0):
        return
    left = units[k - 1] if k > 0 and not SENTENCE_END & set(units[k - 1].glue) else None
    right = units[k + 1] if k + 1 < len(units) and not SENTENCE_END & set(u.glue) else None
    if (left is None and right is None) or any(_a_person(c) for c in (left, right) if c is not None):
        return  # Sapa yang antar? Mama. answers; ade, mama, papa so pigi lists
    u.ind = _ADDRESSED[u.key].capitalize()   # Kaka, ... -> Kak, ...; ..., ade? -> ..., Dik?
    if u.key in _SHORT_ALONE:
        u.gloss = (_ADDRESSED[u.key],)  # the address, no longer the preposition's 'ke'


def titled_ka(units: list, k: int, u, nxt) -> bool:
    """Ka written with its capital before a capitalised word is the title Kak, as Pa is Pak (dative.py):
    inside a sentence where a person, not a goal, stands (deng Ka Ani), and opening one it is the
    title where the name closes its phrase before a comma, the one addressed (Ka Ani, ...). True when read so."""
    if not (u.upper and nxt is not None and nxt.upper and u.joined):
        return False
    opening = k == 0 or starts_sentence(units[k - 1].glue)
    if not opening and not _before_a_person(units, k):
        return False  # pigi Ka Manado, mo Ka Manado, nyanda Ka Manado: a goal however it is written
    if opening and (not nxt.glue.strip().startswith(",") or k + 2 >= len(units)):
        return False  # Ka Manado dulu: the goal
    u.ind, u.gloss = "Kak", ("kak",)
    return True


def _before_a_person(units: list, k: int) -> bool:
    """Ka at units[k] stands where a person does, not a goal: after a preposition of company or address
    (deng, pa, for), a conjunction or a comma (Kita di Manado, Ka Lina di Bitung), or after another word
    (a time word: Kemarin Ka Rina so pulang) with a predicate after the name; never after a verb, a
    modal, an aspect word or a negation, where Ka is going (mo Ka Manado, nyanda Ka Manado)."""
    prev = units[k - 1]
    if "," in prev.glue or prev.pos in ("prep", "conj") and prev.key not in _PLACE_PREPOSITIONS:
        return True
    if prev.pos in ("v", *BEFORE_VERB_POS - {"adv"}) or k + 2 >= len(units) or not units[k + 1].joined:
        return False
    return units[k + 2].pos in ("v", *BEFORE_VERB_POS)  # Kemarin Ka Rina so pulang; Besok Ka Manado.


# Prepositions whose capitalised Ka after them is still the goal's ke (dari Ka Manado is no one's title).
_PLACE_PREPOSITIONS = frozenset({"ka", "ke", "di", "dari", "sampe", "sampai"})


def _a_person(unit) -> bool:
    """A kin term or a person beside the kin term: a list of people, not the one spoken to."""
    return unit.key in _SHORT or unit.key in PERSON_NOUNS


RULES = dict.fromkeys((*_SHORT, "pa"), _addressed)
FREE_KEYS = frozenset({"kakak", "adik", "bapak"})  # Indonesian spellings the lexicon does not list
