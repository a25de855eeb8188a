"""A turn whose words say nothing of its language, read by its speaker's other turns.

"Kita dari Bitung." or "Mari duduk, kita baru pulang dari laut." has only words Indonesian shares: on
its own it is Indonesian (kita 'we'), and a front matter that names no language, or names a mix, gives
no prior to decide it. An informant whose other turns in the same document are mostly Manado Malay by
their own words (torang, so, nyanda) speaks Manado in it too (kita 'saya'); such a turn is read under
the Manado prior, which changes it only where no word of it says Indonesian (saya, tidak, sudah keep it
Indonesian under that prior too). Interviewers' turns and turns whose front matter names one language
keep their reading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from pipeline.records.languages import IND, MIXED, XMM, language_code

_OPEN_PRIORS = frozenset({None, MIXED})  # a front matter that decides no turn's language


def reread_by_speaker(gloss: Callable, texts: Sequence[str], priors: Sequence, asked: Sequence[bool],
                      owners: Sequence[tuple], results: list) -> None:
    """Replace in `results` (one GlossResult per turn) the Indonesian reading of each informant turn
    with an open prior by its Manado reading, where the turn's speaker (`owners`: document and
    speaker per turn) is a Manado speaker in the document and the Manado prior reads the turn so."""
    tally: dict[tuple, Counter] = {}
    for text, owner, by_interviewer, result in zip(texts, owners, asked, results):
        if not by_interviewer and str(text or "").strip():   # an empty turn says nothing of its language
            tally.setdefault(owner, Counter())[result.language] += 1
    manado = {owner for owner, counts in tally.items() if counts[XMM] > counts[IND] + counts[MIXED]}
    if not manado:
        return
    for at, (text, prior, by_interviewer, owner) in enumerate(zip(texts, priors, asked, owners)):
        if by_interviewer or owner not in manado or results[at].language != IND or (
                language_code(prior) not in _OPEN_PRIORS):
            continue
        reread = gloss(text, XMM)
        if reread.language == XMM:
            results[at] = reread
