"""Issue 16, helpers' round 15 (second half, second helper): the errors of the newest development
sets by cause, the general ones fixed. Every sentence here was written for these tests (none is from
the corpus, a blind set or a development set)."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, word, gloss", [
    # a false friend read the Indonesian way shows the Indonesian word in the interlinear line too,
    # not the lexicon's Manado reading
    ("Om Nico ada jual pala deng cengke di pasar.", "pala", "pala"),
    ("Tukang kayu pake palu for pukul paku.", "palu", "palu"),
    ("Bulu ayam so ta hambur di dapur.", "bulu", "bulu"),
])
def test_false_friend_read_the_indonesian_way_glosses_as_it(glosser, source, word, gloss):
    result = glosser.gloss(source)
    glosses = dict(zip([w.lower() for w in result.words], result.gloss.split()))
    assert glosses[word] == gloss
