"""Forgetting and losing someone or something: lupa -> 'melupakan', ilang -> 'kehilangan' (clauses.py).

Indonesian forgets a person with the applied verb (KBBI lupa: 'tidak ingat'; melupakan: 'lupa akan'):
aku tidak bisa melupakanmu, not 'lupa kamu'. Manado Malay says lupa ngana (or lupa pa ngana, the lexicon's
'lupakan'). So lupa right before a pronoun that closes its clause is 'melupakan' (nyanda bisa lupa
dia -> tidak bisa melupakan dia), 'lupakan' after jang (jang lupa dia -> jangan lupakan dia). Before a
thing or an act lupa stays (lupa nama, lupa bawa kunci), and so it does before a pronoun the clause goes
on after: that is the subject of what was forgotten (kita lupa dia so pigi -> saya lupa dia sudah pergi).

Manado Malay ilang is both what goes missing (dompet ilang -> dompet hilang) and losing it, with the loser
before it and what is lost after it (dia ilang depe dompet, torang ilang satu anggota keluarga); Indonesian
says the second with ke-an: kehilangan (KBBI), never 'hilang dompetnya'. Only a person loses: a thing
as subject went missing (surat ilang waktu banjir), and a time or a place after ilang (ilang kamarin,
ilang di pasar) tells when or where.
"""

from __future__ import annotations

from pipeline.gloss.active_voice import counted_object, opens_object
from pipeline.gloss.clause_words import person_subject

_PROHIBITING = frozenset({"jang", "jangan", "jangang"})


def _person_forgotten(units, k, u, prev, nxt, before, vocabulary):
    if u.ind.lower() != "lupa" or nxt is None or nxt.pos != "pron" or nxt.joined and units.index(nxt, k) + 1 < len(units):
        return
    form = "lupakan" if prev is not None and prev.key in _PROHIBITING else "melupakan"
    u.ind = form.capitalize() if u.ind[0].isupper() else form  # Lupa ngana, ... opening the sentence


def _lost(units, k, u, prev, nxt, before, vocabulary):
    if u.ind != "hilang" or prev is None or nxt is None or nxt.pos == "loc" or not person_subject(units, k):
        return  # surat tanah ilang waktu banjir: a thing goes missing, and loses nothing
    at = units.index(nxt, k)
    if not (opens_object(nxt, vocabulary) or counted_object(units, at, vocabulary)):
        return
    u.ind = "kehilangan"  # dia ilang depe dompet -> dia kehilangan dompetnya


RULES = {"lupa": _person_forgotten, "ilang": _lost}
