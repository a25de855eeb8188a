"""A trip told by its ride and its length is the travel a code about distance names.

Informants rarely say "jarak" or "transportasi"; they tell the trip: "harus naik ojek",
"naik pamboat satu jam lebih", "jalan kaki dua jam ke jalan raya" (Manado "musti nae taxi laut"
through its gloss). A ride (a vehicle after *naik*, *sewa* or *carter*, or walking) with a length
of hours close to it, or a ride said to be necessary ("harus naik kapal"), is evidence of the
codebook's code about travel (`travel_codes.travel_code`). Minutes are left out: "jalan kaki lima
menit" says the service is near, which a code about distance as a barrier does not count.
"""

from __future__ import annotations

from itertools import product

from pipeline.coding.amounts import RIDE_PAID, VEHICLES
from pipeline.coding.keyword_rule import TOLD_TRIP, KeywordRule
from pipeline.coding.travel_codes import reads_trips
from pipeline.records.codebook import Code, Codebook

TOLD_TRIP_CONFIDENCE = 0.5
TOLD_TRIP_WINDOW = 8                # tokens from the ride to the trip's length
# the vehicles a ride is taken in (amounts.py's, less a fare's fuel and ticket) and the region's boats
RIDDEN = tuple(sorted((VEHICLES - RIDE_PAID - {"carter", "transport", "transportasi"})
                      | {"motor", "pamboat", "pambot", "pumpboat", "taksi laut", "speed", "katinting", "becak"}))
RIDES = (*(f"{verb} {vehicle}" for verb, vehicle in product(("naik", "sewa", "carter", "numpang", "menumpang"), RIDDEN)),
         "jalan kaki", "berjalan kaki", "menyeberang", "menyebrang")
_COUNTS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "setengah",
           "belasan", "beberapa")
# a length of hours or a whole day; not a clock time ("jam tujuh": the hour, after "jam")
LENGTHS = (*(f"{count} jam" for count in _COUNTS), "sejam", "berjam-jam", "seharian", "sehari penuh", "satu hari penuh")
NEEDED = tuple(f"{must} {ride}" for must, ride in product(("harus", "terpaksa", "mesti", "musti"), RIDES))


def told_trip_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rules of the codebook's code about travel, when it has no rules of its own; none for
    any other code."""
    if not reads_trips(code, codebook):
        return []
    return [KeywordRule((RIDES, LENGTHS), (), TOLD_TRIP_WINDOW, TOLD_TRIP_CONFIDENCE, TOLD_TRIP, negatable=True,
                        by_lemma=False),
            KeywordRule((NEEDED,), (), None, TOLD_TRIP_CONFIDENCE, TOLD_TRIP, negatable=True, by_lemma=False)]
