"""gula: 'gula darah' (blood sugar) where the clause reads it as a person's measure; 'gula' elsewhere.

  Oma pe gula so nae.             -> Gula darah nenek sudah naik.   (a person's, rising or falling)
  Depe gula tinggi skali.         -> Gula darahnya sangat tinggi.   (a level)
  Kader datang ukur gula.         -> ... mengukur gula darah.       (what is measured)
  Beli gula satu kilo. / gula so dua puluh ribu / gula merah: the sugar one buys, cooks or prices.
Indonesian says gula alone for the sugar in the kitchen and gula darah for the measure (Manado speakers, as
Indonesian ones, say gula for both: the own references write gula darah 7 of 7 where a person's gula rises,
is high or is measured). angka: the number a test shows (angka di kertas itu so tinggi), not angkat 'lift',
where it opens its clause and a level follows. antri: the queue, 'antrean', where it opens its clause (perhaps
after a place or an owner) before how long it is (Antri panjang skali -> Antreannya sangat panjang; own references
5 of 5, 4 with -nya); one who queues for long keeps the verb (musti antri lama -> harus antre lama). ongkos: what a
worker is paid is 'upah' (KBBI upah 'uang ... pembalas jasa'; own references 3 of 3 with tukang), where a worker
is named in its clause (tukang pe ongkos, ongkos tukang naik); a fare or a cost stays ongkos (ongkos oto, ongkos
tukang ojek: the driver carries), and so does ongkos right before the thing it pays for (ongkos
tukang deng ongkos bahan -> upah tukang dan ongkos bahan). Dispatched by clauses.py.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from pipeline.gloss.clause_words import VEHICLES, clause, key_after, same_case, subject_person

BLOOD_SUGAR = "gula darah"
# A level a measure has: what a person's gula is or does.
_LEVELS = frozenset({"tinggi", "naik", "nae", "turun", "turung", "rendah", "normal", "stabil", "drop"})
# Words that may stand between gula and its level (depe gula so tinggi skali, gula masih naik).
_BETWEEN = frozenset({"so", "sudah", "masih", "masi", "ada", "sering", "jadi", "mulai", "le", "lei", "lagi"})
# Acts done to a measure: what is measured or checked is blood sugar (ukur gula, cek gula, periksa gula).
_MEASURING = frozenset({"ukur", "baukur", "cek", "bacek", "periksa", "pariksa", "priksa", "tes", "kontrol"})
# A device named by the act it does (alat cek gula, the glucometer, as Indonesian names it too).
_DEVICES = frozenset({"alat", "mesin"})
# Another measure beside it: tensi deng gula are both a patient's readings.
_MEASURES = frozenset({"tensi", "kolesterol", "asam urat", "hb", "tekanan darah"})


def _gula(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "gula":
        return
    words, at = clause(units, k)
    words, at = clause(units, k)
    if prev is not None and subject_person(prev) or any(subject_person(w) for w in words[at + 1:]):
        return  # orang antri panjang, antri lama skali kita tadi: the person who queues is named
    owned = prev is not None and prev.pos == "poss"  # oma pe gula, depe gula: a person's
    measured = prev is not None and (prev.root in _MEASURING or prev.key in _MEASURING) and not (
        at > 1 and words[at - 2].key in _DEVICES)  # alat cek gula: the device keeps its everyday name
    if owned and key_after(units, k, _LEVELS, _BETWEEN) or measured or _beside_measure(words, at):
        u.ind = same_case(u.ind, BLOOD_SUGAR)


def _beside_measure(words: list, at: int) -> bool:
    """Another measure two words away or closer (tensi deng gula, gula deng kolesterol)."""
    return any(w.key in _MEASURES for w in words[max(0, at - 2):at + 3])


def _angka(units, k, u, prev, nxt, before, vocabulary):
    """angka opening its clause with a level after it is the number a test shows (angka di kertas itu so
    tinggi -> angka ..., angka kreatinin naik), not angkat: nothing lifted is high or rises."""
    if u.ind.lower() != "angkat" or prev is not None and prev.pos not in ("poss", "dem") or (
            nxt is not None and (nxt.key in _LIFTED or nxt.key.partition(" ")[0] in _LIFTED)):
        return  # angka tu karong, angka akang tinggi, angka kaki tinggi: what is lifted, and how high
    if _level_later(units, k):
        u.ind, u.pos = same_case(u.ind, "angka"), "n"


def _level_later(units: list, k: int) -> bool:
    """A level word anywhere after units[k] in its clause."""
    words, at = clause(units, k)
    return any(w.key in _LEVELS for w in words[at + 1:])


# What follows angka as the thing lifted: a demonstrative opening it, the object clitic, a limb (a test's
# number is never a hand's or a leg's: angka tangan tinggi is a request to raise it).
_LIFTED = frozenset({"tu", "ni", "itu", "ini", "akang", "kang", "tangan", "kaki", "kepala", "kapala", "lengan",
                     "badan", "jari", "bahu"})


# How long a queue is: panjang always, lama only graded (antri lama skali; antri lama alone is waiting long).
_LONG = frozenset({"panjang", "pende", "pendek"})
_DEGREE = frozenset({"skali", "sekali", "sangat", "talalu", "terlalu", "banget"})


def _antri(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None or prev is not None and prev.pos not in ("poss", "loc", "n") or not (
            nxt.key in _LONG or nxt.key == "lama" and k + 2 < len(units) and nxt.joined and units[k + 2].key in _DEGREE):
        return
    words, at = clause(units, k)
    if prev is not None and subject_person(prev) or any(subject_person(w) for w in words[at + 1:]):
        return  # orang antri panjang, antri lama skali kita tadi: the person who queues is named
    owned = prev is not None and prev.pos == "poss"  # rumah saki pe antri: the owner names it
    u.ind, u.pos = same_case(u.ind, "antrean" if owned else "antreannya"), "n"  # the queue there: -nya


# People paid for the work they do: their ongkos is a wage.
_WORKERS = frozenset({"tukang", "buruh", "pekerja", "karyawan"})


def _wage(units, k, u, prev, nxt, before, vocabulary):
    if nxt is not None and (nxt.pos == "n" or nxt.pos == "" and nxt.ind not in STOP_WORDS) and (
            u.joined and not _worker(nxt, None)):
        return  # ongkos bahan, ongkos oto, ongkos kirim: the cost of a thing, even beside a worker's pay
    words, at = clause(units, k)
    for i, w in enumerate(words):
        if _worker(w, words[i + 1] if i + 1 < len(words) else None):
            u.ind = same_case(u.ind, "upah")  # ongkos tukang, tukang pe ongkos: a worker's pay
            return


def _worker(word, after) -> bool:
    """A worker paid for the work (tukang, tukang kayu), not one who drives (tukang ojek)."""
    head, _, trade = word.key.partition(" ")
    return head in _WORKERS and trade not in VEHICLES and not (after is not None and after.key in VEHICLES)


RULES = {"ongkos": _wage, "gula": _gula, "angka": _angka, "antri": _antri, "antre": _antri}
FREE_KEYS = frozenset({"gula", "antre"})  # an Indonesian word the lexicon lists as shared
