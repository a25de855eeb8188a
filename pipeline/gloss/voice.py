"""dorang as the impersonal agent of a fronted object: the Indonesian passive.

Manado Malay puts the thing acted on first and leaves the doer vague with dorang 'they'
(lagu natal dorang putar di toko; prahu yang dorang kase sewa); a free Indonesian translation
uses the di- passive and no 'mereka' (lagu Natal diputar di toko; perahu yang disewakan). In
the MangARTI mining part 79 sentences with dorang have no 'mereka' in the reference, most of
them this construction. It applies when dorang follows `yang` or a noun that is not a person
(after a person, mama dorang is 'mama and the others') and a verb follows, perhaps after an
aspect word (so, da, mo, le) or the causative kase (dorang kase maso -> dimasukkan).

The same construction without dorang: a thing as subject, a modal or belum, then a bare
transitive verb with no object of its own is what the thing undergoes (obat itu musti minum tiap
hari -> obat itu harus diminum setiap hari; iuran blum bayar -> iuran belum dibayar); a person
as subject keeps the active verb (anak musti minum obat). And da after a thing, before such a
verb, is the short dapa of the same passive (depe doi da cure -> uangnya dicuri).

An activity with no object after its doer's aspect word or modal is the doer's act, meN-: objectless_acts.py.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import (
    ANIMALS, BETWEEN_SUBJECT_AND_VERB, CHANGES_OF_STATE, DEMONSTRATIVES, INTRANSITIVE_AFTER_DAPA, NOT,
    NUMBER_WORDS, PERSON_NOUNS, SOFTENERS, TIME_UNITS, UNDERGOING_CUES, person, thing)
from pipeline.gloss.indonesian import IndonesianVocabulary, men_prefix
from pipeline.gloss.morphology import ACRONYM, NAME

THEY_KEYS = frozenset({"dorang"})
_READY = frozenset({"siap"})  # siap (mo) dorang cat -> siap dicat: what is ready is acted on
# Words between the fronted object and dorang (yang tadi subuh dorang ...).
_BETWEEN_BEFORE = frozenset({"tadi", "so", "le", "juga", "tiba-tiba", "mulai", "pasti", "langsung", "subuh", "mo",
                             "ahirnya", "akhirnya"})
# Sentence adverbs and conjunctions Indonesian shares: never the fronted object.
_NOT_OBJECTS = frozenset({"kemudian", "lalu", "terus", "trus", "akhirnya", "sekarang", "skarang", "nanti", "tadi",
                          "biasanya", "memang", "pokoknya", "makanya", "mungkin", "kadang", "kadang-kadang",
                          "sering", "selalu", "baru", "langsung", "waktu", "saat", "pas", "sambil", "supaya",
                          "besok", "beso", "bsk", "lusa", "kemarin", "kalamaring", "kalamarin",  # the day: no object
                          "semoga", "moga", "mudah-mudahan"})
# Prepositions Indonesian shares (not in the lexicon, so without its part of speech): a phrase they
# open is a place or a time, never the thing acted on (di posyandu dorang kase bubur).
_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "untuk", "sejak"})
SAYING = frozenset({"bilang", "babilang", "omong", "baomong", "tanya", "batanya"})  # they say: no passive
# Aspect words between dorang and the verb, and what each becomes before a passive.
_ASPECT = {"so": "sudah", "sudah": "sudah", "da": "", "mo": "akan", "le": "juga", "ja": "biasa",
           "masih": "masih", "langsung": "langsung", "nyanda": "tidak", "nda": "tidak", "tidak": "tidak",
           "blum": "belum", "belum": "belum", "trus": "terus", "terus": "terus"}


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
        if units[k - 1].key == "mo" and k > 1 and units[k - 2].key in _READY:
            units[k - 1].ind = ""  # siap mo dorang cat: no purpose word before the passive
        for aspect in aspects:
            aspect.ind = _ASPECT[aspect.key]


def _fronted_object(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """A non-person noun or `yang` before dorang in its clause, perhaps across time and aspect words."""
    if not units[k - 1].joined:
        return False  # malam ini, dorang bawa lampu: a comma ends the clause before dorang
    at = k - 1
    while at > 0 and units[at].key in _BETWEEN_BEFORE and units[at - 1].joined:
        at -= 1
    anchor = units[at]
    if anchor.key in ("itu", "ini", "tu", "ni") and at > 0 and units[at - 1].joined:
        anchor = units[at - 1]  # rumah itu dorang jual
    if not anchor.joined or anchor.key == "dorang":
        return False
    if anchor.key == "yang" or anchor.key in _READY:
        return True
    first = at
    while first > 0 and units[first - 1].joined:
        first -= 1
    if units[first].pos == "prep" or units[first].key in _PLACE_PREPOSITIONS:
        return False  # di kantor camat dorang bilang: a place, not the thing acted on
    if person(anchor) or anchor.pos not in ("n", "loc", "adj", ""):
        return False  # orang tua dorang: their parents, who act
    if anchor.pos == "adj" and at > first and person(units[at - 1]):
        return False  # orang tua dorang: their parents, who act
    if anchor.pos:
        return True
    # an Indonesian word the lexicon does not list: a noun, not a function word or a verb; a word that
    # may be a verb after a noun is that noun's modifier (tanaman bunga, kacang tana sangrai)
    if anchor.ind in STOP_WORDS or anchor.key in _NOT_OBJECTS:
        return False
    return not (anchor.root and vocabulary.is_verb_root(anchor.root)) or at > first and thing(units[at - 1], vocabulary) and (
        not person(units[at - 1]))


def _passive(units: list, verb: int, vocabulary: IndonesianVocabulary):
    """(unit, di- form) for the verb at units[verb], or None when it is not a verb."""
    unit = units[verb]
    if unit.gloss == ("CAUS",) and not unit.ind and verb + 1 < len(units):  # kase maso: memasukkan
        caused = units[verb + 1]
        root = caused.root
        if root and caused.ind.startswith(men_prefix(root)[:2]):
            return caused, "di" + root + caused.ind[len(men_prefix(root)):]
        return None
    root = unit.root or (unit.key[2:] if vocabulary.men_form(unit.key[2:]) == unit.ind else "")  # babuang: buang
    if not root or " " in root or unit.key in SAYING:
        return None
    if unit.ind != root:  # the meN- form the lexicon gives (buang 'membuang'), or a capital (Tambah)
        active = vocabulary.men_form(root)
        return (unit, vocabulary.passive(active, root)) if unit.ind.lower() in (root, active) and active else None
    if vocabulary.is_verb_root(root) or vocabulary.men_form(root) and unit.key not in DONE_BY_THE_THING:
        return unit, "di" + root  # putar -> diputar; after dorang gunting is a verb too (digunting)
    base = vocabulary.root_of(root)
    if base and men_prefix(base) == root:
        return unit, "di" + base  # beking 'membuat' -> dibuat
    return None


# What a thing as subject must be told by before a bare verb for the verb to be what it undergoes
# (clause_words.UNDERGOING_CUES): obligation, possibility, plan (mo 'akan' of a thing), 'not yet' and
# baru 'only then' (sayor baru kase maso -> sayur baru dimasukkan); other words of
# BETWEEN_SUBJECT_AND_VERB may stand beside them (kartu so nyanda bisa pake).
# Verbs a thing does itself (oto blum datang, harga bisa turung, kantor mo pinda): never undergone.
# AGENT_AFTER_DAPA lists them, with the few transitive verbs whose doer dapa keeps (dapa bayar).
DONE_BY_THE_THING = INTRANSITIVE_AFTER_DAPA | frozenset({"ilang", "hilang", "mulai", "pinda", "pindah",
                                                                        "jadi", "tamba", "tambah", "bele", "belok"})  # bele: a vehicle turns itself
# Words that may open the clause before its subject (kalu kartu BPJS itu musti bayar; jadi BPJS
# blum bisa urus): the lexicon's conjunctions, and those Manado shares with Indonesian.
_CLAUSE_OPENERS = frozenset({"jadi", "baru", "tapi", "terus", "lalu", "kalau", "karena", "sebab", "makanya", "malahan",
                             "bahkan"})  # malahan tu pintu musti kase tutup: even the door


_ACTOR_PREFIXES = ("ma", "me")
_CAUSING = ("kase ", "kasi ", "se ")  # the causative written as one lexicon phrase (kase bae 'memperbaiki')  # Manado ma-, Indonesian me-: the actor's voice (manyala, mandidi)


def undergone_by_subject(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """Rewrite the bare verb at units[k] as the di- passive when a thing is the clause's subject
    before a modal or belum and nothing follows the verb as its object; True when rewritten."""
    verb = units[k]
    if units[k - 1].key not in BETWEEN_SUBJECT_AND_VERB or verb.key in DONE_BY_THE_THING or (
            verb.root in CHANGES_OF_STATE):  # lampu blum nyala
        return False  # first: mostly no modal stands before the verb
    # a root with a meN- form (bayar), or the meN- form the lexicon gives whole for a bare Manado verb
    # (beking 'membuat' -> dibuat); a Manado word with its own ma- is the thing's act (lampu musti manyala,
    # aer musti mandidi: menyala, mendidih)
    whole = vocabulary.men_form(verb.root) is None
    cues = _CAUSED_CUES if verb.key.startswith(_CAUSING) else UNDERGOING_CUES  # so kase bae: a lexicon phrase
    if whole and not (verb.ind == verb.root and vocabulary.inflected(verb.ind, "me") and not (
            verb.key.startswith(_ACTOR_PREFIXES))) or not thing_undergoes(units, k, k, cues):
        return False
    # so mo before it stays aspect.py's (ayam so mo potong -> sudah mau dipotong)
    verb.ind = vocabulary.passive(verb.ind) if whole else "di" + verb.root
    return True


def caused_on_subject(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """Rewrite the meN-...-kan form at units[k], made by the kase before it, as the di- passive when a
    thing is the clause's subject before a modal and nothing follows as the object (tu aer
    masih bisa kase panas -> air itu masih bisa dipanaskan; obat ini musti kase abis -> harus dihabiskan;
    after so too: PR so kase abis -> sudah dihabiskan); True when rewritten."""
    verb, causer = units[k], units[k - 1]
    if k < 2 or causer.gloss != ("CAUS",) or causer.ind or not causer.joined or not verb.root:
        return False
    fronted = k == 2 and _fronted_thing(units, k)  # jandela kase tutup -> jendela ditutup
    if not fronted and (k < 3 or units[k - 2].key not in BETWEEN_SUBJECT_AND_VERB):
        return False
    prefix = "memper" if verb.ind.startswith("memper") else men_prefix(verb.root)  # kase bae: memperbaiki
    if not verb.ind.startswith(prefix) or not (fronted or thing_undergoes(units, k - 1, k, _CAUSED_CUES)):
        return False
    stem = "per" + verb.ind[len(prefix):] if prefix == "memper" else verb.root + verb.ind[len(prefix):]
    verb.ind = "di" + stem  # the suffix the causative took (ditutup, dipanaskan, diperbaiki)
    return True


# so before a thing's kase + verb tells what was done to it (perahu so kase bae -> sudah diperbaiki): the
# causative makes no state of its own the thing could be in (unlike pintu so tutup: closed)
_CAUSED_CUES = UNDERGOING_CUES | frozenset({"so", "sudah"})


def thing_undergoes(units: list, k: int, verb_at: int, cues: frozenset[str] = UNDERGOING_CUES) -> bool:
    """A thing (no person, no acting body) is the subject of the act at units[k] (a verb, or the kase
    of a causative whose verb is at units[verb_at]) before a modal or belum (or another of `cues`), in
    its clause, and nothing after the verb is its object; with no `cues`, the thing stands right before
    the verb (done_to_thing.py: tu obat minum ...)."""
    verb = units[verb_at]
    at = k - 1
    cued = not cues
    negated = spanned = False
    while at >= 0 and units[at].joined and (units[at].key in BETWEEN_SUBJECT_AND_VERB or _span_after_so(units, at)):
        # mo read as 'mau' wants: a thing wants nothing, it is a body that acts (BPJS nyanda mo tanggung)
        # baru only right before the verb: 'only then' (sayor baru kase maso); before another such
        # word it is the noun's 'new' (sepatu baru nyanda muat)
        cued = cued or units[at].key in cues and units[at].ind != "mau" and (units[at].key != "baru" or at == k - 1)
        negated = negated or units[at].key in NOT
        span = _span_after_so(units, at)
        spanned = spanned or span > 0
        at = span if 0 < span < at else at - 1  # past the span to its so
    # so + a span of time, then a negation: how long the thing has been left undone (iuran so lama
    # nyanda bayar -> sudah lama tidak dibayar); an animal there refuses (anjing so dua hari nyanda makang)
    left_undone = not cued and bool(cues) and negated and spanned
    cued = cued or left_undone
    if not cued or at < 0 or not units[at].joined or at == k - 1 and cues:
        return False
    if verb_at + 1 < len(units) and verb.joined and _takes_object(units[verb_at + 1]) and not _how_long(units, verb_at + 1):
        return False
    if units[at].key in DEMONSTRATIVES and at > 0 and units[at - 1].joined:
        at -= 1  # obat itu musti minum, tu lampu musti kase mati
    head = at
    while head > 0 and units[head - 1].joined and (_nominal(units[head - 1]) or _untagged_noun(units[head - 1])):
        head -= 1  # kolekte minggu ini, kapsul vitamin: the subject is the first noun
    if any(_untagged_noun(u) for u in units[head:at + 1]) and verb.pos != "v":
        return False  # lem kertas belum rata: beside an untagged noun, only a tagged verb is an act
    if not (_nominal(units[at]) or head < at and _untagged_noun(units[at])) or person(units[head]) or (
            units[head].key in _ACTING_BODIES | _WHEN or left_undone and units[head].key in ANIMALS):
        return False  # anak musti minum, pemerintah musti kase: a person or a body acts (doi skola anak: the fees)
    if head > 0 and units[head - 1].pos == "poss" and units[head - 1].joined:
        head -= 1  # kita pe obat, depe obat: a possessed thing
        if units[head].key == "pe" and head > 0 and units[head - 1].joined:
            head -= 1
    opener = units[head - 1] if head > 0 else None
    # not when the noun is something else's object (kita bawa obat musti minum)
    return opener is None or not opener.joined or opener.pos == "conj" or opener.key in _CLAUSE_OPENERS


def _fronted_thing(units: list, k: int) -> bool:
    """A lexicon noun of a thing opens the sentence right before kase and the verb at units[k], which
    closes its clause (or a particle follows): the thing undergoes the act (jandela kase tutup, request or report)."""
    thing, verb = units[0], units[k]
    return thing.joined and thing.pos == "n" and thing.source == "lexicon" and thing.key not in PERSON_NOUNS and (
        thing.key not in _ACTING_BODIES) and (k + 1 == len(units) or not verb.joined or units[k + 1].key in _AFTER_ACT)


_AFTER_ACT = SOFTENERS | frozenset({"saja", "kwa", "le", "lagi", "ulang"})  # no object: kase tutup dulu


def _how_long(units: list, at: int) -> bool:
    """A count of time opens at units[at] (minum enam bulan, kase tiga hari): how long, no object."""
    count = units[at]
    return count.joined and at + 1 < len(units) and (count.key in NUMBER_WORDS or count.pos == "num") and (
        units[at + 1].key.partition(" ")[0] in _TIME_WORDS)


def _nominal(unit) -> bool:
    """A noun of the lexicon or an acronym: what can be a thing as subject (not a person or a name);
    also an Indonesian -an noun the lexicon leaves untagged (cicilan, tagihan: what is paid)."""
    return (unit.pos in ("n", "acr") or unit.source == ACRONYM or _an_noun(unit)) and unit.source != NAME


def _untagged_noun(unit) -> bool:
    """An Indonesian word the lexicon leaves untagged, no function word, beside a noun of the subject
    (uang pangkal, kapsul vitamin: one compound)."""
    return unit.pos == "" and unit.source == "indonesian" and unit.ind not in STOP_WORDS and not unit.upper


def _an_noun(unit) -> bool:
    """An untagged Indonesian word of a root and -an, the suffix that makes nouns of verbs (cicil ->
    cicilan); the lexicon tags the everyday words that end so by chance (makan, jalan, ikan)."""
    return unit.pos == "" and unit.source == "indonesian" and len(unit.key) > 6 and unit.key.endswith("an")


def _takes_object(unit) -> bool:
    """A word after the verb that is its object: a noun, a pronoun, a name, a possessive, or a word
    the lexicon leaves untagged that is no function word (kase abate gratis)."""
    if unit.key.partition(" ")[0] in _TIME_WORDS:
        return False
    return unit.pos in ("n", "acr", "pron", "poss", "loc") or unit.source in (ACRONYM, NAME) or (
        unit.pos == "" and unit.ind not in STOP_WORDS)


# Institutions that act as persons do (pemerintah musti kase abate: the government gives).
_ACTING_BODIES = frozenset({"pemerintah", "puskesmas", "dinas", "desa", "gereja", "sekolah", "skola", "kantor",
                            "rumah sakit", "ruma saki", "posyandu", "majelis", "jemaat", "kelurahan", "kecamatan"})
# A noun of time that opens a clause of time (waktu mo melahirkan): no thing, the clause has no subject.
_WHEN = frozenset({"waktu", "saat"})
_TIME_WORDS = frozenset({"hari", "minggu", "bulan", "bulang", "taong", "tahun", "pagi", "malam", "sore", "siang"})


def undergone_after_da(units: list, k: int, prev, nxt, vocabulary: IndonesianVocabulary) -> bool:
    """da at units[k] is the short dapa of a passive (translate.py's word-pair rule asks): a thing
    (not a person) before it, a verb with an attested meN- form (one that takes an object) after it,
    and no object after the verb (depe doi da cure di oto -> uangnya dicuri di mobil; mama da masa
    ikang stays 'memasak')."""
    if prev is not None and prev.key in DEMONSTRATIVES and k > 1 and units[k - 2].joined:
        prev = units[k - 2]  # tu kue da makan: the noun its demonstrative closes (kue itu dimakan)
        if prev.key in ANIMALS:
            return False  # tu kucing da makan: the animal ate
    if prev is None or nxt is None or prev.key in PERSON_NOUNS or prev.source == NAME:
        return False
    if prev.pos not in ("n", "loc", "acr") and not (prev.pos == "" and k > 1 and units[k - 2].pos == "poss"):
        return False  # a noun of the lexicon, or any word a possessive makes a noun (tape sandal)
    if nxt.pos not in ("v", "") or not nxt.root or vocabulary.men_form(nxt.root) is None:
        return False
    after = units[k + 2] if nxt.joined and k + 2 < len(units) else None
    # no object follows; a person after the verb is its doer (tape hp da ambe orang -> diambil orang)
    return (after is None or after.pos not in ("n", "loc", "acr", "") or after.key in PERSON_NOUNS
            or after.root in ("di", "ke"))


def _span_after_so(units: list, at: int) -> int:
    """so + a span of time ends at units[at] (so tiga bulan, so lama): the index of so (of so lama,
    its own), else 0."""
    if units[at].key == "so lama":
        return at
    if units[at].key in ("lama", "lame") and at > 0 and units[at - 1].key == "so":
        return at - 1
    if units[at].key in TIME_UNITS and at > 1 and (units[at - 1].pos == "num" or units[at - 1].key in NUMBER_WORDS) and (
            units[at - 2].key == "so"):
        return at - 2
    return 0
