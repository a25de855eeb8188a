"""A thing fronted before so and a bare verb: what has been done to it, the di- passive.

Manado Malay reports a finished act on a thing by naming the thing first and the bare verb after so
(tu obat so minum, baju so cuci); Indonesian writes the di- passive (obat itu sudah diminum, baju
sudah dicuci). voice.undergone_by_subject does this after a modal or belum; here the cue is so
(sudah), with the same checks on the thing (no person, no acting body, opening its clause) and on
the verb (one that takes an object, none after it). A doer between the thing and so keeps the bare
verb (tu ikang kita so goreng -> ikan itu sudah saya goreng: predicates.fronted_doer). And musti
opening a clause with no subject before a bare verb with no object: the thing named before undergoes
it (anak ada panas, musti bawa ka dokter -> harus dibawa ke dokter), unless a person does it to
themselves (kalu haus, musti minum) or it is an activity of its own (kalu mo pintar, musti baca); after
a clause about a thing even an activity or a change is what the thing undergoes (jaring so robek, musti
jahit dulu -> harus dijahit dulu), an activity only where the thing is worn or dirty (ujian so dekat, musti
baca: the person reads), and waiting never (bis so lewat, musti tunggu). After an adjective of ease or
readiness and mo the thing undergoes the act too (tu lemari susa mo angka -> susah diangkat, siap dipotong).
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import (
    AGENT_AFTER_DAPA, BEFORE_VERB_POS, CHANGES_OF_STATE, DEMONSTRATIVES, INTRANSITIVE_AFTER_DAPA, SOFTENERS, is_time, person)
from pipeline.gloss.doer_after import done_by_doer_after
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import NAME
from pipeline.gloss.objectless_acts import ACTIVITIES
from pipeline.gloss.voice import DONE_BY_THE_THING, SAYING, thing_undergoes, undergone_by_subject

# a request (its softeners, kwa, a tag): the bare imperative stays
_REQUEST_ENDS = SOFTENERS | frozenset({"kwa", "neh", "e"})
_DONE = frozenset({"so"})
# A modal opening a clause with no subject: the thing named before undergoes the act (anak ada panas, musti bawa).
_OBLIGED = frozenset({"musti"})  # Manado only: an Indonesian turn keeps its own wording
# What may follow a verb with no object: a place, a time, an amount of it, a softener.
_NO_OBJECT_AFTER = frozenset({"di", "ka", "ke", "dari", "for", "untuk", "samua", "semua", "dulu", "jo", "saja", "lagi",
                              "le", "cepat", "capat", "langsung", "besok", "beso", "nanti", "sekarang", "skarang",
                              "ulang", "kang"})  # Manado only: an Indonesian turn keeps its own wording

# Waiting with nothing after it is the person's own (bis so lewat, musti tunggu -> harus menunggu/tunggu),
# not what the thing before undergoes: no one 'waits' a bus that has gone.
_WAITING = frozenset({"tunggu", "tungu", "batunggu"})

# After so, also a change a thing is put through that leaves it in a state (toko so tutup: closed; jadwal
# so ganti: changed; tali so putus), where after a modal the thing undergoes it (pintu musti tutup -> harus ditutup).
_STATES_AFTER_DONE = CHANGES_OF_STATE | frozenset({"putus", "lepas", "copot", "pindah", "tembus", "buka", "tutup",
                                                   "ganti"})


def undergone(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """Rewrite the bare verb at units[k] as the di- passive when a thing as subject undergoes it, after
    a modal or belum (voice.py) or after so, or when people or an institution before it do it to the
    thing the clause leaves unsaid (doer_after.py); True when rewritten."""
    return undergone_by_subject(units, k, vocabulary) or _done_to_thing(units, k, vocabulary) or (
        done_by_doer_after(units, k, vocabulary)) or _easy_or_hard(units, k, vocabulary)


def _done_to_thing(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    verb = units[k]
    if verb.key in DONE_BY_THE_THING or verb.ind in STOP_WORDS or verb.key in SAYING or is_time(verb) or (
            vocabulary.men_form(verb.root) is None):
        return False
    ends = _predicate_ends(units, k)
    if units[k - 1].key in _OBLIGED and (k == 1 or not units[k - 2].joined) and _no_object(units, k):
        # kalu haus, musti minum; musti baca: the person's own act; but after a clause about a thing
        # the thing undergoes even an activity or a change, and musti makes no request of dulu or
        # ulang after the verb (jaket so robek, musti jahit dulu -> harus dijahit dulu)
        thing = verb.key not in INTRANSITIVE_AFTER_DAPA | _WAITING and _thing_told_before(units, k - 1) and (
            verb.root not in ACTIVITIES or _in_need_of_care(units, k - 1))
        if thing or ends and verb.key not in AGENT_AFTER_DAPA and verb.root not in ACTIVITIES | _STATES_AFTER_DONE:
            verb.ind = "di" + verb.root  # anak ada panas, musti bawa ka dokter -> harus dibawa ke dokter
            return True
    if verb.root in _STATES_AFTER_DONE or not ends:
        return False
    if units[k - 1].key in _DONE and closes_thing(units, k - 1):
        cues = _DONE  # tu obat so minum -> obat itu sudah diminum
    elif closes_thing(units, k):
        cues = frozenset()  # tu obat minum tiga kali sehari -> obat itu diminum ...
    else:
        return False
    if not thing_undergoes(units, k, k, cues):
        return False
    verb.ind = "di" + verb.root
    return True


def closes_thing(units: list, at: int) -> bool:
    """(Asked first by predicates.py for an untagged verb.) A noun closed by its demonstrative or opened by a possessive right before units[at] (obat itu
    minum, ngana pe motor parkir): a whole noun phrase, so the verb is no part of a compound (obat
    minum, mesin cuci) and the noun no part of a longer name (hukum tua, kepala desa)."""
    if at < 2 or not units[at - 1].joined or not units[at - 2].joined:
        return False
    return units[at - 1].key in DEMONSTRATIVES or units[at - 2].pos == "poss" and not person(units[at - 1])


def _predicate_ends(units: list, k: int) -> bool:
    """The verb at units[k] is the clause's predicate and no request: no aspect word or modal follows it
    (ni ikang asin so mulai kras: asin describes the fish) and no softener of a request (ngana pe
    spatu taru di luar jo: put them outside, the bare imperative)."""
    at = k + 1
    if at < len(units) and units[k].joined and (units[at].pos in BEFORE_VERB_POS or units[at].key in _DONE):
        return False
    while at < len(units) and units[at - 1].joined:
        if units[at].key in _REQUEST_ENDS:
            return False
        at += 1
    return True


def _thing_told_before(units: list, at: int) -> bool:
    """The clause that ends right before units[at] opens (past a conjunction) with a thing as its
    subject, perhaps possessed (tas so robek, depe sandal so putus, kalu baju so kotor): what a
    subjectless musti after it acts on."""
    if at < 2 or units[at - 1].joined:
        return False
    start = at - 1
    while start > 0 and units[start - 1].joined:
        start -= 1
    if units[start].pos == "conj" and start + 1 < at - 1:
        start += 1
    if units[start].pos == "poss" and start + 1 < at - 1:
        start += 1  # depe tas, ngana pe baju
    head = units[start]
    return head.joined and head.pos == "n" and head.source != NAME and not person(head) and not is_time(head)


def _in_need_of_care(units: list, at: int) -> bool:
    """The clause ending before units[at] says its thing is worn, broken or dirty (baju so kotor, jaring
    so robek): an activity after it is done to the thing (dicuci, dijahit); after another state (ujian
    so dekat, musti baca) the activity is the person's own."""
    start = at - 1
    while start > 0 and units[start - 1].joined:
        start -= 1
    return any(u.key in _WORN for u in units[start:at])


