"""Clause readings of words for what one eats, drinks, cooks with, smears on, tastes or smokes, with
two senses that the neighbours decide (dispatched by clauses.py; the other content words are in senses.py).

  masak, masa  'matang' (done) after so/blum with a thing as subject and no object after it (nasi so
          masak; own references 2 of 2, MangARTI mining and dev parts 3 of 3); a person cooks (mama so masak)
  pedis      'pedih' (stinging) in a clause about the eyes, a wound or smoke (asap pedis di mata, luka
             pedis); 'pedas' (hot, of taste) elsewhere
  lombo      'empuk' of meat, a mattress or a pillow (daging lombo skali, kasur yang lombo: MangARTI mining
             part 8 of 10), 'lembut' elsewhere (pasir lombo, kue yang lombo)
  masa       'masa' (surely not) opening a question before its subject or a negation (Masa' ngana nyanda
             tau?); else the cook of the lexicon
  asap, baasap  after ba (berasap) 'merokok' of a person or with no subject (so ba asap ulang); a thing
             stays 'berasap' (knalpot ba asap; MangARTI mining writes 'mengepul' for smoke, steam); before
             a thing, not a cigarette, 'mengasapi' (ba asap ikang, kopra: cured over smoke)
  isap, hisap  'merokok' without an object (dia isap ulang, kalau mo isap pigi di luar); 'isap' (suck,
             sip) before the thing sucked (isap air kalapa, isap jempol)
  minum   'minuman' (the drink) where nothing is drunk: after a possessive (depe minum ada kopi susu ->
          minumannya ...), after a bottle (botol minum plastik), beside food in a list (makanan deng
          minum -> makanan dan minuman); MangARTI mining and dev parts 'minuman' 7 of 7 such places. A
          possessed minum before what is drunk stays the act (oma pe minum obat), so does a possessed
          bottle's (torang pe botol minum: the possessive keeps the compound with its owner), and minum
          beside the verb makan (torang so makang deng minum: ate and drank); right after an act done to
          a drink or a thing it fills (antar akang minum, kase isi minum, baracik minum, tumpahan minum,
          kotak pandingin minum: MangARTI mining and dev 5 of 5 'minuman')
  baminum 'minum' before what is drunk (oma baminum obat -> minum obat); alone or before a place it is
          the lexicon's drinking alcohol (brenti baminum, baminum di warung)
  sapu    'oles' (smear) before what is smeared on: butter, spice paste, balm, oil, jam, egg yolk (Sapu
          mantega di roti -> Oleskan mentega di roti; roti so dapa sapu selai -> sudah diolesi selai:
          MangARTI mining and dev parts oleskan, diolesi, dilumuri 7 of 7); 'sapu' (sweep) elsewhere
  sadap   'nyaman' (comfortable) in a clause about what one lies, sits or sleeps on, or wears (bantal guling ini
          sadap skali, pakaian tidor yang sadap: MangARTI mining 4 of 4); 'enak' (tasty) elsewhere (own
          references 13 of 13, all of food), and of food right before it or named outside the place phrase
          that holds the seat (makang kue sadap, makanan di kursi itu sadap)
  rakus   'dengan lahap' (with gusto) after an act of eating in its clause (torang makan rakus skali:
          MangARTI mining part 3 of 3); 'rakus' (greedy) elsewhere (dia rakus, kucing rakus)
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.body_parts import BODY_PARTS
from pipeline.gloss.clause_words import (
    BETWEEN_SUBJECT_AND_VERB, PERSON_NOUNS, clause, person_subject, same_case, thing, thing_subject)
from pipeline.gloss.morphology import NAME

# Aspect words after which the food that is cooked is done (nasi so masak -> nasi sudah matang).
_DONE = frozenset({"so", "sudah", "blum", "belum", "bulum"})
_AFTER_DONE = frozenset({"di", "dari", "skali", "sekali"})  # no object: nasi so masak di bulu


def _cooked_through(units, k, u, prev, nxt, before, vocabulary):
    if u.key == "masa" and prev is None and nxt is not None and (nxt.pos in ("pron", "neg") or nxt.key in PERSON_NOUNS):
        u.ind, u.pos, u.gloss = "masa", "adv", ("masa",)  # Masa' ngana nyanda tau?: 'surely not', no cooking
    elif prev is not None and prev.key in _DONE and (
            nxt is None or nxt.pos in ("prep", "conj", "adv") or nxt.key.partition(" ")[0] in _AFTER_DONE) and (
            not person_subject(units, k)) and thing_subject(units, k, vocabulary):
        u.ind, u.pos = "matang", "adj"  # nasi so masak: the food is done; mama so masak: she cooks


_STINGING = frozenset({"mata", "luka", "asap", "perih", "kulit"})  # what stings rather than tastes hot


def _stinging(units, k, u, prev, nxt, before, vocabulary):
    if any(c.key in _STINGING for c in clause(units, k)[0]):
        u.ind = "pedih"  # tu asap pedis di mata, depe luka pedis: it stings


_TENDER = frozenset({"daging", "kasur", "bantal", "sate", "biapong", "bakpao"})  # soft to bite or lie on


def _tender(units, k, u, prev, nxt, before, vocabulary):
    if any(c.key in _TENDER for c in clause(units, k)[0]):
        u.ind = "empuk"  # depe daging lombo skali -> dagingnya sangat empuk


def _smoke(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None or nxt.ind in STOP_WORDS or not thing(nxt, vocabulary):
        u.ind = same_case(u.ind, "merokok")  # dia isap ulang -> dia merokok lagi; isap air stays 'isap'


_SMOKED = frozenset({"rokok", "roko", "sigaret", "cerutu"})  # ba asap rokok: smoking it, not curing it


def _smoking(units, k, u, prev, nxt, before, vocabulary):
    if u.ind == "berasap" and nxt is not None and nxt.key not in _SMOKED and nxt.ind not in STOP_WORDS and thing(nxt, vocabulary) and (
            not thing_subject(units, k, vocabulary)):
        u.ind = "mengasapi"  # papa ba asap kopra, ikang -> mengasapi kopra: cured over smoke
    elif u.ind == "berasap" and not thing_subject(units, k, vocabulary) and not _thing_named_before(units, k, vocabulary):
        u.ind = "merokok"  # asap alone: the smoke itself  # papa so ba asap ulang -> ayah sudah merokok lagi: a person smokes


_CONTAINERS = frozenset({"botol"})
_FOOD = frozenset({"makanan", "kue", "kukis"})  # nouns only: makan/makang beside minum is the act
_AND = frozenset({"deng", "dan", "ato", "atau"})


def _possessed(prev, nxt) -> bool:
    """depe minum: possessed, and not followed by what is drunk (oma pe minum obat stays the act)."""
    if prev is None or prev.pos != "poss":
        return False
    return not (nxt is not None and nxt.ind and (nxt.pos == "n" or nxt.pos == "" and nxt.ind not in STOP_WORDS))


def _in_a_bottle(prev, before) -> bool:
    """botol minum, unless the bottle is possessed (torang pe botol minum keeps the compound)."""
    return prev is not None and prev.key in _CONTAINERS and not (before is not None and before.pos == "poss")


def _beside_food(units, k, prev, nxt, before) -> bool:
    """makanan deng minum, or minum deng kue: a list of food and drink."""
    if prev is not None and prev.key in _AND and before is not None and before.key in _FOOD:
        return True
    return (nxt is not None and nxt.key in _AND and k + 2 < len(units) and nxt.joined
            and units[k + 2].key in _FOOD)


def _handled(units, k) -> bool:
    """antar akang minum, kase isi minum, baracik minum, tumpahan minum: the drink served, poured, mixed
    or spilt (past a dropped word such as akang). Not kase minum, giving a drink (memberi minum)."""
    at = k - 1
    while at >= 0 and units[at].joined and not units[at].ind:
        at -= 1
    return at >= 0 and units[at].joined and (units[at].key in _HANDLING or units[at].root in _HANDLING)


# Acts done to a drink, and the things a drink fills or comes out of, before minum (the drink).
_HANDLING = frozenset({"antar", "isi", "kase isi", "racik", "baracik", "tumpahan", "pendingin", "pandingin",
                       "pesan", "pasan", "sadiakan", "sediakan"})


def _drink(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "minum":
        return
    if _possessed(prev, nxt) or _in_a_bottle(prev, before) or _beside_food(units, k, prev, nxt, before) or (
            _handled(units, k)):
        u.ind = "minuman"


def _thing_named_before(units: list, k: int, vocabulary) -> bool:
    """A thing right before units[k], past the aspect words and a name it heads (lia gunung Lokon baasap)."""
    at = k - 1
    while at >= 0 and units[at].joined and (units[at].key in BETWEEN_SUBJECT_AND_VERB or units[at].source == NAME):
        at -= 1
    unit = units[at] if at >= 0 and units[at].joined else None
    return unit is not None and unit.key not in PERSON_NOUNS and unit.pos != "pron" and unit.source != NAME and (
        unit.pos in ("n", "loc") or unit.pos == "" and thing(unit, vocabulary))

# What is smeared on a surface: sapu before it is 'oles', not 'sweep' (the forms the verb rules made kept).
_SMEARED = frozenset({"mantega", "mentega", "margarin", "bumbu", "balsem", "minyak", "oli", "selai", "salep", "krim",
                      "lotion", "madu", "sambal", "dabu-dabu"})
_SMEAR_FORMS = {"sapu": "oles", "sapukan": "oleskan", "menyapu": "mengoleskan", "menyapukan": "mengoleskan",
                "disapu": "diolesi", "disapukan": "dioleskan"}
_ASKING_TO = frozenset({"tolong", "coba", "co", "jang", "jangan"})


def _smear(units, k, u, prev, nxt, before, vocabulary):
    form = _SMEAR_FORMS.get(u.ind.lower())
    if nxt is not None and nxt.key in ("akang", "kang") and k + 2 < len(units):
        k, nxt = k + 1, units[k + 2]  # sapu akang mantega: what is smeared after the request's akang
    if form is None or nxt is None:
        return
    smeared = nxt.key.split(" ")[0] in _SMEARED or nxt.key == "kuning" and k + 2 < len(units) and units[k + 2].key == "telur"
    if not smeared:
        return  # sapu lante, sapu dulu: sweeping
    if form == "oles" and (prev is None or prev.key in _ASKING_TO):
        form = "oleskan"  # Sapu mantega di roti, tolong sapu bumbu: a request
    u.ind, u.root = same_case(u.ind, form), "oles"



_PLACE_WORDS = frozenset({"di", "ke", "dari", "pada"})  # Indonesian prepositions, no part of speech in the lexicon


def _drinks_something(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and (nxt.pos == "n" or nxt.pos == "" and nxt.key not in _PLACE_WORDS and thing(nxt, vocabulary)):
        u.ind = same_case(u.ind, "minum")  # dia baminum obat -> dia minum obat


_DEGREE = frozenset({"skali", "sakali", "sekali"})
# What one lies, sits or sleeps on, or wears: its sadap is comfort, not taste.
_RESTED_IN = frozenset({"bantal", "guling", "kasur", "tampa tidor", "tempat tidur", "kursi", "sofa", "pakaian",
                        "baju", "kaos", "kaus", "slimut", "selimut"})  # not sepatu: pisang goreng sepatu is food


_FRAMING = frozenset({"tu", "ni"})


def _comfort(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() == "enak" and any(_rested_in(w) for w in _said_of(*clause(units, k), vocabulary)):
        u.ind = same_case(u.ind, "nyaman")  # bantal ini sadap skali -> sangat nyaman


def _rested_in(word) -> bool:
    return word.key in _RESTED_IN or word.key.partition(" ")[0] in _RESTED_IN


def _said_of(words: list, at: int, vocabulary) -> list:
    """The nouns sadap at words[at] may be said of: the noun right before it, perhaps past yang (makang
    kue sadap, bantal yang sadap), else the noun opening its clause, its subject (Makanan di kursi itu
    sadap: the food) unless a body part, else any of its clause (tidor di kasur baru sadap, kase rabah
    badan di tampa tidor)."""
    if at and words[at - 1].pos == "n":
        return [words[at - 1]]
    if at > 1 and words[at - 1].key == "yang" and thing(words[at - 2], vocabulary):
        return [words[at - 2]]
    first = 0
    while first < at and (words[first].pos in ("poss", "dem") or words[first].key in _FRAMING):
        first += 1  # tu kasur, kita pe bantal
    subject = words[first] if first < at and words[first].pos == "n" else None
    if subject is None or subject.ind.lower() in BODY_PARTS:
        return words  # tape kapala takana bantal ...: a body at rest feels what it rests on
    return [subject]


# Acts of eating (Manado forms): rakus after them is how one eats, with gusto.
_EATING = frozenset({"makan", "makang", "mangunyah", "bamakan", "makan-makan"})


def _hearty(units, k, u, prev, nxt, before, vocabulary):
    words, at = clause(units, k)
    if u.ind == "rakus" and any(w.key in _EATING for w in words[:at]):
        u.ind, u.pos = "dengan lahap", "adv"  # torang makan rakus -> makan dengan lahap; dia rakus stays
        if nxt is not None and nxt.key in _DEGREE:
            nxt.ind = ""  # makan rakus skali -> dengan lahap: lahap says it whole


RULES = {"sadap": _comfort, "rakus": _hearty, "masak": _cooked_through, "masa": _cooked_through, "pedis": _stinging, "pedes": _stinging, "lombo": _tender,
         "isap": _smoke, "hisap": _smoke, "asap": _smoking, "baasap": _smoking, "minum": _drink, "sapu": _smear,
         "baminum": _drinks_something}
