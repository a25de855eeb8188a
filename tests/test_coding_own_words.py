"""A coding found in a turn's translation shows the turn's own words first: the evidence column
said "nenek" for a turn that says "oma" (the reviewer looks for it in the turn), now
"oma [nenek]", the rule's kind after them as before."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding import code_segments
from pipeline.coding.own_words import with_own_words
from pipeline.gloss.glosser import shared_glosser
from pipeline.ingest import read_batch
from pipeline.review.render import own_words, quote_html
from test_ingest_support import write_batch

TEXT = "Banyak oma yang larang bawa cucu. Ibu-ibu bilang anak so besar, jadi datang kase inga."
GLOSS = "banyak nenek yang larang bawa cucu ibu~ibu bilang anak sudah besar jadi datang CAUS ingat"


@pytest.mark.parametrize("evidence, shown", [
    ("nenek", "oma [nenek]"),
    ("nenek (related)", "oma [nenek] (related)"),                       # the kind stays after the words
    ("sudah besar … cucu", "so besar [sudah besar] … cucu"),             # a word the turn holds stays as it is
    ("Ibu-ibu … mengingatkan", "Ibu-ibu … kase inga [mengingatkan]"),   # an affixed form, found by its root
    ("nenek + datang (question)", "oma [nenek] + datang (question)"),
    ("puskesmas (question)", "puskesmas (question)"),                   # not in the turn: the question's word
])
def test_the_turns_own_words_come_first(evidence, shown):
    assert with_own_words(evidence, TEXT, GLOSS) == shown


def test_a_gloss_that_does_not_align_leaves_the_evidence_as_it_was():
    assert with_own_words("nenek", TEXT, "banyak nenek") == "nenek"


CODEBOOK = """\
name: Tes
themes:
  - id: T1
    label: Pengaruh keluarga
    categories:
      - id: K1
        label: Nasihat keluarga
        codes:
          - id: C1
            label: Nasihat nenek
            definition: Nenek melarang atau menasihati ibu tentang anak.
            keywords: [nenek]
"""


def test_a_coding_in_the_translation_shows_the_turns_words_and_the_card_marks_them(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"A1.md": "---\ninformant: A1\nlanguage: xmm\n---\n"
                                              "P: Siapa yang kase nasehat?\nA1: Banyak oma yang larang bawa cucu.\n"}))
    glossed = shared_glosser().gloss_frame(batch.segments)
    codings = code_segments(glossed, parse_codebook(CODEBOOK))
    [coding] = codings.to_dict("records")
    assert coding["evidence_in"] == "translation" and coding["evidence"].startswith("oma [nenek]")
    turn = glossed[glossed["segment_id"] == coding["segment_id"]].iloc[0]
    card = quote_html(turn["text"], turn["gloss"], turn["translation"], coding["evidence"], "translation")
    assert '">oma</mark>' in card and '">nenek</mark>' in card   # marked in the turn and in its translation
    assert own_words(coding["evidence"]) == "oma"
