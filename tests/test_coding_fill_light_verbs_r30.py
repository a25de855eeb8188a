"""A light verb counts toward no quote's fill (quotations.placing_words) unless its code's own label
says it: "pergi" says what only with where to."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.coding.coder import code_segments
from pipeline.coding.quotations import GUESS_CONFIDENCE, placing_words
from pipeline.schema import QUOTATION
from tests.test_coding_quote_one_code_r30 import HEADER, tani_codebook

CODEBOOK = HEADER + """          - id: jarak
            label: Jalan jauh ke pasar
            definition: petani pergi ke pasar kota dan menunggu angkutan lama
            keywords: [angkutan, ojek]
          - id: antar
            label: Bawa gabah ke penggilingan
            definition: gabah diangkut ke penggilingan padi
            keywords: [penggilingan]
"""


@pytest.fixture(scope="module")
def codebook(tmp_path_factory):
    return tani_codebook(tmp_path_factory, CODEBOOK)


def test_a_light_verb_is_a_placing_word_only_of_a_label_saying_it(codebook):
    words = placing_words(codebook)
    assert "pergi" not in words["jarak"] and "tunggu" in words["jarak"]
    assert "bawa" in words["antar"]


def test_a_light_verb_and_one_word_make_a_guess_not_a_fill(codebook):
    # the two words too far apart for a rule of definition words: only the author's placing codes it
    quote = "Subuh kami sudah pergi. Anak-anak masih tidur, ayam belum berkokok. Lama sekali kami menunggu."
    segments = pd.DataFrame([{"segment_id": "s1", "document": "Q1.md", "informant": "Q1", "speaker": "Q1",
                              "speaker_role": "informant", "text": quote, "translation": quote, QUOTATION: True}])
    codings = code_segments(segments, codebook)
    assert codings["code_id"].tolist() == ["jarak"]
    assert codings["confidence"].tolist() == [GUESS_CONFIDENCE]   # a guess, not a fill
