"""A measure that spares people a trip names the trip as the problem it answers: "layanan
bergerak ..., sehingga perempuan tidak perlu menyeberang", "membuka unit terapi di RSUD
Kotamobagu agar keluarga tidak lagi harus ke Manado". The trip is told in a denial and often by a
town's name no code gives, so no keyword finds it. In a document, a conjunction of purpose or
result and a trip said to be needed no more, close together, are evidence of the codebook's code
about travel (`travel_codes.travel_code`). Without the conjunction the sentence reports what
people need not do ("Melalui layanan ini, orang tua tidak perlu lagi datang ke kantor"), and in
speech "saya tidak perlu ke puskesmas" is someone's own reason."""

from __future__ import annotations

from itertools import product

from pipeline.coding.keyword_rule import SPARED_TRIP, WRITTEN, KeywordRule
from pipeline.coding.travel_codes import travel_code
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
    travel = travel_code(codebook)
    if code.rules or travel is None or travel.id != code.id:
        return []
    return [KeywordRule((PURPOSE, SPARED), (), SPARED_WINDOW, SPARED_CONFIDENCE, SPARED_TRIP, negatable=False,
                        by_lemma=False, register=WRITTEN)]