# States of a thing that call for tending it: a change it went through, or wear and dirt.
_WORN = CHANGES_OF_STATE | frozenset({"kotor", "rusak", "karat", "kusut", "basah", "bau", "berantakan", "lecek",
                                      "dekil", "bolong", "robe", "kotor-kotor"})


def _no_object(units: list, k: int) -> bool:
    """Nothing after the verb at units[k] is its object: it closes its clause or a place, a time or a
    softener follows."""
    return k + 1 == len(units) or not units[k].joined or units[k + 1].key in _NO_OBJECT_AFTER


# How easy an act is on a thing, or whether the thing is ready for it: the thing undergoes the act
# after mo (tu lemari susa mo angka -> susah diangkat; kue so siap mo potong -> siap dipotong).
_EASE = frozenset({"susa", "susah", "gampang", "mudah", "siap"})
# What may stand between the thing and that adjective: aspect, degree, another predicate joined by deng.
_BEFORE_EASE = frozenset({"so", "sudah", "masih", "makin", "semakin", "paling", "talalu", "terlalu", "sangat", "skali",
                          "sekali", "deng", "dan", "le", "juga", "mulai", "rupa"})


def _easy_or_hard(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """The bare verb at units[k] after mo and an adjective of ease or readiness (skali between them too),
    a thing as the clause's subject and no object after the verb: mo drops and the verb takes di- (tu
    lemari susa skali mo angka -> lemari itu sangat susah diangkat); a person as subject acts (kita susa mo
    bayar -> susah membayar)."""
    verb = units[k]
    if k < 3 or units[k - 1].key != "mo" or not units[k - 1].joined or verb.key in DONE_BY_THE_THING or (
            verb.ind in STOP_WORDS or vocabulary.men_form(verb.root) is None or not _no_object(units, k)):
        return False
    at = k - 2
    if units[at].key in ("skali", "sekali"):
        at -= 1
    if units[at].key not in _EASE or not units[at].joined:
        return False
    while at > 0 and units[at - 1].joined and (units[at - 1].key in _BEFORE_EASE or units[at - 1].pos == "adj"):
        at -= 1
    if at > 1 and units[at - 1].key in DEMONSTRATIVES and units[at - 2].joined:
        at -= 1
    while at > 1 and units[at - 1].joined and units[at - 2].joined and _noun(units[at - 2]):
        at -= 1  # karung beras: the first noun heads the subject
    head = units[at - 1] if at > 0 and units[at - 1].joined else None
    if head is None or not _noun(head) or person(head):
        return False
    units[k - 1].ind = ""
    verb.ind = "di" + verb.root
    return True


def _noun(unit) -> bool:
    """A noun of the lexicon, or an Indonesian word it leaves untagged that is no function word."""
    return unit.source != NAME and (unit.pos in ("n", "loc") or unit.pos == "" and unit.source == "indonesian" and (
        unit.ind not in STOP_WORDS))
