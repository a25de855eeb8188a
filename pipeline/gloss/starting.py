"""mulai of an event: 'dimulai' (rapat mo mulai jam dua -> rapat akan dimulai pukul dua; acara blum mulai
-> acara belum dimulai).

Manado Malay says an event begins with the bare mulai; Indonesian writes an event that starts in the
passive, dimulai (KBBI: acara dimulai pukul delapan): at a named time (the own references 4 of 4), and
also closing its clause or before what it starts with or how soon (acara blum mulai, misa mulai deng
lagu, kelas mo mulai lima menit le: MangARTI mining part 7 of 7 such clauses, dev part 1 of 1). Only an
event or a thing opening the clause (or after a question word, a time or a conjunction) is its subject,
with nothing but aspect words, modals or negation between; a person begins (dia mulai jam tujuh) and
an act after mulai is begun (ujang mulai turung, dia mulai karja) are left alone.

lanjot (lanjut) of what comes next: 'selanjutnya' right after the event or thing it follows (acara lanjot
itu doa -> acara selanjutnya adalah doa) and opening a sentence before its subject (Lanjot torang musti
beli bumbu -> Selanjutnya kita harus ...: MangARTI mining 3 of 3 such places); a person's lanjot
continues what follows it (torang lanjot parjalanan -> melanjutkan perjalanan).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import BETWEEN_SUBJECT_AND_VERB, clause, is_time, person, same_case, thing

# What opens a time after mulai: the hour, the day, the date, the next day.
_TIME_OPENERS = frozenset({"jam", "pukul", "hari", "tanggal", "tgl", "besok", "beso", "bisuk", "lusa", "minggu", "bulan",
                           "bulang"})
# Question words asking when, after which the event is the subject (kapan tu ibadah mo mulai); not
# sapa, apa, which are the subject themselves (sapa yang mulai?).
_WHEN_ASKED = frozenset({"kapan", "brapa", "berapa", "bilamana"})
# What may stand in the subject's noun phrase: nouns, places, numbers and ordinals, adjectives,
# demonstratives, time words (ibadah malam katiga, rapat minggu ini).
_IN_SUBJECT = frozenset({"n", "loc", "num", "adj", "dem"})
# A verb of saying or knowing before the subject opens the clause it reports (guru bilang ujian mo mulai).
_REPORTING = frozenset({"bilang", "babilang", "kata", "tau", "tahu", "dengar", "inga", "ingat"})


# What may follow an event's mulai but an act begun: what it starts with (deng), how soon (lima menit le).
_AFTER_START = frozenset({"prep", "num"})


def _mulai(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "mulai" or nxt is not None and nxt.key.partition(" ")[0] not in _TIME_OPENERS and (
            nxt.pos not in _AFTER_START) or not _event_subject(units, k, vocabulary):
        return
    u.ind = "dimulai"
    if prev.key == "mo" and prev.ind == "mau":
        prev.ind, prev.gloss = "akan", ("FUT",)  # an event wants nothing: acara syukuran mo mulai -> akan


def _event_subject(units: list, k: int, vocabulary) -> bool:
    """A thing or an event, no person, opens the clause of mulai at units[k] (or the clause a verb of
    saying reports), with only aspect words, modals or negation between it and mulai."""
    words, at = clause(units, k)
    at -= 1
    while at >= 0 and words[at].key in BETWEEN_SUBJECT_AND_VERB:
        at -= 1
    end = at
    while at >= 0 and (words[at].pos in _IN_SUBJECT or words[at].pos == "" and not (
            words[at].root and vocabulary.is_verb_root(words[at].root))):  # penghiburan: untagged, no verb
        if person(words[at]):
            return False
        at -= 1
    while at < end and (at < 0 or words[at].pos != "dem") and is_time(words[at + 1]):
        at += 1  # besok pagi lomba mulai: the time before the event; ujang so mulai, malam mulai: no event
    return end >= 0 and at < end and (at < 0 or words[at].key in _REPORTING or words[at].pos == "conj" or (
        words[at].key in _WHEN_ASKED) or (
        is_time(words[at])))  # kapan tu ibadah mo mulai: the subject after a question word


# What follows the next thing named: its demonstrative or what it is (acara lanjot itu doa, acara lanjot yaitu).
_NAMING = frozenset({"itu", "ini", "yaitu", "adalah"})


def _next(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() not in ("lanjut", "melanjutkan"):
        return
    after_event = prev is not None and (prev.pos == "n" or prev.pos == "" and thing(prev, vocabulary)) and not person(
        prev) and nxt is not None and (nxt.pos in ("dem", "pron") or nxt.key in _NAMING)  # ujang lanjot sampe malam: goes on
    opening = prev is None and (k == 0 or not units[k - 1].joined) and nxt is not None and nxt.pos == "pron"
    if after_event or opening:
        u.ind = same_case(u.ind, "selanjutnya")


RULES = {"mulai": _mulai, "lanjot": _next, "lanjut": _next}
FREE_KEYS = ("mulai", "lanjot", "lanjut")
