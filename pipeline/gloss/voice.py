"""dorang as the impersonal agent of a fronted object: the Indonesian passive.

Manado Malay puts the thing acted on first and leaves the doer vague with dorang 'they'
(lagu natal dorang putar di toko; prahu yang dorang kase sewa); a free Indonesian translation
uses the di- passive and no 'mereka' (lagu Natal diputar di toko; perahu yang disewakan). In
the MangARTI mining part 79 sentences with dorang have no 'mereka' in the reference, most of
them this construction. It applies when dorang follows `yang` or a noun that is not a person
(after a person, mama dorang is 'mama and the others') and a verb follows, perhaps after an
aspect word (so, da, mo, le) or the causative kase (dorang kase maso -> dimasukkan).
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import PERSON_NOUNS
from pipeline.gloss.indonesian import IndonesianVocabulary, men_prefix
from pipeline.gloss.morphology import NAME

THEY_KEYS = frozenset({"dorang"})
# Words between the fronted object and dorang (yang tadi subuh dorang ...).
_BETWEEN_BEFORE = frozenset({"tadi", "so", "le", "juga", "tiba-tiba", "mulai", "pasti", "langsung", "subuh", "mo"})
# Sentence adverbs and conjunctions Indonesian shares: never the fronted object.
_NOT_OBJECTS = frozenset({"kemudian", "lalu", "terus", "trus", "akhirnya", "sekarang", "skarang", "nanti", "tadi",
                          "biasanya", "memang", "pokoknya", "makanya", "mungkin", "kadang", "kadang-kadang",
                          "sering", "selalu", "baru", "langsung", "waktu", "saat", "pas", "sambil", "supaya"})
_SAYING = frozenset({"bilang", "babilang", "omong", "baomong", "tanya", "batanya"})  # they say: no passive
# Aspect words between dorang and the verb, and what each becomes before a passive.
_ASPECT = {"so": "sudah", "sudah": "sudah", "da": "", "mo": "akan", "le": "juga", "ja": "biasa",
           "masih": "masih", "langsung": "langsung"}


def impersonal(units: list, positions: list[int], vocabulary: IndonesianVocabulary) -> None:
    """Rewrite 'object dorang verb' at `positions` as the di- passive, in place."""
    for k in positions:
        unit = units[k]
        if unit.source != "lexicon" or not unit.joined or k == 0 or not _fronted_object(units, k, vocabulary):
            continue
        verb = k + 1
        aspects = []
        while verb < len(units) and units[verb].key in _ASPECT and units[verb - 1].joined:
            aspects.append(units[verb])
            verb += 1
        if verb >= len(units) or not units[verb - 1].joined:
            continue
        form = _passive(units, verb, vocabulary)
        if form is None:
            continue
        target, text = form
        target.ind = text
        unit.ind = ""
        for aspect in aspects:
            aspect.ind = _ASPECT[aspect.key]


def _fronted_object(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """A non-person noun or `yang` before dorang, perhaps across time and aspect words."""
    at = k - 1
    while at > 0 and units[at].key in _BETWEEN_BEFORE and units[at - 1].joined:
        at -= 1
    anchor = units[at]
    if anchor.key in ("itu", "ini", "tu", "ni") and at > 0 and units[at - 1].joined:
        anchor = units[at - 1]  # rumah itu dorang jual
    if not anchor.joined or anchor.key == "dorang":
        return False
    if anchor.key == "yang":
        return True
    first = at
    while first > 0 and units[first - 1].joined:
        first -= 1
    if units[first].pos == "prep":
        return False  # di kantor camat dorang bilang: a place, not the thing acted on
    if anchor.key in PERSON_NOUNS or anchor.source == NAME or anchor.pos not in ("n", "loc", "adj", ""):
        return False
    if anchor.pos:
        return True
    # an Indonesian word the lexicon does not list: a noun, not a function word or a verb
    return anchor.ind not in STOP_WORDS and anchor.key not in _NOT_OBJECTS and not (anchor.root and vocabulary.is_verb_root(anchor.root))


def _passive(units: list, verb: int, vocabulary: IndonesianVocabulary):
    """(unit, di- form) for the verb at units[verb], or None when it is not a verb."""
    unit = units[verb]
    if unit.gloss == ("CAUS",) and not unit.ind and verb + 1 < len(units):  # kase maso: memasukkan
        caused = units[verb + 1]
        root = caused.root
        if root and caused.ind.startswith(men_prefix(root)[:2]):
            return caused, "di" + root + caused.ind[len(men_prefix(root)):]
        return None
    root = unit.root
    if not root or " " in root or unit.ind != root or unit.key in _SAYING:
        return None
    if vocabulary.is_verb_root(root):
        return unit, "di" + root  # putar -> diputar
    base = vocabulary.root_of(root)
    if base and men_prefix(base) == root:
        return unit, "di" + base  # beking 'membuat' -> dibuat
    return None
