"""Parts of the body joined by deng after one owner: the owner has both, so Indonesian puts it after
the last (depe tangan deng kaki gatal -> tangan dan kakinya gatal, not 'tangannya dan kaki gatal').
Read by possessives.py; body parts as the glosser translates them, so every spelling counts."""

from __future__ import annotations

from pipeline.gloss.clause_words import COORDINATORS

BODY_PARTS = frozenset({
    "tangan", "kaki", "kepala", "mata", "muka", "wajah", "badan", "perut", "kulit", "telinga", "leher", "punggung",
    "dada", "lutut", "jari", "bahu", "lengan", "paha", "pinggang", "gigi", "mulut", "hidung", "bibir", "lidah",
    "rambut", "pipi", "dahi", "jidat", "betis", "siku", "pantat", "telapak kaki", "telapak tangan", "jari kaki",
    "jari tangan"})
_AND = COORDINATORS | frozenset({"dan", "ato", "atau"})


def paired_part(units: list, at: int) -> int:
    """2 where the body part at units[at] is joined by deng (dan, ato) to another one right after it,
    in one clause; the coordinator reads 'dan' (or stays 'atau'). 0 otherwise."""
    if at + 2 >= len(units) or not (units[at].joined and units[at + 1].joined):
        return 0
    part, joiner, other = units[at], units[at + 1], units[at + 2]
    if part.ind.lower() not in BODY_PARTS or joiner.key not in _AND or other.ind.lower() not in BODY_PARTS:
        return 0
    if joiner.key in COORDINATORS:
        joiner.ind = "dan"
    return 2
