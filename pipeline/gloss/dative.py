"""pa, the preposition of persons: 'kepada', 'ke', or nothing, by the verb before it and what follows.

  Pa Yoppy        'Pak' when both it and the next word are capitalised (a title), and before an
                  office at the start of a clause (pa guru ada bicara -> pak guru sedang bicara)
  bilang pa dia   'kepada' after a verb of saying or feeling, before a person (also after an
                  Indonesian -kan verb of conveying: jelaskan pa kita -> jelaskan kepada saya);
                  one word with dia or kamu closing its phrase (bilang pa dia. -> bilang kepadanya.; clitics.py)
  bantu pa mama   dropped after a verb that takes the person as its object (rujuk pa dorang ->
                  rujuk mereka, telepon pa ngana -> telepon kamu, antar pa ngana ka rumah sakit ->
                  antar kamu ke rumah sakit); MangARTI drops pa before a pronoun 53 times of 63
  tanya pa kaka   dropped right after tanya asked for (Tanya pa kaka -> Tanya kakak), 'kepada' with an
                  adverb between or a subject before (tanya jo pa sopir -> tanya saja kepada sopir)
  pamit pa opa    'kepada' before any other person (a pronoun, a kin term, a title, a name, semua orang)
  bawa pa bidan   'ke' after a verb of going or carrying before a person, and before a place
  dapa angka pa palayan  'oleh' after a passive, before its doer (MangARTI: diangkat oleh pelayan)
  kase obat ka oma  ka ('ke') is 'kepada' before the person something is given to
  kase pa dia sabun  dropped between kase and a person a thing follows: berikan dia sabun (beri's two objects)
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.alternatives import OR, offers_choice
from pipeline.gloss.body_parts import BODY_PARTS
from pipeline.gloss.carers import CARERS
from pipeline.gloss.clause_words import doer_after_passive, person, thing
from pipeline.gloss.clitics import fuse_addressee
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.active_voice import IMPERATIVE_MARKERS, MOTION_VERBS
from pipeline.person_words import SERVES, TITLED, trades

_TAKING = frozenset({"bawa", "babawa", "antar", "baantar"})  # bawa pa bidan: to; antar pa ngana: the one taken
CARRYING = MOTION_VERBS | _TAKING | frozenset({"kirim", "bakirim"})  # pa: 'ke'
# Going to a person for something: pa stays 'ke' (pariksa pa bidan, pinjam pa tetangga, pasiar pa sodara).
_TO_PERSON = MOTION_VERBS | frozenset({"pariksa", "periksa", "bapariksa", "pinjam", "pasiar", "bapasiar", "singga",
                                       "singgah", "mampir"})
# Verbs after which pa + person stays 'ke' (saying, giving, going); after other verbs pa only
# marks the object and is dropped (rujuk pa dorang -> rujuk mereka).
_DATIVE_VERBS = frozenset({
    "bilang", "babilang", "kase", "kaseh", "kasih", "se", "tanya", "batanya", "kirim", "minta",
    "cirita", "carita", "bacirita", "omong", "baomong", "tulis", "batulis", "jual", "bajual",
    "bayar", "pinjam", "mara", "marah", "datang", "pigi", "pi", "pergi", "bale", "pulang", "lari",
    "maso", "kaluar", "iko", "lapor", "sayang", "bawa", "antar", "pamit", "izin",
    "hadap", "percaya", "salam", "titip", "batitip"})
# Verbs of saying and feeling whose addressee pa marks: 'kepada' before a pronoun.
_ADDRESSEE_VERBS = frozenset({"bilang", "babilang", "tanya", "batanya", "cirita", "carita", "bacirita", "omong",
                              "baomong", "bicara", "babicara", "mara", "marah", "minta", "lapor", "balapor", "sayang", "kirim",
                              "tulis", "batulis", "minta maaf", "percaya", "kase selamat", "kase slamat",
                              "kase salamat", "kase trima kasih", "kase terima kasih", "trima kasih", "terima kasih",
                              "makase",  # thanks go to a person (trima kasih pa ngoni -> kepada kalian)
                              # Indonesian -kan verbs of conveying: their object is what is conveyed
                              "jelaskan", "sampaikan", "ceritakan", "katakan", "tunjukkan", "ajarkan",
                              "usulkan", "sarankan", "anjurkan", "laporkan", "beritahukan", "serahkan"})
# Telling and reminding take the person as their object: kase tau pa dorang -> memberi tahu mereka.
_INFORMING = frozenset({"kase tau", "se tau", "kase tao", "kase inga", "se inga"})
_EVERYONE = frozenset({"semua", "samua", "smua", "setiap", "tiap", "sapa", "siapa", "orang"})
_DETERMINERS = frozenset({"tu", "ni"})
# Offices pa names as 'Pak' where it opens a clause (pa guru ada bicara -> pak guru sedang bicara).
_OFFICES = trades(TITLED)  # person_words.PEOPLE_BY_TRADE
# Feelings whose object pa marks; before a thing or an animal 'pada' (tako pa ular -> takut pada ular),
# not the 'ke' of a place; before a person they keep the rules below (own references: takut kepadanya,
# rindu pada Mama).
_FEELINGS = frozenset({"tako", "takut", "malo", "malu", "rindu", "kangen", "bosan", "heran", "bangga", "iri",
                       "benci", "jijik", "cinta"})
_BETWEEN = frozenset({"dulu", "jo", "saja", "juga", "le", "lagi", "ulang", "kwa"})
# Asking as a request: the person right after it is its object (tanya pa dia -> tanya dia; own references
# 6 of 8); with an adverb between (tanya jo pa sopir -> tanya saja kepada sopir, 3 of 3) or a subject
# before it (coba ngana tanya pa tanta -> tanya kepada tante), the one asked is addressed.
_ASKING = frozenset({"tanya", "batanya"})


# kase read as making someone feel (jang kase mara pa mama -> jangan membuat ibu marah): pa marks
# the one who feels, the object
_MAKING_FEEL = frozenset({"membuat", "buat"})


def read_pa(units: list, k: int, prev, nxt, vocabulary: IndonesianVocabulary) -> None:
    """Set the reading of pa at units[k] from the word before it and the person or place after it."""
    u = units[k]
    if nxt is None:
        return
    if u.upper and nxt.upper:  # Pa Hukum Tua, Pa Yoppy: a title
        u.ind, u.gloss = "Pak", ("Pak",)
        return
    if prev is None and nxt.key in _OFFICES:  # pa guru ada bicara: the title opens its clause, a subject
        u.ind, u.gloss = "pak", ("Pak",)
        return
    if nxt.key in _DETERMINERS and nxt.joined and k + 2 < len(units):
        nxt = units[k + 2]  # tanya pa tu om: the person after the determiner
    asked = prev is not None and prev.key in _ASKING and _requested(units, k - 1)  # tanya pa kaka -> tanya kakak
    if prev is not None and prev.key in _BETWEEN and k > 1 and units[k - 2].joined:
        prev = units[k - 2]  # tanya dulu pa orang tua, pinjam jo pa tetangga: the verb before the adverb
    pronoun = nxt.pos == "pron"
    if prev is not None and prev.key in _FEELINGS and not (person(nxt) or nxt.key in _EVERYONE):
        u.ind, u.gloss = "pada", ("pada",)  # tako pa ular, rindu pa kampung: what one feels about
        return
    if prev is not None and _caused_with_suffix(prev) and thing(nxt, vocabulary):
        u.ind, u.gloss = "", ("OBJ",)  # kase samangat pa tim -> menyemangati tim: the object, no 'ke'
        return
    if not (person(nxt) or nxt.key in _EVERYONE) or prev is not None and prev.key in _TO_PERSON:
        return  # pa puskesmas, pi pa oma: 'ke'
    if prev is not None and prev.ind[:2] == "di" and doer_after_passive(units, k):
        u.ind, u.gloss = "oleh", ("by",)  # dapa angka pa palayan -> diangkat oleh pelayan
        return
    if prev is not None and (prev.ind.rpartition(" ")[2] in _BESIDE or _owned_part(units, k, nxt, vocabulary)):
        u.ind, u.gloss = "", ("OBJ",)  # ciong tangan pa oma -> mencium tangan nenek: whose hand
        return
    if asked or prev is not None and prev.key in _GIVING and _thing_given_after(units, k):
        u.ind, u.gloss = "", ("OBJ",)  # kase pa dia sabun mandi -> berikan dia sabun mandi (MangARTI 4 of 4)
    elif prev is not None and prev.key in _ADDRESSEE_VERBS:
        u.ind, u.gloss = "kepada", ("kepada",)  # bilang pa dia -> bilang kepada dia
    elif prev is not None and (prev.key in ("for", "untuk") or _takes_object(prev, vocabulary) or (
            pronoun and prev.key in _TAKING) or prev.key in _INFORMING or prev.ind in _MAKING_FEEL):
        u.ind, u.gloss = "", ("OBJ",)  # bantu pa kita -> bantu saya; for pa tanta -> untuk bibi
    elif not _carried(units, k):
        u.ind, u.gloss = "kepada", ("kepada",)  # pamit pa opa -> pamit kepada kakek
    if u.ind == "kepada":
        fuse_addressee(units, k, prev)  # bilang pa dia. -> bilang kepadanya. (clitics.py)


_GIVING = frozenset({"kase", "kaseh", "kasih", "se"})
_GIVEN_THING = frozenset({"n", "dem", "num", "acr", ""})  # obat, buku ini, doi sadiki
# Persons one is sent or goes to for care or a service: ka before them stays 'ke'.
_SENT_TO = trades(SERVES)


def _caused_with_suffix(verb) -> bool:
    """A kase + noun act the lexicon gives a transitive verb with -i or -kan (kase luka -> melukai)."""
    return bool(verb.gloss) and verb.gloss[0].startswith("CAUS") and verb.ind.endswith(("i", "kan")) and (
        " " not in verb.ind)


def read_ka(units: list, k: int, nxt) -> None:
    """ka at units[k] before a person, right after a verb of giving and the thing given, is 'kepada'
    (dia kase obat ka oma -> memberi obat kepada nenek); before a person one is sent to (a doctor, a
    midwife: kase surat ka dokter, the referral) and after any other verb it stays 'ke'; between two
    alternatives of a question 'atau' (alternatives.py)."""
    if offers_choice(units, k):
        units[k].ind, units[k].gloss = OR, (OR,)  # Ngana mo kopi ka teh? -> ... kopi atau teh?
        return
    if nxt is None or not person(nxt) or nxt.key.partition(" ")[0] in _SENT_TO or k < 2:
        return
    at = k - 1
    while at > 0 and units[at - 1].joined and units[at].pos in _GIVEN_THING:
        at -= 1
    if units[at].key in _GIVING and at < k - 1:
        units[k].ind, units[k].gloss = "kepada", ("kepada",)


def _thing_given_after(units: list, k: int) -> bool:
    """A noun follows the person after pa at units[k] in its clause (kase pa dia sabun mandi): the
    receiver and the thing both objects of beri, as Indonesian writes them; a thing moved before pa
    (given_before_receiver) or none after it (kase pa kita jo) leaves 'kepada'."""
    at = k + 2
    if at >= len(units) or not units[k + 1].joined:
        return False
    thing = units[at]
    return thing.pos in ("n", "acr") or thing.pos == "" and not thing.upper and thing.ind not in STOP_WORDS


# Where something is from a person (di muka pa kita -> di depan saya, dekat pa dia -> dekat dia):
# the person after pa is the point of reference, no receiver.
_BESIDE = frozenset({"depan", "dekat", "belakang", "samping", "sebelah"})
_FACE = frozenset({"muka"})  # also 'the front', and cari muka pa bos courts the boss: pa keeps 'kepada'


def _owned_part(units: list, k: int, person_unit, vocabulary: IndonesianVocabulary) -> bool:
    """A body part, the object of an act, before pa and a person who is no carer (ciong tangan pa oma,
    pijat pundak pa papa): the person's own part, not the one it goes to; after a verb of
    giving, saying or carrying (kase obat mata pa oma) or before a carer (urut perut pa biang) pa keeps
    its reading."""
    part = units[k - 1]
    if not part.joined or part.key in _FACE or part.ind.lower().rpartition(" ")[2] not in BODY_PARTS or (
            person_unit.key.partition(" ")[0] in CARERS):
        return False
    at = k - 2
    while at >= 0 and units[at].joined and not _takes_object(units[at], vocabulary):
        at -= 1
    return at >= 0 and units[at].joined and units[at].key not in CARRYING and _takes_object(units[at], vocabulary)


def _requested(units: list, verb: int) -> bool:
    """The verb at units[verb] opens its clause or follows a prohibition or coba: no subject, a request."""
    return verb == 0 or not units[verb - 1].joined or units[verb - 1].key in IMPERATIVE_MARKERS


def _carried(units: list, k: int) -> bool:
    """A verb of carrying or sending before pa in its clause: bawa tu anak pa dokter -> ke dokter."""
    while k > 0 and units[k - 1].joined:
        k -= 1
        if units[k].key in CARRYING:
            return True
    return False


def _takes_object(verb, vocabulary: IndonesianVocabulary) -> bool:
    """A verb whose object the person after pa is (bantu, panggil, sambut, telepon), not one of
    saying, giving or going."""
    if verb.key in _DATIVE_VERBS or verb.ind.startswith("ber"):
        return False  # a ber- verb has no object: bataria pa dia -> berteriak kepada dia
    return verb.pos == "v" or verb.pos == "" and bool(verb.root) and vocabulary.is_verb_root(verb.root)


def given_before_receiver(units: list, k: int) -> bool:
    """Move the thing given after `kase pa` + a person (units[k] is kase) before pa, where Indonesian
    names it: kase pa kita tu piring -> berikan piring itu kepada saya (own references 2 of 2). The
    thing is a noun, perhaps opened by tu/ni, closing the clause; True when moved."""
    end = k + 3
    if end >= len(units) or not all(units[i].joined for i in range(k, end)) or not person(units[k + 2]):
        return False
    if units[end].key in _DETERMINERS and units[end].joined and end + 1 < len(units):
        end += 1  # tu piring: the word-pair rules turn it to piring itu when they reach it
    thing = units[end]
    if thing.pos != "n" or end + 1 < len(units) and thing.joined:
        return False  # only a noun closing its clause: kase pa dia doi skolah stays as written
    moved = units[k + 3:end + 1]
    glues = [unit.glue for unit in units[k + 1:end + 1]]
    units[k + 1:end + 1] = moved + units[k + 1:k + 3]
    for unit, glue in zip(units[k + 1:end + 1], glues):
        unit.glue, unit.joined = glue, not glue.strip()
    return True

