"""beking in a relative clause or asking what one does: the bare verb Indonesian writes there.

'lakukan' for what is done (apa yang ibu bekeng -> apa yang Ibu lakukan), 'buat' for a thing made
(kue yang mama bekeng -> kue yang ibu buat); after its subject before apa closing the question,
'berbuat' (ade bekeng apa? -> adik berbuat apa?). Read by `predicates.after_context`.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS, subject_before
from pipeline.gloss.units import Unit

MAKING = frozenset({"beking", "biking", "bekeng", "bekin", "bikin"})


def made_in_relative(units: list[Unit], k: int) -> None:
    """beking after its subject in a relative clause on its object: 'lakukan' (apa yang ibu bekeng ->
    apa yang Ibu lakukan), 'buat' after a thing (kue yang mama bekeng -> kue yang ibu buat)."""
    if units[k].ind not in ("membuat", "bikin") or units[k].joined and k + 1 < len(units) and units[k + 1].pos in (
            "n", "loc", "pron", "acr"):
        return  # a causative (bekeng enak), or an object of its own follows: not the relative's verb
    at = subject_before(units, k - 1)
    if at < 1 or not (units[at].pos == "pron" or units[at].key in PERSON_NOUNS):
        return
    at = subject_before(units, at - 1)
    if at >= 0 and units[at].key == "apa" and units[at].ind.endswith(" yang"):
        units[k].ind = "lakukan"  # Apa ngana bekeng? -> Apa yang kamu lakukan? (questions.py wrote the yang)
        return
    if at < 1 or units[at].key != "yang" or not units[at - 1].joined:
        return
    units[k].ind = "lakukan" if units[at - 1].key == "apa" else "buat"


def done_what(units: list[Unit], k: int) -> None:
    """beking + apa closing its clause, after its subject, asks what one does: 'berbuat' (kalu
    demam, ade bekeng apa? -> adik berbuat apa?; nintau mo bekeng apa -> tidak tahu mau berbuat apa),
    not what one makes; one doing it now (ada bekeng apa: sedang membuat apa) is left alone."""
    u, what = units[k], units[k + 1]
    if u.ind != "membuat" or not u.joined or what.key != "apa" or (
            what.joined and k + 2 < len(units)) or units[k - 1].ind == "sedang":
        return
    at = subject_before(units, k - 1)
    if at >= 0 and (units[at].pos == "pron" or units[at].key in PERSON_NOUNS):
        u.ind = "berbuat"

