"""mulai of an event at a time: 'dimulai' (rapat mo mulai jam dua -> rapat akan dimulai pukul dua).

Manado Malay says an event begins with the bare mulai; Indonesian writes an event that starts at a
named time in the passive, dimulai (KBBI: acara dimulai pukul delapan; the own references 4 of 4,
none 'mulai' there). Only an event or a thing opening the clause is its subject, with nothing but aspect
words, modals or negation between; a person begins (dia mulai jam tujuh) and an act after mulai is
begun (ujang mulai turung, dia mulai karja) are left alone.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import BETWEEN_SUBJECT_AND_VERB, clause, person

# What opens a time after mulai: the hour, the day, the date, the next day.
_TIME_OPENERS = frozenset({"jam", "pukul", "hari", "tanggal", "tgl", "besok", "beso", "bisuk", "lusa", "minggu", "bulan",
                           "bulang"})
# What may stand in the subject's noun phrase: nouns, places, numbers and ordinals, adjectives,
# demonstratives, time words (ibadah malam katiga, rapat minggu ini).
_IN_SUBJECT = frozenset({"n", "loc", "num", "adj", "dem"})
# A verb of saying or knowing before the subject opens the clause it reports (guru bilang ujian mo mulai).
_REPORTING = frozenset({"bilang", "babilang", "kata", "tau", "tahu", "dengar", "inga", "ingat"})


def _mulai(units, k, u, prev, nxt, before, vocabulary):
    if nxt is None or u.ind != "mulai" or nxt.key.partition(" ")[0] not in _TIME_OPENERS or not _event_subject(units, k, vocabulary):
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
    return end >= 0 and at < end and (at < 0 or words[at].key in _REPORTING or words[at].pos == "conj")


RULES = {"mulai": _mulai}
FREE_KEYS = ("mulai",)
