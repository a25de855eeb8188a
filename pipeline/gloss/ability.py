"""tau (know) right before a verb: knowing how to do it, Indonesian 'bisa' (dispatched by clauses.py).

  Ngana tau bawa oto?        -> Kamu bisa bawa mobil?     (not 'tahu bawa')
  Kita nda tau berenang.     -> Saya tidak bisa berenang.
  Kita tau dia so pulang.    -> Saya tahu dia sudah pulang.   (a clause known: stays 'tahu')
A verb before a question word (nintau kena apa: what caused it), a verb of saying and jalan (tau jalan:
the way) keep 'tahu'.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import same_case

# Words after which tau still means knowing what (kita nintau bilang apa: what to say; tau jalan: the way).
_KNOWN_WHAT = frozenset({"bilang", "babilang", "tanya", "batanya", "jawab", "manjawab", "pigi", "pi", "pergi",
                         "jalan", "jalang"})


def _knows_how(units, k, u, prev, nxt, before, vocabulary):
    knows = u.ind.lower().endswith("tahu")
    asked = k + 2 < len(units) and nxt is not None and nxt.joined and units[k + 2].pos == "q"
    if knows and nxt is not None and u.joined and nxt.pos == "v" and nxt.key not in _KNOWN_WHAT and not asked:
        u.ind = same_case(u.ind, u.ind[: -len("tahu")] + "bisa")  # nda tau berenang -> tidak bisa berenang


RULES = dict.fromkeys(("tau", "tao", "nda tau", "nyanda tau", "nintau"), _knows_how)
