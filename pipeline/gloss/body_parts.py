"""Parts of the body joined by deng after one owner: the owner has both, so Indonesian puts it after
the last (depe tangan deng kaki gatal -> tangan dan kakinya gatal, not 'tangannya dan kaki gatal').
Read by possessives.py; body parts as the glosser translates them, so every spelling counts."""

from __future__ import annotations

from pipeline.gloss.clause_words import COORDINATORS

BODY_PARTS = frozenset({
    "tangan", "kaki", "kepala", "mata", "muka", "wajah", "badan", "perut", "kulit", "telinga", "leher", "punggung",
    "dada", "lutut", "jari", "bahu", "pundak", "lengan", "paha", "pinggang", "gigi", "mulut", "hidung", "bibir", "lidah",
    "rambut", "pipi", "dahi", "jidat", "betis", "siku", "pantat", "telapak kaki", "telapak tangan", "jari kaki",
    "jari tangan"})
_SIDES = frozenset({"kiri", "kanan", "kiri-kanan"})
_AND = COORDINATORS | frozenset({"dan", "ato", "atau"})


def paired_part(units: list, at: int) -> int:
    """How many units after the body part at units[at] the owner waits for: each deng (dan, ato) and the
    body part it joins in one clause (2 a pair, 4 three parts), and the side the last one is on; the
    coordinator reads 'dan' (or stays 'atau'). 0 where no other part is joined."""
    if units[at].ind.lower() not in BODY_PARTS:
        return 0
    last = at
    while last + 2 < len(units) and units[last].joined and units[last + 1].joined and (
            units[last + 1].key in _AND and units[last + 2].ind.lower() in BODY_PARTS):
        if units[last + 1].key in COORDINATORS:
            units[last + 1].ind = "dan"
        last += 2
    if last > at and last + 1 < len(units) and units[last].joined and units[last + 1].key in _SIDES:
        last += 1  # tangan deng kaki kiri -> tangan dan kaki kirinya: the side is the part's, the owner after it
    return last - at
