"""Among a study's thousands of codings a grader finds the turn she remembers by a few of its words: the
session's `filter(words=...)` and the notebook's word box, over the quote and its translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.review.session import ReviewSession
from test_review_support import wori_codebook, write_outputs


@pytest.fixture
def session(tmp_path: Path) -> ReviewSession:
    batch = tmp_path / "transcripts" / "wori"
    batch.mkdir(parents=True)
    return ReviewSession(batch, write_outputs(tmp_path / "outputs" / "wori"), "RA", codebook=wori_codebook())


def test_words_find_turns_by_quote_or_translation_any_case(session: ReviewSession) -> None:
    assert set(session.filter(words="MALAS")["segment_id"]) == {"A1-bbb222"}
    assert set(session.filter(words="rumah sakit")["segment_id"]) == {"A6-ddd444"}
    assert set(session.filter(words="mereka kk")["segment_id"]) == {"A1-bbb222"}   # "Mereka": the translation
    assert set(session.filter(words="mal")["segment_id"]) == {"A1-bbb222"}         # a word's start
    assert session.filter(words="alas").empty                                       # not inside a word
    assert session.filter(words="malas rujukan").empty                              # every word typed
    assert len(session.filter(words="  ")) == len(session.filter())


def test_the_notebook_word_box_narrows_the_cards_with_the_other_filters(session: ReviewSession) -> None:
    from pipeline.review.widgets import review_app

    app = review_app(session, page_size=8)
    every = len(app.rows())
    app.search.value = "malas"
    assert set(app.rows()["segment_id"]) == {"A1-bbb222"} and len(app.cards.children) == len(app.rows())
    app.informant.value = "A6"
    assert app.rows().empty
    app.informant.value = ""
    app.search.value = ""
    assert len(app.rows()) == every
