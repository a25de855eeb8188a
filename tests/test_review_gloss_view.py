"""A review card shows a turn's word-by-word gloss only where it differs from the words: an
Indonesian turn's gloss is its words again, and the card showed each word twice (round 20
new-user trial, a pasted news article and Indonesian interviews)."""

from __future__ import annotations

from pipeline.review.render import quote_html


def test_an_indonesian_turns_gloss_that_repeats_its_words_is_not_shown():
    shown = quote_html("Warga takut menolong korban di jalan.", "warga takut menolong korban di jalan",
                       "Warga takut menolong korban di jalan.")
    assert "qp-word-gloss" not in shown and "qp-gloss" not in shown
    assert "Warga takut menolong korban di jalan." in shown


def test_a_manado_turns_gloss_is_shown_word_by_word():
    shown = quote_html("Torang nintau mo biking apa.", "1PL tidak.tahu mau membuat apa",
                       "Kami tidak tahu mau berbuat apa.")
    assert shown.count("qp-word-gloss") == 5
