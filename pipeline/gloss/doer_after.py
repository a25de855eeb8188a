"""People at large or an institution before a bare verb closing its clause: the di- passive, doer after.

Manado Malay names the doer and leaves the thing done to it unsaid when the clause before named it
(jang baku mara, malo orang lia; Depe NIK salah, jadi BPJS tolak). Indonesian says the thing undergoes
it and puts such a doer after the verb (malu dilihat orang, nanti didengar orang, jadi ditolak BPJS;
dev references 4 of 4, in 4 sets). Only two doers are read so: orang, people at large, and an
institution written as an acronym; a pronoun or a person keeps the active order (kita pake, mama masak),
and so does a verb done without an object (orang datang), a saying (orang bilang) or a knowing (orang tau).
"""

from __future__ import annotations

from pipeline.gloss.clause_words import KEPT_BARE
from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.morphology import ACRONYM
from pipeline.gloss.objectless_acts import ACTIVITIES
from pipeline.gloss.voice import DONE_BY_THE_THING, SAYING

_PEOPLE = "orang"
# What may stand before such a doer in its clause: nothing, a conjunction or adverb (jadi, nanti), or the
# adjective whose cause the clause is (malo orang lia)
_BEFORE_DOER_POS = frozenset({"conj", "adv", "adj"})
_OPENERS = frozenset({"jadi", "nanti", "nnti", "kong", "trus", "terus", "lalu", "baru"})


def done_by_doer_after(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """Rewrite 'doer verb' closing the clause at units[k] as 'di-verb doer'; True when rewritten."""
    verb = units[k]
    if k < 1 or (k + 1 < len(units) and verb.joined) or verb.pos not in ("v", "") or verb.ind != verb.root:
        return False
    root = verb.root
    if not root or " " in root or verb.key in SAYING or verb.key in KEPT_BARE or root in KEPT_BARE or (
            verb.key in DONE_BY_THE_THING or root in ACTIVITIES or not vocabulary.is_verb_root(root)):
        return False
    doer = units[k - 1]
    if not doer.joined or not (doer.key == _PEOPLE or doer.pos == "acr" or doer.source == ACRONYM):
        return False
    before = units[k - 2] if k >= 2 and units[k - 2].joined else None
    if before is not None and before.pos not in _BEFORE_DOER_POS and before.key not in _OPENERS:
        return False  # dua orang lia, kita pe orang ambe: a counted or owned doer, a subject of its own
    doer.ind, verb.ind = "di" + root, doer.ind
    if doer.key == _PEOPLE and verb.ind[:1].isupper():
        doer.ind, verb.ind = doer.ind.capitalize(), verb.ind.lower()  # Ya. Orang ambe. -> Ya. Diambil orang.
    # the acronym keeps its capital, the clause's first place keeps the sentence's
    opening = doer.cap and (k == 1 or not units[k - 2].joined and units[k - 2].glue.rstrip()[-1:] in ".!?")
    doer.upper, verb.upper = verb.upper, doer.upper
    doer.cap, verb.cap = opening or verb.cap, doer.cap and not opening
    return True
