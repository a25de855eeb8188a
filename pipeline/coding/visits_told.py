"""A visit home told by its going: the home visit a code's "kunjungan rumah" names.

A codebook writes the visit as a noun ("kunjungan rumah", "home visit"); the workers who make it
and the families who receive it tell the going: "tiap bulan kami turun ke rumah-rumah", "kader
yang mengantar ke rumah", "saya datangi rumahnya satu per satu", "bawa obat ke rumah mereka".
A verb of going, bringing or visiting before *ke rumah* (or *rumah* as a visit's object) is
evidence of a code whose keywords hold a visit home (a keyword with *rumah* and a word of coming
or visiting: home_visits.py's) and whose label names a visit or the workers who make it ("Dukungan
petugas kesehatan dan kader"); a code about something else that a worker's visit may bring
("Fisioterapi mudah dijangkau") keeps its own keyword only. Not a hospital ("datang ke rumah
sakit"), nor a ride ("ojek antar ke rumah"), nor a relative's, a friend's or a worker's house ("bawa ke rumah mama", "ke rumah bidan": the
family's own trip), nor going home ("pulang ke rumah": no verb of visiting; "bawa ke rumah sendiri").
"""

from __future__ import annotations

import re

from pipeline.coding.home_visits import COMING, HOME
from pipeline.coding.keyword_rule import VISIT_TOLD, KeywordRule
from pipeline.coding.lemmas import word_analyzer
from pipeline.coding.specificity import KIN, ROLE
from pipeline.coding.told_trips import RIDDEN
from pipeline.records.codebook import Code

VISIT_CONFIDENCE = 0.45   # below a keyword's words in another order (0.55): those, where both match, say it
# going there, going round, bringing or taking something or someone there (lemmas match their forms)
_GOING = ("datang", "turun", "pergi", "keliling", "antar", "bawa", "singgah", "mampir", "jalan")
# visiting a house as the verb's object ("datangi rumahnya", "mengunjungi rumah warga")
_VISITING = ("datangi", "kunjungi", "sambangi")
VISITS = (*(f"{verb} ke {HOME}" for verb in _GOING), *(f"{verb} {HOME}" for verb in _VISITING))
# "rumah sakit" (a hospital), a relative's or a friend's house ("rumah mama", glossed "rumah ibu"; not "rumah
# keluarga"), one's own ("bawa ke rumah sendiri": going home), and a worker's house ("mampir ke rumah
# pendeta": the family goes to the worker), that one as a phrase, since a worker beside the verb is who
# comes ("kader datang ke rumah"); and a vehicle beside the verb, which carries, not visits ("ojek antar ke
# rumah": a ride home)
NOT_VISITED = ("sakit", "sendiri", "teman", "tamang", "kawan", *sorted(KIN - {"keluarga"}),
               *(f"{HOME} {role}" for role in sorted(ROLE)), *RIDDEN)
_VISIT_OR_WORKER = re.compile(r"\b(?:kunjung\w*|mengunjungi|visit\w*|%s)\b" % "|".join(sorted(ROLE)), re.I)


def visit_told_rules(code: Code) -> list[KeywordRule]:
    """The rule of a code without rules whose keywords hold a visit home and whose label names a visit
    or a worker; none for any other code."""
    if code.rules or not _VISIT_OR_WORKER.search(f"{code.label} {code.label_en}") or \
            not any(_visits_home(keyword) for keyword in code.keywords):
        return []
    return [KeywordRule((VISITS,), (), None, VISIT_CONFIDENCE, VISIT_TOLD, negatable=True,
                        unless_beside=NOT_VISITED)]


def _visits_home(keyword: str) -> bool:
    """Does a keyword name a visit home: *rumah* and a word of coming or visiting ("kunjungan rumah",
    "datang ke rumah"; English "home visit")?"""
    words = keyword.casefold().split()
    if words == ["home", "visit"] or words == ["home", "visits"]:
        return True
    analyzer = word_analyzer()
    return HOME in words and not COMING.isdisjoint(analyzer.lemma(word) for word in words)
