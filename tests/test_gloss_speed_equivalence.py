"""The glosser's per-spelling caches and expression index change speed, never results."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gloss import Glosser
from pipeline.ingest import read_batch

ROOT = Path(__file__).resolve().parents[1]
BATCHES = [ROOT / "transcripts" / "wori", ROOT / "tests" / "data" / "dev_interviews",
           ROOT / "tests" / "data" / "dev_documents"]


def _segments() -> list[tuple[str, str | None]]:
    pairs: list[tuple[str, str | None]] = []
    for batch in BATCHES:
        segments = read_batch(batch).segments
        pairs.extend(zip(segments["text"].tolist(), segments["language"].tolist()))
    return pairs


def test_results_do_not_depend_on_what_was_glossed_before():
    """Every segment glossed after all the others (warm caches) equals it glossed in the reverse
    order, and equals it glossed by a glosser that has seen nothing else."""
    pairs = _segments()
    assert len(pairs) > 100
    forward, backward = Glosser(), Glosser()
    first = [forward.gloss(text, prior) for text, prior in pairs]
    second = [backward.gloss(text, prior) for text, prior in reversed(pairs)][::-1]
    assert first == second
    fresh = Glosser()
    for (text, prior), result in list(zip(pairs, first))[::25]:
        fresh._cached_gloss.cache_clear()
        fresh.word_types = type(fresh.word_types)(fresh.lexicon, fresh.analyzer)
        assert fresh.gloss(text, prior) == result, text


@pytest.mark.parametrize("order", [0, 1])
def test_capitalised_word_depends_on_sentence_start_whatever_came_first(order):
    """The same spelling is a name inside a sentence and a (here unknown) word at its start."""
    texts = ["Yance so pigi.", "Dorang bilang Yance so pigi."]
    glosser = Glosser()
    results = {text: glosser.gloss(text, "xmm") for text in (texts if order == 0 else texts[::-1])}
    assert results[texts[0]].unknown == ["yance"]
    assert results[texts[0]].gloss.split()[0] == "yance"
    assert results[texts[1]].unknown == []
    assert results[texts[1]].gloss.split()[2] == "Yance"


def test_longest_expression_wins_among_those_sharing_two_words():
    glosser = Glosser()
    assert glosser.gloss("dorang nyanda tau le", "xmm").translation == "mereka tidak tahu lagi"
    assert glosser.gloss("dorang nyanda tau, le", "xmm").translation == "mereka tidak tahu, juga"  # not across a comma


def test_gloss_keeps_source_order_when_the_translation_moves_a_word():
    result = Glosser().gloss("tu anak so sakit", "xmm")
    assert result.translation == "anak itu sudah sakit"
    assert result.gloss == "itu anak sudah sakit"
