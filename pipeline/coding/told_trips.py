"""A trip told by its ride and its length is the travel a code about distance names.

Informants rarely say "jarak" or "transportasi"; they tell the trip: "harus naik ojek",
"naik pamboat satu jam lebih", "jalan kaki dua jam ke jalan raya" (Manado "musti nae taxi laut"
through its gloss). A ride (a vehicle after *naik*, *sewa* or *carter*, or walking) with a length
of hours close to it, or a ride said to be necessary ("harus naik kapal"), is evidence of the
codebook's code about travel (`travel_codes.travel_code`). Minutes are left out: "jalan kaki lima
menit" says the service is near, which a code about distance as a barrier does not count. A walk is
also exercise, so it is a trip only with its way told, or said needed away from a routine of exercise.
"""

from __future__ import annotations

from itertools import product

from pipeline.coding.amounts import RIDE_PAID, VEHICLES
from pipeline.coding.function_words import NUMERALS
from pipeline.coding.keyword_rule import TOLD_TRIP, KeywordRule
from pipeline.coding.travel_codes import reads_trips
from pipeline.records.codebook import Code, Codebook

TOLD_TRIP_CONFIDENCE = 0.5
TOLD_TRIP_WINDOW = 8                # tokens from the ride to the trip's length
# the vehicles a ride is taken in (amounts.py's, less a fare's fuel and ticket) and the region's boats
RIDDEN = tuple(sorted((VEHICLES - RIDE_PAID - {"carter", "transport", "transportasi"})
                      | {"motor", "pamboat", "pambot", "pumpboat", "taksi laut", "speed", "katinting", "becak"}))
RIDES = (*(f"{verb} {vehicle}" for verb, vehicle in product(("naik", "sewa", "carter", "numpang", "menumpang"), RIDDEN)),
         "menyeberang", "menyebrang")
# a walk is also exercise ("jalan kaki setengah jam tiap pagi", "harus jalan kaki supaya gula turun"): with hours
# it is a trip when its way or end is told ("ke", "dari", "sampai"), said needed when no routine of exercise
# is beside it
WALKS = ("jalan kaki", "berjalan kaki")
WAYS = ("ke", "dari", "sampai", "menuju")
EXERCISE = ("olahraga", "berolahraga", "senam", "pagi", "sore", "santai", "sehat")
EXERCISE_REACH = 3
# a must about the manner of a ride ("harus naik motor hati-hati", "pakai helm") says how to ride, no need to travel
MANNER = ("hati-hati", "pelan-pelan", "pelan", "helm")
_COUNTS = (*NUMERALS, "setengah", "belasan", "beberapa")
# a length of hours or a whole day; not a clock time ("jam tujuh": the hour, after "jam")
LENGTHS = (*(f"{count} jam" for count in _COUNTS), "sejam", "berjam-jam", "seharian", "sehari penuh", "satu hari penuh")
_MUST = ("harus", "terpaksa", "mesti", "musti")
NEEDED = tuple(f"{must} {ride}" for must, ride in product(_MUST, RIDES))
WALK_NEEDED = tuple(f"{must} {walk}" for must, walk in product(_MUST, WALKS))


def told_trip_rules(code: Code, codebook: Codebook) -> list[KeywordRule]:
    """The rules of the codebook's code about travel, when it has no rules of its own; none for
    any other code."""
    if not reads_trips(code, codebook):
        return []
    return [KeywordRule(slots, (), within, TOLD_TRIP_CONFIDENCE, TOLD_TRIP, negatable=True, by_lemma=False,
                        unless_beside=unless, unless_reach=EXERCISE_REACH if unless else 0)
            for slots, within, unless in (((RIDES, LENGTHS), TOLD_TRIP_WINDOW, ()),
                                          ((WALKS, LENGTHS, WAYS), TOLD_TRIP_WINDOW, ()),
                                          ((NEEDED,), None, MANNER), ((WALK_NEEDED,), None, EXERCISE))]
