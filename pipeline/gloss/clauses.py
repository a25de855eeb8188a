"""Clause-level readings of Manado Malay words that the next word alone cannot decide.

Run after the word-pair rules of translate.py, over one clause at a time (never across
punctuation), reading what those rules made. Each word's rule lives with the others of its kind:
  aspect.py     time: mo (akan or mau), so mo, ada + V, lagi, jaga, kelar, abis, dari (since.py), capat
  joining.py    words that join phrases and clauses: deng (dan or dengan), pake, biar (concession.py)
  degree.py     how much and how many: satu, brapa, le, sadiki, skali (-> sangat), lebe X dari (-> daripada)
  verbforms.py  the form a verb takes: dapa (passive or ability), dapa kase, akang, rasa, jadi, bagoreng
  senses.py     content words with two senses: muka, panas, pas, sayang, om/tanta, sama-sama, balari
                (melaju after a vehicle); going_senses.py: jalan (the road, or mengalir of water), bajalan, nae;
                scenery_senses.py: bagus of a view (indah), besar of land or a room (luas)
  taste_senses.py  what one eats, drinks, smears on or smokes: masak (matang), pedis, lombo, isap/asap, sapu (oles),
                minum (the noun minuman: depe minum, botol minum)
  questions.py  question words that ask for a doer or a fronted object: sapa, apa (+ yang)
  destinations.py  di as 'ke' where it names a goal: kase maso ... di, sampe di after an act
  repeated.py   kuat before a ba-/ma- verb, opening its clause: the act goes on ('terus')
  distance.py   dari jao after a verb of perceiving: 'dari kejauhan'
  nearness.py   amper: 'dekat' before a place or a thing, 'hampir' before an act, a time or an amount
  possessed_acts.py  kerja/karja after a possessive: 'pekerjaan'
  ages.py       umur after an aspect word before a number: 'berumur'
  water_senses.py  kali after a place preposition or a word of water: 'sungai'; kabur of water: 'keruh'
  ability.py    tau right before a verb (knowing how): 'bisa'
  clock_times.py  jam before the hour an event starts at, or written in digits: 'pukul'
  place_senses.py  utang after a place preposition or a verb of going: 'hutan'; pece there or played in:
                'lumpur'; pelang where a noun stands: 'perahu'; daftar after a place
                preposition: the list
  state_senses.py  mati of a card or an insurance: 'tidak aktif'; bersi before the thing cleaned: 'membersihkan';
                bae after rasa: 'sehat'; sandiri after tinggal: 'sendirian'
  measure_senses.py  gula a person's that rises, is high, or is measured: 'gula darah'; angka opening its clause
                before a level (angka di kertas so tinggi): the number, not 'angkat'
  field_senses.py  bidang before a field's -an noun (bidang kesehatan), after kepala, or of land: Indonesian's
                'bidang'; elsewhere the lexicon's 'bidan' (Manado -ng for -n)
  symptom_senses.py  batu among symptoms, going on or had by a person: 'batuk'; blakang that aches: 'punggung'
  lateness.py   lambat beside a verb of arriving or after so: 'terlambat'
  hither.py     kamari opening its clause before its subject, or after an event: 'kemarin'; else 'ke sini'
  likeness.py   kaya before what is likened to: 'seperti' (kaya sarang burung); else 'kaya' (rich)
  danger.py     bahaya said of what is dangerous: 'berbahaya'; the danger itself stays 'bahaya'
  treatment.py  suntik, timbang, urut, rawat with no carer as doer: what the patient undergoes (di-); opname
                where the stay is named: 'rawat inap'
  address.py    a kin term alone in its clause, the one spoken to: 'Kak', 'Dik', 'Ma', 'Pa', 'Pak'; pa alone: 'Pak'
  asking.py     tanya with nothing asked after it, or before a reported question: 'bertanya'
  starting.py   mulai of an event or a thing before the time it starts at, or closing its clause: 'dimulai'
  without.py    nyanda after its clause's act, before another act: 'tanpa' (makan banyak nyanda rasa malo)
  forgetting.py lupa before the person forgotten, closing its clause: 'melupakan' (lupakan after jang);
                ilang before what a person loses: 'kehilangan'
  other_ones.py laeng standing alone for another one (cari laeng, nyanda ada laeng): 'yang lain'
clause_words.py holds what they share (people, time units, the clause around a unit).
"""

from __future__ import annotations

from pipeline.gloss import (
    ability, address, ages, asking, aspect, clock_times, degree, destinations, distance, field_senses, forgetting, joining,
    lateness, measure_senses, nearness, other_ones, place_senses, possessed_acts, quarrel_senses, questions, repeated, senses,
    starting, state_senses, symptom_senses, taste_senses, treatment, verbforms, water_senses, without)
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.units import neighbours
from pipeline.gloss import danger, hither, likeness  # the senses of round 35 (r35-M)

_RULES = {**aspect.RULES, **joining.RULES, **degree.RULES, **verbforms.RULES, **senses.RULES, **taste_senses.RULES,
          **questions.RULES, **destinations.RULES, **repeated.RULES, **distance.RULES,
          **nearness.RULES, **possessed_acts.RULES, **ages.RULES, **water_senses.RULES, **symptom_senses.RULES,
          **likeness.RULES, **hither.RULES, **danger.RULES,
          **lateness.RULES, **place_senses.RULES, **state_senses.RULES, **ability.RULES, **treatment.RULES,
          **address.RULES, **quarrel_senses.RULES, **asking.RULES, **measure_senses.RULES, **field_senses.RULES,
          **clock_times.RULES, **starting.RULES, **without.RULES, **forgetting.RULES,
          **other_ones.RULES}
CLAUSE_KEYS = frozenset(_RULES)
# Rules that also read units the lexicon did not make (an Indonesian rasa, lagi, jadi ...).
_FREE_SOURCES = frozenset({"rasa", "lagi", "jadi", "muka", "dari", "masak", *degree.FREE_KEYS, *destinations.FREE_KEYS,
                           *possessed_acts.FREE_KEYS, *danger.FREE_KEYS, *senses.FREE_KEYS, *ages.FREE_KEYS,
                           *water_senses.FREE_KEYS, *symptom_senses.FREE_KEYS, *state_senses.FREE_KEYS,
                           *lateness.FREE_KEYS, *treatment.FREE_KEYS, *address.FREE_KEYS, *quarrel_senses.FREE_KEYS,
                           *measure_senses.FREE_KEYS, *starting.FREE_KEYS})
# Frequent words that mostly need no rule: what must be around them for the rule to be set up.
_CUED = {"dari": aspect.dari_cued, "satu": degree.counted}


def refine(units: list, positions: list[int], vocabulary: IndonesianVocabulary) -> None:
    """Apply the clause rules in place to the units at `positions` (their keys are in CLAUSE_KEYS)."""
    last = len(units) - 1
    for k in positions:
        u = units[k]
        key = u.key
        if key not in _RULES:
            continue  # a word-pair rule moved another unit here (torang bole pi -> bole torang pi)
        if key in _CUED and (k == last or not _CUED[key](units, k)):
            continue  # frequent words that mostly need no rule: skip the rule's set-up
        if u.source != "lexicon" and key not in _FREE_SOURCES:
            continue
        prev, nxt = neighbours(units, k)
        before = neighbours(units, k - 1)[0] if prev is not None else None
        _RULES[key](units, k, u, prev, nxt, before, vocabulary)
