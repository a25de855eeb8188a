"""Clause readings of the words of going with two senses that the neighbours decide (dispatched by
clauses.py through senses.RULES; the other content words are in senses.py).

  bajalan    'jalan-jalan' (an outing) before ka + a named place (bajalan ka Tomohon); 'berjalan' elsewhere
  pasiar     the same outing before ka + a named place (pasiar ka Bunaken) or closing its clause after
             a verb of going (pi pasiar); 'berkunjung' (visit) elsewhere (pasiar ka oma pe rumah, datang
             pasiar): own references jalan-jalan 4 of 5 such clauses, berlibur the fifth
  jalan      a noun (the road) opening its clause before a place preposition (jalan ka kobong pe licin);
             'mengalir' when water is its subject, the last noun before it past negations, aspect words,
             adverbs and a stretch of time (aer PDAM so tiga hari nyanda jalan), and no direction follows
             (bawa aer kong jalan ka pasar: the person walks)
  pigi, pi  'menuju' (heading for) before ka, ke or arah after a road, a journey or an act of walking or
          running, past how one goes (jalan pigi ka gedung, bajalan kaki pigi ka greja: MangARTI mining part
          7 of 7, the ka dropped in 6); 'pergi' elsewhere (torang pigi ka pasar)
  nae     'mendaki' (climb up) right before a mountain, a hill or an uphill road (nae gunung, nae jalan
          babelok: a language-learning page's nae gunung 'mendaki gunung', MangARTI mining part nae jalan
          'mendaki' 2 of 2); 'naik' elsewhere, also before ka (nae ka bukit, nae oto) and a road with no
          slope word after it (nae jalan raya)
  pigi periksa  'memeriksakan diri' (one has oneself examined; the lexicon's phrase) where the clause goes on to
          the place, the time or the stage (pigi periksa di posyandu tiap bulan -> memeriksakan diri ke posyandu:
          own references 4 of 4); 'pergi periksa' where it closes the clause (nyanda mau pigi priksa: 2 of 2);
          before what is examined, one goes to examine it (pigi periksa tu kobong -> pergi memeriksa kebun itu),
          or has a body part, blood or a person examined (pigi periksa gigi -> memeriksakan gigi)
  bawa    before a vehicle it drives, in its active form: 'mengendarai' a motorbike, 'menyetir' a car
          (dia bawa motor talalu laju -> mengendarai motor; sopir bawa oto -> menyetir mobil: own references
          5 of 6 such clauses write no membawa); a request keeps the bare 'bawa' (jang bawa motor) and
          predicates.py asks driven() only where it gives the verb meN-; a broken vehicle, or one brought
          to a person or a repair shop, is carried: 'membawa' (bawa oto ka bengkel)
  maso    said of the sun 'terbenam' (matahari so mulai maso: the sun sets; MangARTI mining terbenam or
          tenggelam 3 of 5, condong the other 2); of a seasoning 'meresap' (bumbu maso skali: 3 of 3); 'masuk'
          elsewhere (destinations.py dispatches it)
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    BETWEEN_SUBJECT_AND_VERB, GOING, NUMBER_WORDS, PERSON_NOUNS, PLACE_PHRASE_PREPOSITIONS, TIME_UNITS, TITLES,
    clause, is_time, same_case, subject_person)
from pipeline.gloss.body_parts import BODY_PARTS
from pipeline.gloss.morphology import NAME


def _outing(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.key in ("ka", "ke") and nxt.joined and k + 2 < len(units) and _named_place(units[k + 2]):
        u.ind = same_case(u.ind, "jalan-jalan")  # torang bajalan ka Bunaken: an outing, not a walk


def _named_place(unit) -> bool:
    """A place's name: a name, or a capitalised place noun or word the Indonesian tables know (Manado),
    not a person's title (pasiar ka Oma pe rumah)."""
    return unit.source == NAME or unit.upper and unit.pos in ("loc", "") and unit.key not in PERSON_NOUNS | TITLES


