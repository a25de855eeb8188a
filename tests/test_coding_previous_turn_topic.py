"""`context: previous_turn` lends nothing to a turn that takes up, with a keyword of its own, the
topic the question before it asked by a keyword (coder._answers_its_own_topic): a new user's
trial had a TB-screening answer coded as quitting from "berhenti" two turns up. Sentences
written for these tests."""

from __future__ import annotations

import pandas as pd

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.helpers import one_category_yaml
from tests.test_coding_minimal import segments

CODEBOOK = one_category_yaml([
    {"id": "putus_obat", "label": "Berhenti minum obat", "definition": "Pasien berhenti minum obat sebelum selesai.",
     "keywords": ["putus obat"], "context": "previous_turn"},
    {"id": "efek", "label": "Efek samping", "definition": "Mual, pusing atau gatal sesudah minum obat.",
     "keywords": ["mual", "gatal"]},
], name="Obat TB (test)")


def codes_of_last_turn(*turns: tuple[str, str]) -> set[str]:
    found = code_segments(segments(*turns), parse_codebook(CODEBOOK))
    return set(found.loc[found["segment_id"] == f"s{len(turns) - 1}", "code_id"])


def test_a_turn_answering_a_question_on_another_code_borrows_nothing():
    turns = (("A", "Bulan lalu kita sempat putus minum, rasa so sehat."),
             ("P", "Bagaimana dengan rasa mual?"),
             ("A", "Mual tiap pagi, jadi obat kita minum malam saja."))
    assert codes_of_last_turn(*turns) == {"efek"}


def test_a_turn_continuing_the_talk_still_borrows():
    turns = (("A", "Bulan lalu kita sempat putus minum, rasa so sehat."),
             ("P", "Lalu bagaimana?"),
             ("A", "Kong dokter marah, obat harus diulang dari awal."))
    assert "putus_obat" in codes_of_last_turn(*turns)
