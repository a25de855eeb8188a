"""tau (know) right before a verb: knowing how to do it, Indonesian 'bisa' (dispatched by clauses.py).

  Ngana tau bawa oto?        -> Kamu bisa bawa mobil?     (not 'tahu bawa')
  Kita nda tau berenang.     -> Saya tidak bisa berenang.
  Kita tau dia so pulang.    -> Saya tahu dia sudah pulang.   (a clause known: stays 'tahu')
A verb with a question word anywhere after it in the clause (nintau kena apa, nda tau cari di mana, nda tau
minta tolong pa sapa: knowing what, where, whom), a verb of saying, jalan (tau jalan: the way) and a verb
of undergoing (nda tau kena HIV, nda tau hamil: not knowing one is) keep 'tahu'.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import clause, same_case

# Words after which tau still means knowing what (kita nintau bilang apa: what to say; tau jalan: the way).
_KNOWN_WHAT = frozenset({"bilang", "babilang", "tanya", "batanya", "jawab", "manjawab", "pigi", "pi", "pergi",
                         "jalan", "jalang"})
# Verbs of what befalls the subject: tau before them knows a fact about oneself (nda tau kena HIV), never
# a skill ('tidak bisa kena' would reverse it).
_UNDERGOING = frozenset({"kena", "dapa", "dapat", "ada", "sakit", "saki", "hamil", "bunting", "jadi"})


def _knows_how(units, k, u, prev, nxt, before, vocabulary):
    knows = u.ind.lower().endswith("tahu")
    if not knows or nxt is None or not u.joined or nxt.pos != "v" or nxt.key in _KNOWN_WHAT | _UNDERGOING:
        return
    words, at = clause(units, k)
    if not any(c.pos == "q" for c in words[at + 2:]):
        u.ind = same_case(u.ind, u.ind[: -len("tahu")] + "bisa")  # nda tau berenang -> tidak bisa berenang


RULES = dict.fromkeys(("tau", "tao", "nda tau", "nyanda tau", "nintau"), _knows_how)
