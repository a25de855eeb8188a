"""batu: 'batuk' (cough, its final k dropped as Manado Malay drops it: saki, maso) where the clause
speaks of illness; 'batu' (stone) elsewhere.

  Anak ada batu so dua minggu.        -> Anak batuk sudah dua minggu.   (a person has it, for a time)
  Malam-malam dia batu trus.          -> Malam-malam dia batuk terus.   (it goes on)
  Ade panas tinggi deng batu.         -> Adik demam tinggi dan batuk.   (beside another symptom)
  Malam dia batu, kita bangun.        -> Malam dia batuk, saya bangun.  (said of a person, as her act)
  Dorang lempar batu. / ada batu ginjal / ada batu di jalan: a stone (a noun or a place after it).
blakang: 'punggung' (the back of the body) where it hurts or a speaker or hearer owns it, no preposition before
it (kita pe blakang sakit -> punggung saya sakit; sakit blakang -> sakit punggung; gosok ngana pe blakang ->
gosok punggungmu); di blakang rumah, di kita pe blakang (behind me), kaki blakang (a hind leg) and
blakang ini (lately) stay 'belakang'.
pukul: 'berdebar' where the heart beats (depe jantung ba pukul kancang -> jantungnya berdebar kencang);
one who hits (dia ba pukul anjing) keeps 'memukul'.
Dispatched by clauses.py.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS, TIME_UNITS, clause, key_after, person_subject, same_case

COUGH = "batuk"
# Other symptoms, as the glosser translates them: batu among them in its clause is a cough too.
_SYMPTOMS = frozenset({"demam", "pilek", "flu", "sesak", "mencret", "diare", "muntah", "muntah-muntah",
                       "menggigil", "pusing", "meriang", "ingus", "beringus"})
# After batu these say it goes on or how it sounds: batu trus, batu kering, batu berdahak.
_GOING_ON = frozenset({"trus", "terus", "kering", "berdahak", "badahak", "pilek"})
# Before batu: a person has it now or still (ada, so, masih), when nothing but an aspect word, a
# stretch of time or the clause's end follows (ada batu so dua minggu; ada batu ginjal, ada batu di jalan: a stone).
_HAVING = frozenset({"ada", "so", "sudah", "masih", "masi", "sering"})
# Joining words: a symptom beyond them is in another clause (dia demam kong torang ambe batu);
# deng right beside batu joins two symptoms (pilek deng batu).
_JOINING = frozenset({"kong", "trus", "terus", "lalu"})
_WITH = frozenset({"deng", "dengan", "dan"})


def _batu(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "batu" or prev is not None and prev.pos == "v":
        return  # angka batu, ambe batu: the object of a verb is a stone
    words, at = clause(units, k)
    if _symptom_beside(words, at) or _said_of_person(units, k, prev, nxt) or (
            nxt is not None and nxt.key in _GOING_ON and (nxt.key not in _JOINING or _closes(units, k + 1))) or (
            prev is not None and prev.key in _HAVING and _had_by_person(units, k, words[:at])
            and (nxt is None or nxt.pos == "aux" or _lasting(units, k + 1))):
        u.ind, u.pos = COUGH, "v"  # a predicate: ada before it is no having (ada batu -> batuk)
        if prev is not None and prev.key in ("ada", "ad") and prev.pos == "aux" and prev.ind in ("ada", "sedang", "punya"):
            prev.ind = ""  # anak ada batu -> anak batuk: the aspect word before a state (as panas, senses.py)


# After a person's batu: it does not stop, or until what (dia batu nda berenti, mama batu sampe muntah).
_ON_AFTER = frozenset({"nda", "nyanda", "tidak", "tida", "sampe", "sampai"})


def _said_of_person(units: list, k: int, prev, nxt) -> bool:
    """batu right after the person who is its clause's subject, closing the clause or before how it
    goes on (malam dia batu, kita bangun; dia batu nda berenti): she coughs. Not a person who is a
    verb's object (kase dia batu: a stone), nor a stone after its owner's pe."""
    if prev is None or not (prev.pos == "pron" or prev.key in PERSON_NOUNS) or prev.key in ("itu", "ini", "ni", "tu"):
        return False
    before = units[k - 2] if k >= 2 and units[k - 2].joined else None
    if before is not None and (before.pos in ("v", "prep") or before.key == "pe"):
        return False
    return _closes(units, k) or nxt is not None and nxt.key in _ON_AFTER


def _symptom_beside(words: list, at: int) -> bool:
    """Another symptom in batu's stretch of its clause: no joining word between, nor a deng that is
    not right beside batu."""
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(words):
            word = words[i]
            if word.key in _JOINING or word.key in _WITH and abs(i - at) > 1:
                break
            if word.ind in _SYMPTOMS:
                return True
            i += step
    return False


def _lasting(units: list, at: int) -> bool:
    """units[at] counts a time (ada batu dua minggu), not the stones (ada batu banyak)."""
    return units[at].pos == "num" and at + 1 < len(units) and units[at].joined and (
        units[at + 1].key.partition(" ")[0] in TIME_UNITS)


def _closes(units: list, k: int) -> bool:
    """units[k] is the last word of its clause (batu trus., not batu trus buang)."""
    return k == len(units) - 1 or not units[k].joined


def _had_by_person(units: list, k: int, earlier: list) -> bool:
    """A person is the subject before units[k]: one word (ade, dia) or a phrase a person opens (anak kacili)."""
    return person_subject(units, k) or any(w.key.partition(" ")[0] in PERSON_NOUNS for w in earlier)


# What a back does when it is the body's: it hurts, aches, is stiff or cramps.
_ACHING = frozenset({"sakit", "saki", "pegal", "pegel", "nyeri", "kram", "kaku", "linu", "ngilu"})
_LATELY = frozenset({"ini", "ni", "ini hari"})  # blakang ini: 'belakangan ini', a time
_BETWEEN = frozenset({"so", "sudah", "masih", "masi", "ada", "rasa", "terasa", "jadi", "mulai", "sering"})


_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "ka", "pa", "sampe", "sampai"})


def _back(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "belakang" or prev is not None and (prev.pos == "prep" or prev.key in _PLACE_PREPOSITIONS):
        return  # di blakang rumah, ka blakang: a place
    if nxt is not None and nxt.key in _LATELY or prev is not None and prev.pos == "n" and prev.key not in _ACHING:
        return  # sakit blakang ini: lately; kaki blakang, pintu blakang: the hind one, the back one
    if prev is not None and prev.key in _ACHING or key_after(units, k, _ACHING, _BETWEEN) or _persons(units, k):
        u.ind = same_case(u.ind, "punggung")  # kita pe blakang sakit; sakit blakang; gosok ngana pe blakang


# What a speaker, a hearer or a group owns with pe (kita pe, ngana pe, torang pe); dia pe and depe, 'its',
# are said of a house's or a boat's back as often.
_PERSONS_OWNING = frozenset({"saya", "aku", "kamu", "kami", "kita", "kalian", "mereka"})


def _persons(units: list, k: int) -> bool:
    """blakang at units[k] is a person's own, with no preposition before the owner (tolong gosok kita pe
    blakang: the back of the body; di kita pe blakang, ka ngana pe blakang: behind)."""
    owner = k - 1 if units[k - 1].pos == "poss" and units[k - 1].ind in _PERSONS_OWNING else (
        k - 2 if k >= 2 and units[k - 1].key == "pe" and units[k - 2].key in PERSON_NOUNS else -1)
    return owner >= 0 and units[k - 1].joined and (
        owner == 0 or not units[owner - 1].joined or units[owner - 1].pos != "prep" and units[owner - 1].key not in _PLACE_PREPOSITIONS)


_HEART = frozenset({"jantung", "jantong"})
# Between the heart and its beating: the ba written apart, an aspect word, a feeling of it.
_BEFORE_BEATING = frozenset({"ba", "so", "sudah", "masih", "masi", "ada", "mulai", "rasa", "terasa", "trus", "terus"})


def _heartbeat(units, k, u, prev, nxt, before, vocabulary):
    at = k - 1
    while at >= 0 and units[at].joined and units[at].key in _BEFORE_BEATING:
        at -= 1
    if at >= 0 and units[at].joined and units[at].key in _HEART:
        doubled = "-" in u.key  # ba pukul-pukul: berdebar-debar
        u.ind, u.gloss = ("berdebar-debar", ("ber-debar~debar",)) if doubled else ("berdebar", ("ber-debar",))
        if units[at + 1].key == "ba":
            units[at + 1].ind = ""


RULES = {"batu": _batu, "blakang": _back, "belakang": _back, "pukul": _heartbeat, "bapukul": _heartbeat,
         "pukul-pukul": _heartbeat, "bapukul-pukul": _heartbeat}
FREE_KEYS = frozenset({"batu", "belakang", "bapukul", "bapukul-pukul"})  # Indonesian words (batu the lexicon lists as shared)
