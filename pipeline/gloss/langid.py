"""Language of one segment (xmm, ind or mixed) from word evidence, with the front matter as prior.

Evidence per word comes from the word analysis: Manado-only words (dorang, so, nyanda, pe,
words derived by the Manado sound and prefix rules) count for xmm; Indonesian function words
whose Manado counterparts differ (saya, tidak, sudah, mereka ... in data/indonesian.tsv) count
for ind, and standard meN-/ber- verb forms count half. Shared words count for neither.
"""

from __future__ import annotations

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