def _stroll(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None and prev is not None and prev.key in GOING:
        u.ind = same_case(u.ind, "jalan-jalan")  # abis makang baru ngoni bole pi pasiar: go out
    else:
        _outing(units, k, u, prev, nxt, before, vocabulary)


# A place preposition after jalan opening its clause: jalan is the road there (jalan ka kobong pe licin).
_ROAD_TO = frozenset({"ka", "ke", "di", "dari"})
# After these jalan is the road (naik sampe di jalan), never water running.
_ROAD_AFTER = PLACE_PHRASE_PREPOSITIONS | {"paling", "sampe", "sampai"}


def _road(units, k, u, prev, nxt, before, vocabulary):
    if prev is None and nxt is not None and nxt.key in _ROAD_TO:
        u.pos = "n"  # jalan ka kobong pe licin -> jalan ke kebun licin sekali: the road, its subject
    elif prev is not None and u.ind == "jalan" and prev.pos != "prep" and prev.key not in _ROAD_AFTER and _water_runs(units, k, nxt):
        u.ind = same_case(u.ind, "mengalir")  # aer PAM nyanda jalan: water that runs flows (naik sampe di
                                              # jalan: the road, after a preposition)


def _water_runs(units, k, nxt):
    """Water is jalan's subject: the last noun before it, past negations, aspect words, adverbs and a
    stretch of time only (aer PDAM so tiga hari nyanda jalan), and no direction after it (bawa aer kong
    jalan ka pasar, ambe aer lalu jalan pulang: a person walks)."""
    if nxt is not None and nxt.key in _GOING_TO:
        return False
    at = k - 1
    while at >= 0 and units[at].joined and (units[at].pos in _BEFORE_RUNNING or units[at].key in _BEFORE_RUNNING_WORDS):
        at -= 1
    return at >= 0 and units[at].joined and units[at].key in _WATER


# Water as jalan's subject: the water runs, it flows (aer PAM cuma jalan dua kali satu minggu).
_WATER = frozenset({"aer", "air", "PAM", "pam", "PDAM", "pdam", "ledeng", "leding"})
_GOING_TO = frozenset({"ka", "ke", "pulang", "kaki", "pigi", "pergi"})
_BEFORE_RUNNING = frozenset({"aux", "neg", "adv"})
_BEFORE_RUNNING_WORDS = BETWEEN_SUBJECT_AND_VERB | TIME_UNITS | NUMBER_WORDS | frozenset({"cuma", "hanya"})


# Slopes: nae right before them is 'mendaki' (nae ka bukit, with ka, keeps 'naik ke'). A road is one only
# with a slope word after it (nae jalan babelok); nae jalan raya keeps 'naik'.
_SLOPES = frozenset({"gunung", "bukit", "puncak", "tanjakan"})
_ROADS = frozenset({"jalan", "jalang"})
_UPHILL = frozenset({"babelok", "tanjakan"})


def _climb(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.joined and u.joined and _slope(units, k + 1):
        u.ind = same_case(u.ind, "mendaki")  # dorang pi nae gunung -> mereka pergi mendaki gunung


def _slope(units, at):
    """units[at] is a slope: a mountain, a hill, or a road a slope word follows (in its unit or the next)."""
    first, _, rest = units[at].key.partition(" ")
    if first not in _ROADS:
        return first in _SLOPES
    after = rest.partition(" ")[0] if rest else (units[at + 1].key if at + 1 < len(units) and units[at].joined else "")
    return after in _UPHILL


def _check_up(units, k, u, prev, nxt, before, vocabulary):
    examined = _examined(units, k + 1) if nxt is not None else None
    if nxt is None:
        u.ind = "pergi periksa"  # nyanda mau pigi priksa: the going itself is refused or late (own references 2 of 2)
    elif examined is not None:  # the object is not oneself: pigi periksa tu oto, pigi periksa depe anak
        u.ind = "memeriksakan" if examined.ind.lower() in BODY_PARTS or subject_person(examined) or (
            examined.key in _SAMPLES) else "pergi memeriksa"
    elif nxt.key == "di":
        nxt.ind = "ke"  # pigi periksa di posyandu -> memeriksakan diri ke posyandu


# What one has examined at a clinic besides a body part: what is taken from the body.
_SAMPLES = frozenset({"darah", "gula", "urin", "air kencing", "aer kencing", "dahak"})
_OWNER_OR_POINTER = frozenset({"poss", "dem"})


def _examined(units: list, at: int):
    """The object named at units[at], past an owner's pe or a demonstrative (depe anak, tu oto), else None:
    a noun, a place, a pronoun, a name, not a time (pigi periksa besok)."""
    while at + 1 < len(units) and units[at].joined and units[at].pos in _OWNER_OR_POINTER:
        at += 1
    unit = units[at]
    if unit.pos in ("n", "loc", "pron", "acr") or unit.source == NAME:
        return None if is_time(unit) else unit
    return None


# A road, a journey, and acts of walking or running (Manado forms): pigi ka after them is the way it heads.
_HEADING = frozenset({"jalan", "jalang", "jalan raya", "parjalanan", "perjalanan", "bajalan", "bajalang", "bajalan kaki",
                      "jalan kaki", "balari", "lari"})
# What may stand between them and pigi: how one walks (bajalan kaki, bajalan lurus, palang-palang), the
# road's kind (jalan raya).
_HOW_GOING = ("adv", "adj")
_WAY_WORDS = frozenset({"kaki", "raya"})


def _heading(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None or nxt.key not in ("ka", "ke", "arah") or not nxt.joined:
        return
    at = k - 1
    while at >= 0 and units[at].joined and (units[at].pos in _HOW_GOING or units[at].key in _WAY_WORDS):
        at -= 1
    if at >= 0 and units[at].joined and units[at].key in _HEADING:
        u.ind = same_case(u.ind, "menuju")  # jalan pigi ka gedung, bajalan kaki pigi ka greja -> menuju
        if nxt.key != "arah":
            nxt.ind = ""  # menuju gedung: menuju holds the direction


_CHECK_UPS = ("pigi periksa", "pigi priksa", "pigi pariksa")
def going_in(units: list, k: int, u) -> None:
    """maso whose subject, within two words before it past the aspect words, is the sun (terbenam) or a
    seasoning (meresap): matahari palang-palang mulai maso, depe bumbu RW maso skali."""
    if u.ind != "masuk":
        return
    at = k - 1
    while at >= 0 and units[at].joined and (units[at].key in BETWEEN_SUBJECT_AND_VERB or units[at].key in _BEFORE_GOING_IN):
        at -= 1
    for subject in units[max(at - 1, 0):at + 1]:
        if subject.joined and subject.key in _GOING_IN:
            sunlight_in = _GOING_IN[subject.key] == "terbenam" and any(
                c.key in _SUNLIGHT_IN for c in clause(units, k)[0])  # matahari maso di jandela pagi-pagi: it shines in
            if not sunlight_in:
                u.ind = _GOING_IN[subject.key]
            return


_GOING_IN = {"matahari": "terbenam", "mataari": "terbenam", "bumbu": "meresap", "bumbu-bumbu": "meresap",
             "rempah": "meresap"}
_SUNLIGHT_IN = frozenset({"pagi", "pagi-pagi", "subuh", "jandela", "jendela", "kamar", "pintu", "rumah", "ruma"})
_BEFORE_GOING_IN = frozenset({"mo", "palang-palang", "pelan-pelan", "perlahan"})  # how soon, how slowly


RULES = {"pigi": _heading, "pi": _heading, "jalan": _road, "jalang": _road, "bajalan": _outing, "bajalang": _outing, "nae": _climb, "pasiar": _stroll,
         **dict.fromkeys(_CHECK_UPS, _check_up)}


# Vehicles one rides (mengendarai) or steers (menyetir), by their Manado and Indonesian names.
_RIDDEN = frozenset({"motor", "motor-motor", "sepeda", "bentor", "vespa"})
_STEERED = frozenset({"oto", "mobil", "mobel", "truk", "trek", "bis", "bus", "angkot", "mikro", "taksi", "pick-up"})


def driven(units: list, k: int, at: int) -> str | None:
    """The active form of bawa at units[k] before the vehicle at units[at] it drives (bawa motor ->
    mengendarai motor), else None: not a broken vehicle, nor one brought to a person or to a repair shop,
    which is carried there as any thing (bawa motor rusak ka bengkel, bawa oto pa depe papa: membawa)."""
    if units[k].root != "bawa":
        return None
    head = units[at].key.partition(" ")[0]
    form = "mengendarai" if head in _RIDDEN else "menyetir" if head in _STEERED else None
    after = [unit.key for unit in units[at + 1:at + 3]] if units[at].joined else []
    if after and after[0] in _BROKEN or after[:1] == ["pa"] or len(after) == 2 and after[0] in ("ka", "ke") and (
            after[1] in _REPAIR_SHOPS) and units[at + 1].joined:
        return None
    return form


# A vehicle that does not go is carried or pushed (motor rusak, oto mogok), and one taken to be
# repaired is brought there as a thing (bawa oto ka bengkel: membawa).
_BROKEN = frozenset({"rusak", "mogok", "ancor", "hancur"})
_REPAIR_SHOPS = frozenset({"bengkel"})
