"""dapa before a verb: the passive, ability or getting to do it (a clause reading, through verbforms.RULES).

Manado dapa + V is the di- passive by default (dapa pangge -> dipanggil, translate.py's word-pair
rule); the clause decides when it is not, and these readings decide it:
  dapa+V  ability, not passive, with verbs whose subject acts (tako dapa bayar mahal -> takut
          dapat bayar mahal; nyanda dapa tidor -> tidak bisa tidur); after bisa/bole: ability, with
          the active verb (bisa dapa jawab -> bisa menjawab); negated, the passive that cannot be
          (tulisan ini nyanda dapa baca -> tidak bisa dibaca); a person before it and a thing pointed
          at after the verb: ability, 'bisa' (ngana dapa angka tu karung -> kamu bisa mengangkat karung itu);
          a thing before dapa + a transitive verb whose doer dapa otherwise keeps (makang, bli, bayar):
          the passive (ikang so dapa makang kucing -> ikan sudah dimakan kucing)
  dapa lia  (dapa dengar) before pa + a person: the perceiver's act (kita dapa lia pa dia -> saya melihat dia)
  dapa kase  + verb: the di-...-kan passive (dapa kase maso -> dimasukkan), not 'diberi masuk'
"""

from __future__ import annotations

from pipeline.gloss.clause_words import (
    ALSO, AGENT_AFTER_DAPA, ANIMALS, DEMONSTRATIVES, NOT, PERSON_NOUNS, TRANSITIVE_AFTER_DAPA, VEHICLES, is_time,
    person, same_case, thing)
from pipeline.gloss.indonesian import men_prefix
from pipeline.gloss.morphology import ACRONYM, INDONESIAN, NAME, NUMBER, UNKNOWN
from pipeline.gloss.modal_readings import done_by_able_person
from pipeline.gloss.perceiving import perceiver_acts

_GIVEN = frozenset({"makan", "minum", "tahu", "lihat", "pinjam", "izin", "ijin", "obat", "uang"})  # dapa kase makan: diberi
BETWEEN_SUBJECT = ALSO | frozenset({"juga", "so", "sudah", "blum", "belum", "masih", "memang", "ja"})  # kita le rasa
_MODAL_BEFORE_DAPA = frozenset({"bisa", "bole", "boleh", "sempat", "sampat"})


def _dapa(units, k, u, prev, nxt, before, vocabulary):
    if u.gloss == ("PASS",) and nxt is not None and (
            nxt.key in AGENT_AFTER_DAPA and not _undergone(units, k, nxt, vocabulary) or prev is not None and prev.key in NOT and (
                _object_follows(units, k + 1) or _person(before)) or _person(_subject_before(units, k)) and (
                _pointed_object_follows(units, k + 1, vocabulary))):
        # ability: tako dapa bayar; nyanda dapa urus BPJS (negated, the thing acted on follows); but
        # ade dapa gigit anjing is the passive with its doer
        # 'bisa', the spoken ability, before a thing pointed at (ngana dapa angka tu karung -> kamu bisa
        # mengangkat karung itu); with nothing after, getting to do it (so dapa makang -> sudah dapat makan)
        able = prev is not None and prev.key in NOT or _pointed_object_follows(units, k + 1, vocabulary)
        u.ind, u.gloss = ("bisa" if able else "dapat"), ("can",)
        nxt.ind = nxt.root or nxt.ind
        if nxt.key not in AGENT_AFTER_DAPA or _charged(units, k + 1):
            nxt.ind = vocabulary.men_form(nxt.ind) or nxt.ind
        if _charged(units, k + 1) and (prev is None or prev.key not in NOT):
            u.ind = "harus"  # tako dapa bayar mahal -> takut harus membayar mahal: a price one is made to pay
    elif u.gloss == ("PASS",) and prev is not None and prev.key in NOT:
        u.ind = "bisa"  # tulisan ini nyanda dapa baca -> tidak bisa dibaca: negated, the passive cannot be
    elif u.ind == "dapat" and prev is not None and prev.key in NOT and nxt is not None and (
            nxt.pos == "v" or nxt.key in AGENT_AFTER_DAPA or nxt.root and vocabulary.is_verb_root(nxt.root)):
        u.ind = "bisa"  # motor nyanda dapa lewat -> motor tidak bisa lewat
    elif u.ind == "dapat" and _eased(units, k):
        u.ind = "didapat"  # gas susah dapa di warung -> gas susah didapat di warung: how easily it is found
    elif u.gloss == ("PASS",) and prev is not None and prev.key in _MODAL_BEFORE_DAPA and not (
            _done_to_thing(units, k, vocabulary)):
        u.ind, u.gloss = "", ("can",)  # bisa dapa jawab -> bisa menjawab; a thing can be done to: bisa dipake
        if nxt is not None and nxt.root:
            nxt.ind = vocabulary.men_form(nxt.root) or nxt.root


_EVER = frozenset({"mo", "parna", "pernah", "tidak", "nyanda", "nda"})  # nyanda mo parna bisa: never can
_AFTER_ACT = frozenset({"prep", "ptc", "conj", "adv", "neg", "aux"})  # no object: for, le, deng, bale


