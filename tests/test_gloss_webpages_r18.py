"""Issue 16, round 18: Manado language-learning pages (branch r18-16w). Every sentence here was
written for these tests; none is from a page, the corpus or a data set."""

from __future__ import annotations

import pytest

from test_gloss import translate


@pytest.mark.parametrize("source, wanted", [
    # a glottal stop marked inside a word the lexicon knows without it
    ("Oma da masak tinutu'an for torang.", "bubur Manado"),
    ("Kita suka makang tinutu’an pagi-pagi.", "bubur Manado"),
    # words a language-learning page attests with its own translation
    ("Tu anjing bakauk tiap malam.", "menggonggong"),
    ("Dia cuma maruku.", "menunduk"),
    ("Bakuat jo, ngana pasti bisa.", "Tabah"),
    ("Ada cewe baru di kantor.", "cewek"),
])
def test_language_learning_page_words_r18(glosser, source, wanted):
    assert wanted in translate(glosser, source, prior=None)
