"""A keyword denying a verb of knowing ("tidak tahu obat apa") keeps that verb: its negator
denies the knowing, so "tidak" near "obat" alone is not the keyword (keyword_rule.negated_words)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.keyword_rule import negated_words

CODEBOOK = """name: apotek
version: "0.1"
title: Obat di apotek desa
language: ind
themes:
  - id: info
    label: Informasi obat
    categories:
      - id: penjelasan
        label: Penjelasan
        codes:
          - id: tak_dijelaskan
            label: Obat tanpa penjelasan
            definition: pasien menerima obat tanpa diberi tahu gunanya
            keywords: ["tidak tahu obat apa"]
"""


@pytest.fixture(scope="module")
def codebook(tmp_path_factory):
    path = tmp_path_factory.mktemp("cb") / "apotek.yaml"
    path.write_text(CODEBOOK, encoding="utf-8")
    return load_codebook(path)


def _codes(codebook, text: str) -> list[str]:
    segments = pd.DataFrame([{"segment_id": "s1", "document": "A1.md", "informant": "A1", "speaker": "A1",
                              "speaker_role": "informant", "text": text, "translation": text}])
    return code_segments(segments, codebook)["code_id"].tolist()


def test_the_verb_of_knowing_after_a_negator_stays_a_keyword_word():
    assert negated_words("tidak tahu obat apa") == (["tidak tahu", "obat"], None)
    # an auxiliary: the check is what must be found denied
    assert negated_words("tidak pernah periksa") == (["tidak", "periksa"], "periksa")


def test_not_knowing_the_medicine_is_the_keyword_but_a_medicine_missing_is_not(codebook):
    assert _codes(codebook, "Dikasih obat tiga macam, saya tidak tahu obat apa itu.") == ["tak_dijelaskan"]
    assert _codes(codebook, "Obat di apotek desa tidak ada, jadi kami beli di kota.") == []