def _done_to_thing(units, k, vocabulary) -> bool:
    """A thing as the subject of a modal + dapa + a verb with no object after it undergoes the act:
    the passive (baju ini bisa dapa pake -> bisa dipakai); a person there acts (bisa menjawab)."""
    at = k - 2
    while at > 0 and units[at - 1].joined and (units[at].pos in ("aux", "neg") or units[at].key in BETWEEN_SUBJECT or (
            units[at].key in DEMONSTRATIVES or units[at].key in _EVER)):
        at -= 1
    if at > 0 and units[at].pos == "adj" and units[at - 1].pos == "n" and units[at - 1].joined:
        at -= 1  # pintu lama: the noun its adjective describes
    subject = units[at] if at >= 0 and units[at].joined else None
    if subject is None or person(subject) or not (thing(subject, vocabulary) or subject.pos == "loc" or (
            subject.pos == "" and subject.source == INDONESIAN)):
        return False
    after = units[k + 2] if k + 2 < len(units) and units[k + 1].joined else None
    return after is None or after.pos in _AFTER_ACT or after.key in _NO_OBJECT or after.ind == "kembali" or (
        is_time(after))  # putar bale: back


# How easy a thing is to get, before dapa with nothing after it: the thing undergoes the getting.
_EASE = frozenset({"susah", "gampang", "mudah", "sulit", "sukar"})
_DEGREE = frozenset({"skali", "sekali", "sangat", "amat", "banget"})
_NO_OBJECT = frozenset({"di", "ka", "ke", "dari", "skarang", "sekarang", "lagi", "le", "kalu", "kalau"})


def _eased(units, k) -> bool:
    """dapa at units[k] after susah/gampang (a degree word may stand between) and before no object:
    the end of its clause, a place or a time (cap tikus gampang dapa; susah skali dapa di warung)."""
    at = k - 1
    if at >= 1 and units[at].key in _DEGREE and units[at - 1].joined:
        at -= 1
    if at < 1 or units[at].key not in _EASE or not units[at].joined:
        return False
    return k + 1 == len(units) or not units[k].joined or units[k + 1].key in _NO_OBJECT


_PAYING = frozenset({"bayar", "babayar"})
_PRICES = frozenset({"mahal", "banyak", "banya", "lebe", "lebih"})


def _charged(units, at) -> bool:
    """bayar at units[at] before a price or an amount (dapa bayar mahal, dapa bayar tiga ratus ribu)."""
    if units[at].key not in _PAYING or at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    return after.key in _PRICES or after.pos == "num" or after.source == NUMBER


_DONT = frozenset({"jang", "jangan"})


def _undergone(units, k, verb, vocabulary) -> bool:
    """A thing as the subject before dapa + a transitive verb undergoes it: the passive (ikang so dapa
    makang kucing -> ikan sudah dimakan kucing; ini nasi kuning dapa bli di mana -> dibeli; the last
    word before it may be the thing's adjective or the place it is in: jagung di kobong so dapa makang)."""
    if verb.key not in TRANSITIVE_AFTER_DAPA:
        return False
    if k > 0 and units[k - 1].key in _DONT and k + 2 < len(units) and units[k + 1].joined and units[k + 2].key in ANIMALS:
        return True  # jang dapa makang kucing: the thing left out undergoes it, the animal its doer
    at = _subject_at(units, k)
    if at > 0 and units[at].pos == "adj" and units[at - 1].joined:
        at -= 1  # nasi kuning: the noun its adjective describes
    subject = units[at] if at >= 0 else None
    return subject is not None and subject.source != UNKNOWN and not person(subject) and not is_time(subject) and (
        subject.pos == "loc" or thing(subject, vocabulary))  # an unknown word may be a name; umur satu bulan: when


def _dapa_phrase(units, k, u, prev, nxt, before, vocabulary):
    if u.gloss[0] == "PASS" and not u.ind.startswith("di") and nxt is not None and nxt.key == "pa" and (
            nxt.gloss == ("OBJ",)):
        # kita dapa lia pa dia -> saya melihat dia: pa marks (dative.read_pa) the person perceived as the
        # object, so the act is the perceiver's (a di- form's pa + person is its doer: dapa ambe pa polisi)
        u.ind = same_case(u.ind, vocabulary.men_form(u.gloss[1]) or u.gloss[1])
    elif u.gloss[0] == "PASS" and perceiver_acts(units, k):
        act = vocabulary.men_form(u.gloss[1]) or u.gloss[1]  # dia dapa lia torang -> dia melihat kami (perceiving.py)
        u.ind = same_case(u.ind, "bisa " + act if prev is not None and prev.key.rpartition(" ")[2] in NOT else act)
    elif u.gloss[0] == "PASS" and done_by_able_person(units, k):  # Mama bisa dapa ambe -> Ibu bisa mengambil
        u.ind = same_case(u.ind, vocabulary.men_form(u.gloss[1]) or u.gloss[1])
    elif u.gloss[0] == "PASS" and _person(_subject_before(units, k)) and (
            _pointed_object_follows(units, k, vocabulary) or _thing_follows(units, k, vocabulary)):
        # dia dapa ambe tu doi -> dia bisa mengambil uang itu: a person and a thing after the act
        # are its doer and its object, not a passive with its doer (dia dapa ambe polisi)
        u.ind = "bisa " + (vocabulary.men_form(u.gloss[1]) or u.gloss[1])


