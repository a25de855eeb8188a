"""Words of moving that read otherwise when a vehicle moves (dispatched by clauses.py).

  balari  'melaju' (speeds along) after a vehicle, its subject, past the aspect and manner words
          between them (oto balari kancang, semua kandaraan lakas balari: MangARTI mining and dev
          parts 'melaju' 5 of 5 after a vehicle); 'berlari' (runs) after a person or an animal
"""

from __future__ import annotations

from pipeline.gloss.clause_words import VEHICLES

# What may stand between a subject and its verb: aspect words and the manner of going.
_BETWEEN = frozenset({"so", "sudah", "mulai", "lakas", "segera", "capat", "cepat", "langsung", "le", "juga",
                      "masih", "ada", "sedang", "mo", "akan"})


def _speeds(units, k, u, prev, nxt, before, vocabulary):
    at = k - 1
    while at >= 0 and units[at].joined and units[at].key in _BETWEEN:
        at -= 1
    if at >= 0 and units[at].joined and units[at].key.split(" ")[0] in VEHICLES:
        u.ind = "melaju"


RULES = {"balari": _speeds}
