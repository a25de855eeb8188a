"""pe before an adjective with no owner grades it: 'sekali' (Pe enak ni kue! -> Enak sekali kue ini).

A degree word after the adjective grades it already (angin pe kancang skali: once); an adverb before pe
owns nothing, so pe there grades too (tiket skarang pe mahal! -> tiket sekarang mahal sekali!). After a
noun pe grades the predicate closing its clause (possessives.py): an adjective, or banyak, how many or
how much there is (darah pe banyak! -> darah banyak sekali!), also after a noun whose capital is only the
sentence's (Mes pe panas -> mes panas sekali). A person's possessive opening its clause before an adjective
that closes it grades the person (Ngana pe pande! -> Kamu pandai sekali!): the exclamation of the
language's phrasebooks, with the person as its subject, not 'your cleverness'.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import COORDINATORS, PLACE_PHRASE_PREPOSITIONS, is_time
from pipeline.gloss.demonstratives import is_plain_noun
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import INDONESIAN
from pipeline.gloss.tokens import starts_sentence

DEGREE_WORDS = frozenset({"skali", "sekali", "sakali", "banget"})
_AMOUNTS = frozenset({"banyak", "banya", "sadiki", "sedikit"})  # a quantity as the predicate, graded as an adjective is
# A person's possessive and the person as a subject; depe's owner is mostly a thing, said before
# (Brapa depe harga? Depe mahal skali! -> Mahal sekali!): no subject.
_PERSONS = {"depe": "", "dpe": "", "dp": "", "kita pe": "saya", "ta pe": "saya", "tape": "saya", "tepe": "saya",
            "ngana pe": "kamu", "nga pe": "kamu", "ngape": "kamu", "dia pe": "dia", "de pe": "dia", "torang pe": "kami",
            "ngoni pe": "kalian", "dorang pe": "mereka"}
_CLAUSE_OPENERS = frozenset({"mar", "tapi", "kong", "jadi"})  # a new clause begins after them


def graded_predicate(unit) -> bool:
    """What pe after a noun can grade as its clause's predicate: an adjective, or banyak."""
    return unit.pos == "adj" or unit.key in _AMOUNTS


def opening_noun(units: list, at: int, vocabulary: IndonesianVocabulary) -> bool:
    """units[at] opens its sentence and is an Indonesian noun the lexicon leaves untagged, its capital
    the sentence's (Mes pe panas): the owner a name would otherwise be taken for."""
    unit = units[at]
    if at > 0 and not starts_sentence(units[at - 1].glue) or unit.pos != "" or unit.source != INDONESIAN:
        return False
    word = unit.ind.lower()
    return " " not in word and word not in STOP_WORDS and not (unit.root and vocabulary.is_verb_root(unit.root))


def degree_follows(units: list, at: int) -> bool:
    """A degree word at units[at] grades the adjective before it; without one a pe with no owner
    grades it itself ('sekali': angin pe kancang -> angin kencang sekali)."""
    return at < len(units) and units[at].key in DEGREE_WORDS


def graded_person(units: list, k: int, possessed) -> str | None:
    """The graded predicate a person's possessive at units[k] opens, if any: opening
    its clause (after a pause, an interjection, mar or kong) before an adjective, it is the person's degree (Ngana pe
    bodok! -> Kamu bodoh sekali!), not a thing owned (dia pe sakit so sembuh: the predicate follows)."""
    person = _PERSONS.get(units[k].key)
    if person is None or possessed is None or possessed.pos != "adj" or (
            k > 0 and units[k - 1].joined and units[k - 1].pos != "interj" and units[k - 1].key not in _CLAUSE_OPENERS) or (
            not closes_clause(units, k + 1)):
        return None
    return f"{person} {possessed.ind}".strip() + ("" if possessed.joined and degree_follows(units, k + 2) else " sekali")


def closes_clause(units: list, adjective: int) -> bool:
    """Nothing but a degree word, a coordinator, a particle or how long it lasts (sampe + a time) after
    the adjective in its clause: it is the predicate (pesta pe rame skali, pesta pe rame sampe pagi), not
    a noun another predicate follows (anak pe tinggi memang bagitu -> tinggi anak memang begitu)."""
    if adjective + 1 >= len(units) or not units[adjective].joined:
        return True
    after = units[adjective + 1]
    return after.key in DEGREE_WORDS or after.key in COORDINATORS or after.pos in ("ptc", "interj") or (
        after.key in _UNTIL and after.joined and adjective + 2 < len(units) and is_time(units[adjective + 2]))


_UNTIL = frozenset({"sampe", "sampai"})
# Where something is, named by a word that points (di sablah, di sini): the subject's place, no owner.
_POINTED_PLACES = frozenset({"sini", "situ", "sana", "sablah", "sebelah", "seblah"})


def placed_owner(units: list, pe_at: int) -> bool:
    """The word before pe at `pe_at` points to a place after its preposition (orang di sablah pe rame ->
    orang di sebelah ramai sekali): it closes the subject's phrase, pe grades the adjective after."""
    return pe_at >= 2 and units[pe_at - 1].key in _POINTED_PLACES and units[pe_at - 2].key in PLACE_PHRASE_PREPOSITIONS


def graded_after_adverb(units: list, pe_at: int, possessed) -> bool:
    """An adverb (skarang, dulu) before pe and an adjective after it: no one owns, pe grades the
    predicate (tiket skarang pe mahal! -> tiket sekarang mahal sekali!)."""
    return pe_at > 0 and units[pe_at - 1].pos == "adv" and possessed is not None and possessed.pos == "adj"


def owned_amount_after(units: list, vocabulary: IndonesianVocabulary) -> bool:
    """In place, before the context rules: banyak (or sadiki) between a possessive and a noun closing its
    clause is how many the owner has, the predicate: it goes after the noun, with its degree word (kita
    pe banyak utang -> utang saya banyak; dia pe banya skali ana -> anaknya banyak sekali). True if moved."""
    moved = False
    for k in range(len(units) - 2):
        if units[k].pos != "poss" or not units[k].joined or units[k + 1].key not in _AMOUNTS:
            continue
        end = k + 2 if degree_follows(units, k + 2) and units[k + 1].joined else k + 1
        if not units[end].joined or end + 1 >= len(units):
            continue
        noun = units[end + 1]
        if not is_plain_noun(noun, vocabulary) or noun.joined and end + 2 < len(units):
            continue  # dorang pe banyak tamang datang: more than the noun follows, leave it
        amount = units[k + 1:end + 1]
        noun.glue, amount[-1].glue = amount[-1].glue, noun.glue
        noun.joined, amount[-1].joined = amount[-1].joined, noun.joined
        units[k + 1:end + 2] = [noun, *amount]
        moved = True
    return moved
