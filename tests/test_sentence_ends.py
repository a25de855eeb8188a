"""One definition of a sentence end for the coding rules (coding/sentence_span.py): a semicolon ends
the sentence around a sum of money as a full stop does, so what is received after it is another
clause's; a line break ends it there and starts a fresh capital for proper names, but not for
words a codebook gives loosely."""

from __future__ import annotations

import pytest

from pipeline.coding.nlp import coding_nlp
from pipeline.coding.sentence_span import ends_sentence, sentence_around
from test_coding_money_sums import COST
from test_coding_minimal import codes_of


@pytest.mark.parametrize("text", [
    "Tambal gigi di kota seratus lima puluh ribu; bantuan dari gereja belum pernah ada.",
    "Rontgen di rumah sakit dua ratus ribu; yang terima bantuan cuma tetangga.",
])
def test_a_sum_paid_before_a_semicolon_is_a_cost_whatever_follows(text):
    assert "biaya" in codes_of(text, COST)


def test_a_sum_received_in_its_own_clause_is_still_no_cost():
    assert "biaya" not in codes_of("Kami terima bantuan tiga ratus ribu dari desa; itu untuk beras.", COST)


def test_a_line_break_ends_a_sentence_only_where_asked():
    doc = coding_nlp()("Rencana kegiatan\nKunjungan rumah tiap Sabtu; pencatatan di buku.")
    breaks = [token for token in doc if "\n" in token.text]
    assert breaks and not ends_sentence(breaks[0]) and ends_sentence(breaks[0], line_break=True)
    visit = next(token.i for token in doc if token.text == "Kunjungan")
    left, right = sentence_around(doc, visit, visit + 1, line_break=True)
    assert doc[left:right].text == "Kunjungan rumah tiap Sabtu"
    left, right = sentence_around(doc, visit, visit + 1)
    assert doc[left:right].text.startswith("Rencana kegiatan")
