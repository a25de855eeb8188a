"""A measure that spares people a trip names the trip as the problem it answers: "layanan
bergerak ..., sehingga perempuan tidak perlu menyeberang", "membuka unit terapi di RSUD
Kotamobagu agar keluarga tidak lagi harus ke Manado". The trip is told in a denial and often by a
town's name no code gives, so no keyword finds it. In a document, a conjunction of purpose or
result and a trip said to be needed no more, close together, are evidence of the codebook's code
about travel (`travel_codes.travel_code`). Without the conjunction the sentence reports what
people need not do ("Melalui layanan ini, orang tua tidak perlu lagi datang ke kantor"), and in
speech "saya tidak perlu ke puskesmas" is someone's own reason. Nor is a trip spared by health or by
tidier paperwork a trip spared by nearness: "Pasien yang minum obat teratur dan tetap stabil, sehingga
tidak perlu ke rumah sakit lagi" is a health outcome, "..., agar warga tidak perlu ke loket dua kali" a
visit repeated (`spared_by_health`, read by counts.py)."""

from __future__ import annotations

import re
from itertools import product

from pipeline.coding.evidence import term_places, term_words, terms
from pipeline.coding.keyword_rule import SPARED_TRIP, WRITTEN, KeywordRule
from pipeline.coding.sentences import sentence_span
from pipeline.coding.travel_codes import reads_trips
from pipeline.records.codebook import Code, Codebook

SPARED_CONFIDENCE = 0.5
SPARED_WINDOW = 8                  # tokens from the conjunction to the end of the trip's words
PURPOSE = ("agar", "supaya", "sehingga", "dengan begitu", "dengan demikian")
_NOT_NEEDED = ("tidak perlu", "tidak perlu lagi", "tidak lagi perlu", "tidak harus", "tidak lagi harus", "tidak usah",
               "tak perlu", "tak perlu lagi", "tak lagi harus")
# going somewhere: "ke" before the place, a crossing, a journey
_TRIP = ("ke", "datang ke", "pergi ke", "berangkat ke", "menyeberang", "menyebrang", "menempuh perjalanan",
         "bepergian", "jauh-jauh")
SPARED = tuple(f"{need} {trip}" for need, trip in product(_NOT_NEEDED, _TRIP))


def spared_trip_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rule of the codebook's code about travel, when it has no rules of its own; none for
    any other code."""
    if not reads_trips(code, codebook):
        return []
    return [KeywordRule((PURPOSE, SPARED), (), SPARED_WINDOW, SPARED_CONFIDENCE, SPARED_TRIP, negatable=False,
                        by_lemma=False, register=WRITTEN)]


# a health outcome before the trip: the patient kept well, not the service brought near
_HEALTH = re.compile(r"\b(?:sembuh|pulih|kambuh|komplikasi|terkendali|stabil|sehat|patuh|kepatuhan|minum obat|"
                     r"kontrol rutin)\b", re.IGNORECASE)
# who the patients are, not why the trip is spared: "pasien yang kontrol rutin", "warga yang sehat"
_WHO = re.compile(r"\byang(?:\s+\S+)?\s+$", re.IGNORECASE)
# a visit repeated: the trip made twice, not the distance ("tidak perlu ke loket dua kali"); not how
# often a trip was made ("ke kota dua kali sebulan": the distance spared each time)
_REPEATED = re.compile(r"^\W*(?:\S+\s+){0,4}?(?:dua kali|berkali-kali|berulang kali|berulang-ulang)\b"
                       r"(?!\s+(?:sehari|seminggu|sebulan|setahun|per|tiap|setiap|dalam)\b)", re.IGNORECASE)


def spared_by_health(text: str, evidence: str, kind: str) -> bool:
    """Is a trip spared (`kind` SPARED_TRIP) in a document paragraph spared by the patient's health
    (a health outcome before the trip, not one naming who: "pasien yang kontrol rutin") or by a visit
    no longer repeated? Then it is no travel."""
    if kind != SPARED_TRIP:
        return False
    pieces = [term_words(piece) for piece in terms(evidence)]
    conjunction = next((at for at in term_places(text, pieces[0])), None) if pieces else None
    if conjunction is None:
        return False
    start, end = sentence_span(text, conjunction, len(pieces[0]))
    trip = term_places(text[conjunction:end], pieces[-1])
    if not trip:
        return False
    at = conjunction + trip[0]   # the trip's words: what comes before says why it is spared
    health = any(not _WHO.search(text[start:found.start()]) for found in _HEALTH.finditer(text, start, at))
    return health or bool(_REPEATED.match(text[at + len(pieces[-1]):end]))
