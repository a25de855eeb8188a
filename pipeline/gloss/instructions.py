"""Whether a clause tells the hearer what to do: there the giving verb is bare 'beri', not 'memberi'.

  Kase minum aer.                      the sentence opens with it
  jang kase, tolong kase, jang cuma kase    after a prohibition or a request (cuma may stand between)
  se panas dulu kong kase makang pa ade     the next step (kong, lalu) of a sentence that opened with a request
  Kader bilang kase oralit             an instruction reported right after bilang ('says')

A subject before the verb (kita kase parasetamol) makes it a statement: memberi; so may the clause
before a comma (Dia datang, kase tau pa mama: the next step of a report), so a comma alone is no cue.
"""

from __future__ import annotations

from pipeline.gloss.indonesian import IndonesianVocabulary
from pipeline.gloss.particles import URGING
from pipeline.gloss.active_voice import IMPERATIVE_MARKERS, THEN, requested
from pipeline.gloss.tokens import starts_sentence

# A verb of saying right before a bare verb reports the instruction itself (bidan bilang kase oralit).
_REPORTING = frozenset({"bilang", "bilan"})
# Words that may stand between a prohibition and its verb (jang cuma kase; jang lupa kase keeps memberi: lupa takes a verb).
_PASSING = frozenset({"cuma", "hanya", "jo"})


def tells_hearer(units: list, k: int, vocabulary: IndonesianVocabulary) -> bool:
    """units[k], a verb, opens a clause that tells the hearer what to do (see the module docstring)."""
    if k == 0 or starts_sentence(units[k - 1].glue):
        return True
    prev = units[k - 1]
    if prev.joined and (prev.key in IMPERATIVE_MARKERS or prev.key in _REPORTING):
        return True
    if k >= 2 and units[k - 2].joined and units[k - 2].key in IMPERATIVE_MARKERS and (
            prev.key in _PASSING or prev.key in URGING):
        return True
    return prev.key in THEN and requested(units, vocabulary)
