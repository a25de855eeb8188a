"""Which code of a codebook is about travel: getting to a service, its distance, transport and
fares. A fare is that code's matter rather than a cost code's (amounts.py), and a measure that
spares people a trip is its evidence (spared_trips.py)."""

from __future__ import annotations

import re

from pipeline.coding.codebook_words import own_description
from pipeline.records.codebook import Code, Codebook

# travel in a code's label, affirmed definition (both languages) or keywords: distance, transport, a
# journey, its fare (not a vehicle alone: a boat is also where fishermen drown)
_TRAVEL = re.compile(r"\b(?:jarak|jauh\w*|transport\w*|angkutan|perjalanan|ongkos\w*|fares?|travel\w*|distance)\b",
                     re.IGNORECASE)


def travel_words(code: Code) -> int:
    """How many words of travel a code's own description and keywords hold."""
    return len(_TRAVEL.findall(" ".join((own_description(code), *code.keywords))))


def names_travel(code: Code) -> bool:
    """Is a code about travel, at least in part ("Jarak dan transportasi", "Biaya dan jarak ke fasilitas")?"""
    return travel_words(code) > 0


def travel_code(codebook: Codebook) -> Code | None:
    """The codebook's code about travel: the one holding the most travel words, at least two and
    more than any other ("Tertular ... perjalanan dari luar" names a trip once, in passing)."""
    counts = sorted(((travel_words(code), code.id) for code in codebook.codes), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return codebook.code_by_label_or_id(counts[0][1])


def reads_trips(code: Code, codebook: Codebook) -> bool:
    """Is `code` the codebook's code about travel, with no rules of its own: the one a trip spared or
    told is evidence of (spared_trips.py, told_trips.py)?"""
    travel = travel_code(codebook)
    return not code.rules and travel is not None and travel.id == code.id
