"""A relative clause on its verb's object: after its doer the verb stays bare, as in Indonesian's
passive with a pronoun or a person doing the act (baju yang kita bapake -> baju yang saya pakai; ikang
yang dorang bajual -> ikan yang mereka jual; not 'memakai', 'berjualan'). The doer stands right after
yang, perhaps with its aspect words and adverbs before the verb (yang torang so tanam -> yang sudah kami
tanam keeps its order: yang kami sudah tanam); an object of the verb's own after it makes yang the
subject's (yang dia bawa anak: none here, the clause has its object). A ber- verb goes bare only where
its root takes an object as it is (berjualan -> jual); one whose object needs a suffix (bertemu ->
temui, berkunjung -> kunjungi) is left to the lexicon.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import BEFORE_VERB_POS, PAST_POINTS, PERSON_NOUNS, WHEN_WORDS, is_time, subject_person
from pipeline.gloss.demonstratives import is_plain_noun
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.units import Unit

_HOW_OFTEN = frozenset({"selalu", "sering", "biasa", "masih", "memang", "pernah", "suka"})
_HOW_MANY = frozenset({"banyak", "banya", "samua", "semua", "smua", "brapa", "berapa", "beberapa", "babarapa"})
_EVERY = frozenset({"tiap", "setiap", "tiap-tiap"})  # yang dorang bajual tiap hari: how often
_OBJECTS = frozenset({"n", "loc", "pron", "acr", "num", "poss", "dem"})  # what opens an object of the verb's own


def bare_in_object_relative(units: list[Unit], vocabulary: IndonesianVocabulary) -> None:
    """Give the verb of a relative clause on its object, after yang and the doer, its bare form."""
    first = next((k for k, unit in enumerate(units) if unit.key == "yang"), len(units))
    for k in range(first + 2, len(units)):  # no yang, nothing to read: most sentences
        u = units[k]
        if " " in u.ind or not vocabulary.inflected(u.ind, ("me", "ber")) or _object_follows(units, k, vocabulary):
            continue
        at = _before_adverbs(units, k - 1)
        if at < 1 or not (subject_person(units[at]) or units[at].key.partition("-")[0] in PERSON_NOUNS) or units[_before_doer(units, at - 1)].key != "yang":
            continue
        bare = vocabulary.passive(u.ind, u.root)[2:]
        root = vocabulary.root_of(u.ind)
        if u.ind.startswith("ber") and bare != root:
            continue  # bertemu: 'temukan' is another act; the lexicon's row says 'temui'
        u.ind = bare


def _before_adverbs(units: list[Unit], at: int) -> int:
    """The nearest unit at or before `at` in its clause that is no aspect word, modal, negation or adverb
    of frequency (yang selalu dia bapake, yang torang so tanam); -1 at the clause start."""
    while at >= 0 and units[at].joined and (units[at].pos in BEFORE_VERB_POS or units[at].key in _HOW_OFTEN):
        at -= 1
    return at if at >= 0 and units[at].joined else -1


def _before_doer(units: list[Unit], at: int) -> int:
    """Past what opens the doer's phrase (its owner, how many: yang kita pe ade bapake, yang banyak orang
    bacari) and the adverbs before it (yang selalu dia bapake)."""
    while at >= 0 and units[at].joined and (units[at].pos == "poss" or units[at].key in _HOW_MANY):
        at -= 1
    return _before_adverbs(units, at)


def _object_follows(units: list[Unit], k: int, vocabulary: IndonesianVocabulary) -> bool:
    """A noun phrase right after the verb at units[k], in its clause: its own object."""
    if not units[k].joined or k + 1 >= len(units):
        return False
    after = units[k + 1]
    if is_time(after) or after.key in WHEN_WORDS or after.key in PAST_POINTS or after.key in _EVERY:
        return False  # baju yang kita bapake kemarin: when, no object
    return after.pos in _OBJECTS or is_plain_noun(after, vocabulary)
