"""A verb whose object is left out, after its doer's aspect word, modal or negation: the doer's act, meN-.

Indonesian writes an act with meN- when its doer is named and its object left out (torang so tunggu
-> kami sudah menunggu; kita musti cuci -> saya harus mencuci; dia nyanda larang -> tidak melarang),
and an activity after 'sedang' too (mama ada masak -> ibu sedang memasak). The other side of
voice.py's passives, which give a thing before the same bare verb what it undergoes: kept apart so
each reads one direction. Perceiving and intransitive uses stay bare (BARE_WITHOUT_OBJECT), and so does
a service the patient goes for (kita so periksa ka puskesmas). predicates.py asks it.
"""

from __future__ import annotations

from pipeline.gloss.carers import carer_in_subject
from pipeline.gloss.clause_words import KEPT_BARE, PERSON_NOUNS, WHO
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.treatment import CARE
from pipeline.gloss.voice import DONE_BY_THE_THING

# Activities Indonesian writes with meN- also without an object (sedang memasak, sedang menunggu);
# others stay bare there (sedang makan, sedang minum: memakan, meminum need an object).
ACTIVITIES = frozenset({"masak", "tunggu", "tulis", "baca", "cuci", "sapu", "jahit", "nyanyi", "ketik", "gambar",
                         "cangkul", "jemur", "setrika"})
# Aspect words, modals and negations that tell an act after them of its doer named before them
# (torang so tunggu dari tadi, kita musti cuci, dia ja bantu): the doer does it, meN-.
_DOING = frozenset({"sudah", "belum", "masih", "harus", "mau", "akan", "bisa", "tidak", "sempat", "biasa"})
# Verbs Indonesian also uses bare with no object after a doer: perceiving (saya tidak dengar, sudah
# lihat), states and intransitive acts a meN- form would change (bangun 'wake' / membangun 'build',
# tahan 'bear' / menahan 'hold back', tanya / bertanya, pensiun, cerai, antre, kawin, nongkrong; sayang a
# feeling), and the verbs
# KEPT_BARE lists.
BARE_WITHOUT_OBJECT = KEPT_BARE | frozenset({
    "dengar", "lia", "liat", "lihat", "bangun", "bangong", "tahan", "tahang", "tanya", "batanya", "pensiun",
    "cere", "cerai", "antri", "antre", "terima", "trima", "mangarti", "ngerti", "kenal", "bilang", "omong",
    "nongkrong", "kawin", "kaweng", "nikah", "sayang"})
# Health services a patient goes for (kita so periksa ka puskesmas, dia musti rujuk ka Manado, so kontrol,
# so operasi): the bare verb is the patient's going (_goes_for). The acts of care (treatment.py) too: with a
# pronoun as doer "kita so suntik" is a mother's "saya sudah suntik" (had the injection) as often as a
# nurse's, and the bare verb, colloquial Indonesian for both, reverses neither.
_SERVICES = frozenset({"periksa", "priksa", "kontrol", "rujuk", "operasi", "oprasi", "cek", "check", "tes", "test",
                       "usg", "rontgen", "opname", *CARE})
# What stands for the object before the doer: a question's apa, a relative clause's yang.
_FRONTED_OBJECT = frozenset({"apa", "yang"})


def activity_going_on(units: list, k: int, vocabulary: IndonesianVocabulary) -> None:
    """A verb with no object of its own after an aspect word, a modal or a negation that follows its
    doer takes meN- (torang so tunggu dari tadi -> kami sudah menunggu dari tadi; kita musti cuci ->
    saya harus mencuci; ngoni mo bantu? -> kalian mau membantu?; dia nyanda larang -> tidak
    melarang): the object is left out, the act is the doer's; an activity after 'sedang' (ada + verb)
    too (mama ada masak di dapur -> ibu sedang memasak). Without a doer before it the thing before may
    undergo it (jaring so robe, musti jahit dulu -> harus dijahit), and a doer with the bare verb
    proposes (kita tunggu jo)."""
    u, prev = units[k], units[k - 1]
    if not prev.joined or u.ind != u.root or u.key in BARE_WITHOUT_OBJECT or u.root in BARE_WITHOUT_OBJECT:
        return
    if prev.ind == "sedang":
        if u.root not in ACTIVITIES:
            return
    else:
        at = k - 1
        while at > 0 and units[at].ind in _DOING and units[at - 1].joined:
            at -= 1
        doer = units[at]
        if at == k - 1 or not (doer.pos == "pron" or doer.key in PERSON_NOUNS or _relative_of_doer(units, at)):
            return
        if _goes_for(units, k, at):
            return  # kita so periksa ka puskesmas: the patient goes for it; dokter so periksa examines
        if doer.key != "yang" and at and units[at - 1].joined and units[at - 1].key in _FRONTED_OBJECT:
            return  # Apa dia so baca?, buku yang dia so baca: the object is fronted, the verb stays bare
        if u.root not in ACTIVITIES and (u.key in DONE_BY_THE_THING or _amount_follows(units, k) or _marked_object(units, k)):
            return  # mo ambe dua, mo pesan brapa: the amount stands for the object, the verb stays bare
    u.ind = vocabulary.men_form(u.root) or u.ind


_TO_A_PLACE = frozenset({"ka", "ke", "di", "pa"})


def _goes_for(units: list, k: int, at: int) -> bool:
    """The service verb at units[k] is its doer's going for it: a pronoun as the doer (the patient speaks)
    or a place after it (anak so periksa ka puskesmas), and no carer in the subject (dokter so periksa,
    ibu guru mo periksa: they examine, meN-)."""
    u = units[k]
    if u.key not in _SERVICES and u.root not in _SERVICES or carer_in_subject(units, at):
        return False
    to_place = u.joined and k + 1 < len(units) and units[k + 1].key in _TO_A_PLACE
    return units[at].pos == "pron" or to_place


_ASKING_AMOUNT = frozenset({"brapa", "berapa"})
_TIMES = frozenset({"kali", "kali-kali"})


def _amount_follows(units: list, k: int) -> bool:
    """A number or brapa right after the verb at units[k]: the amount taken stands for the object;
    not a number of times (so telpon lima kali -> sudah menelepon lima kali)."""
    if k + 1 >= len(units) or not units[k].joined:
        return False
    after = units[k + 1]
    times = after.joined and k + 2 < len(units) and units[k + 2].key in _TIMES
    return (after.pos == "num" or after.key in _ASKING_AMOUNT) and not times


def _relative_of_doer(units: list, at: int) -> bool:
    """yang at units[at] right before the aspect word or modal, after sapa or a person: the relative
    clause's head does the act (sapa yang mo jemput? -> siapa yang akan menjemput?); after a thing
    (barang yang so jual) the head undergoes it."""
    if units[at].key != "yang" or at == 0 or not units[at - 1].joined:
        return False
    head = units[at - 1]
    return head.key in WHO or head.pos == "pron" or head.key in PERSON_NOUNS


def _marked_object(units: list, k: int) -> bool:
    """pa marking an object right after the verb (so rujuk pa dorang): the object is there, not left out;
    predicates._active_voice decides it (after a pronoun doer the references keep the bare verb)."""
    return k + 1 < len(units) and units[k].joined and units[k + 1].key == "pa" and not units[k + 1].ind
