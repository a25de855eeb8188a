"""A keyword's own word without the study's subject (pipeline/coding/topic_keywords.py) is weak
evidence of its own kind: the evidence column names it, and, as a label's words, it yields to
another code's keyword in the same turn. The codebook (coffee drinking among students) and the
sentences are written for this test."""

from __future__ import annotations

import pandas as pd

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.keyword_rule import KEYWORD_WORD_ALONE
from pipeline.coding.topic_keywords import topic_keyword_rules
from pipeline.coding.weak_evidence import STRONG_KINDS, WEAK_KINDS
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: kopi
title: Kebiasaan minum kopi pada mahasiswa
themes:
  - id: kebiasaan
    label: Kebiasaan minum kopi
    categories:
      - id: pola
        label: Pola minum kopi
        codes:
          - id: batasi
            label: Upaya mengurangi kopi
            definition: A student tries to drink fewer cups or to stop.
            keywords: ["batasi kopi", "kurangi kopi"]
          - id: tidur
            label: Gangguan tidur
            definition: Sleeping badly, staying awake at night.
            keywords: ["susah tidur", "begadang"]
""")

ALONE = "Sudah dua minggu saya batasi, cuma satu gelas pagi hari."
BESIDE_A_KEYWORD = "Saya batasi sih, tapi malam tetap begadang sampai jam dua."


def _rows(answer: str) -> pd.DataFrame:
    lines = [("P", "interviewer", "Bagaimana ceritanya?"), ("M1", "informant", answer)]
    rows = [{"segment_id": f"s{i}", "document": "m.md", "informant": "M1", "speaker": speaker,
             "speaker_role": role, "start": i * 300, "end": i * 300 + len(words), "line": i + 1,
             "language": "ind", "text": words, "gloss": "", "translation": ""}
            for i, (speaker, role, words) in enumerate(lines)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), CODEBOOK)
    return found[found["segment_id"] == "s1"]


def test_the_lone_word_is_a_weak_kind_of_its_own():
    code = next(c for c in CODEBOOK.codes if c.id == "batasi")
    rules = topic_keyword_rules(code, CODEBOOK, list(code.keywords), True)
    assert [rule.kind for rule in rules] == [KEYWORD_WORD_ALONE]
    assert KEYWORD_WORD_ALONE in WEAK_KINDS and KEYWORD_WORD_ALONE not in STRONG_KINDS


def test_the_evidence_column_names_the_lone_word_so():
    found = _rows(ALONE)
    evidence = found.loc[found["code_id"] == "batasi", "evidence"].tolist()
    assert evidence == [f"batasi ({KEYWORD_WORD_ALONE})"]


def test_the_lone_word_yields_to_another_codes_keyword_in_the_turn():
    assert codes_of_paragraph(CODEBOOK, BESIDE_A_KEYWORD, interview=True) == {"tidur"}
    assert "batasi" in codes_of_paragraph(CODEBOOK, ALONE, interview=True)
