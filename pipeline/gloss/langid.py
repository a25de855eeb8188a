"""Language of one segment (xmm, ind or mixed) from word evidence, with the front matter as prior.

Evidence per word comes from the word analysis: Manado-only words (dorang, so, nyanda, pe,
words derived by the Manado sound and prefix rules) count for xmm; Indonesian function words
whose Manado counterparts differ (saya, tidak, sudah, mereka ... in data/indonesian.tsv) count
for ind, and standard meN-/ber- verb forms count half. Shared words count for neither.
"""

from __future__ import annotations

from pipeline.gloss.clause_words import PERSON_NOUNS
from pipeline.gloss.morphology import NAME
from pipeline.records.languages import IND, MIXED, XMM

# Share of the evidence that must be Manado Malay for a segment to be called xmm, by prior.
_XMM_SHARE = {XMM: 0.5, None: 0.6, MIXED: 0.6, IND: 0.75}
# In a longer segment, fewer Manado words than this per word make it Indonesian with Manado
# insertions (mixed), e.g. one 'mo' in an otherwise Indonesian answer.
_XMM_DENSITY = 0.1
_SHORT = 8
# Indonesian evidence below one marker word is only standard meN-/ber- verb forms (half a word
# each), which Manado speakers use as well: under a Manado prior such a segment with no word of
# either language's own ("Kita panas dingin, menggigil.") is Manado Malay, kita 'saya'.
_ONE_MARKER = 1.0
# After an Indonesian kita these make it the inclusive 'we' (kita semua, kita sama-sama, kita bersama),
# unless someone it is together with follows (kita bersama ade: 'saya bersama adik').
_ALL_OF_US = frozenset({"semua", "samua", "smua", "sama-sama", "bersama", "basama"})
_WITH = frozenset({"deng", "dengan", "sama", "ama"})


def identify(manado: float, indonesian: float, prior: str | None = None, words: int = 0) -> str:
    """`manado` and `indonesian` are the summed evidence weights (both >= 0); `words` the length."""
    if manado <= 0:
        if indonesian < _ONE_MARKER and prior == XMM:
            return XMM
        return IND
    if words > _SHORT and manado / words < _XMM_DENSITY and prior != XMM:
        return MIXED
    if indonesian <= 0:
        return XMM
    share = manado / (manado + indonesian)
    return XMM if share >= _XMM_SHARE.get(prior, 0.6) else MIXED


def read_pronouns(units: list, types: list) -> None:
    """An Indonesian prior keeps every homograph's Indonesian reading; in a turn its own words make
    Manado Malay (Kita so kaweng, kita pe suami ...) a pronoun is the speaker's Manado one (kita
    'saya'), while the other shared words keep the turn's wording (tensi, abis, tiap), which
    Indonesian speakers of the region use as well (oma, mama count as Manado words)."""
    for k, unit in enumerate(units):
        word_type = types[unit.first]
        if unit.pos == "pron" and unit.key == word_type.lower and unit.ind == word_type.kept and not _all_of_us(units, k):
            unit.ind, unit.cap = word_type.translation, word_type.translation_cap


def _all_of_us(units: list, k: int) -> bool:
    """units[k] is the inclusive we: semua, sama-sama or bersama follows it, with no one after that."""
    if k + 1 >= len(units) or not units[k].joined or units[k + 1].key not in _ALL_OF_US:
        return False
    after = units[k + 2] if k + 2 < len(units) and units[k + 1].joined else None
    return after is None or not (after.key in _WITH or after.pos == "pron" or after.key in PERSON_NOUNS or after.source == NAME)