def _dapa_kase(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and nxt.root and nxt.pos in ("v", "adj", "") and nxt.root not in _GIVEN:
        root = nxt.root
        if vocabulary.causative(root) is None and vocabulary.inflected(root, "me"):
            root = vocabulary.root_of(root)  # manyala: the lexicon's meN- form (menyala -> nyala)
        if root == "pulang" and _thing_before(units, k, vocabulary):
            root = "kembali"  # tu buku so dapa kase pulang -> dikembalikan; a patient's stays dipulangkan
        form = vocabulary.causative(root)  # dapa kase maso -> dimasukkan (not 'diberi masuk')
        if form:
            u.ind, u.gloss = "", ("PASS",)
            nxt.ind = "di" + root + form[len(men_prefix(root)):]


def _thing_before(units: list, k: int, vocabulary) -> bool:
    """The subject right before units[k], past aspect words and negations, is a thing, no person."""
    at = k - 1
    while at > 0 and units[at].pos in ("aux", "neg") and units[at - 1].joined:
        at -= 1
    return at >= 0 and units[at].joined and not person(units[at]) and (
        units[at].pos == "n" or thing(units[at], vocabulary))


# The lexicon's dapa + act phrases (passives by default) whose act a person can do to a thing.
_DAPA_ACTS = ("dapa ambe", "dapa cari", "dapa lia", "dapa dengar")


def _person(unit) -> bool:
    """A person as subject before a negated dapa: what they cannot do (kita nyanda dapa angka ->
    saya tidak bisa mengangkat), not what cannot be done to them."""
    return unit is not None and (unit.pos == "pron" or unit.key in PERSON_NOUNS)


def _subject_before(units: list, k: int):
    """The clause's subject before units[k], past aspect words and the demonstrative closing it
    (tu anak so dapa -> anak; dia le dapa -> dia); None at the clause start."""
    at = _subject_at(units, k)
    return units[at] if at >= 0 else None


def _subject_at(units: list, k: int) -> int:
    """The index of _subject_before's unit, or -1."""
    at = k - 1
    while at >= 0 and units[at].joined and (units[at].key in BETWEEN_SUBJECT or units[at].key in DEMONSTRATIVES):
        at -= 1
    return at if at >= 0 and units[at].joined else -1


# Harm an animal or a vehicle does (bites, stings, runs over): after dapa with one of them pointed at, the
# passive with its doer (ade dapa gigit tu anjing -> adik digigit anjing itu), not a person's ability.
_HARMING = frozenset({"gigit", "gigi", "patok", "cakar", "sengat", "seruduk", "tanduk", "tendang", "tabrak",
                      "tabrakan", "lindas", "serempet", "sambar", "terkam"})


def _pointed_object_follows(units: list, at: int, vocabulary) -> bool:
    """A thing pointed at right after the verb at units[at] (angka tu karung, already turned into
    karung itu): what a person can act on, not the doer of a passive (dia dapa pukul depe papa, ade dapa
    gigit tu anjing)."""
    if at + 2 >= len(units) or not units[at].joined:
        return False
    if units[at + 1].key in DEMONSTRATIVES:
        noun = at + 2
    else:
        closing = at + 2  # already swapped, past a compound's nouns too (angka tu karung beras -> karung beras itu)
        while closing < len(units) - 1 and units[closing].pos == "n" and units[closing - 1].joined:
            closing += 1
        if not units[closing - 1].joined or units[closing].key not in DEMONSTRATIVES:
            return False
        noun = at + 1
    if units[at].key in _HARMING and units[noun].key.split(" ")[0] in ANIMALS | VEHICLES:
        return False
    return _object_follows(units, noun - 1) or units[noun].key not in PERSON_NOUNS and thing(units[noun], vocabulary)


def _thing_follows(units: list, at: int, vocabulary) -> bool:
    """A thing or a place right after the act at units[at] (lia gunung, dengar bunyi oto): its object;
    a person there is the doer of a passive (dapa ambe polisi)."""
    if at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    return after.key not in PERSON_NOUNS and (after.pos == "loc" or thing(after, vocabulary)) or _object_follows(units, at)


def _object_follows(units: list, at: int) -> bool:
    """A thing right after the verb at units[at]: its object (urus BPJS), not a person as agent."""
    if at + 1 >= len(units) or not units[at].joined:
        return False
    after = units[at + 1]
    if after.key in PERSON_NOUNS or after.source == NAME or after.pos == "pron":
        return False
    return after.pos in ("n", "acr") or after.source == ACRONYM


RULES = {"dapa": _dapa, "dap": _dapa, **dict.fromkeys(_DAPA_ACTS, _dapa_phrase), "dapa kase": _dapa_kase}
