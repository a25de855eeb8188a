"""When weak evidence stands (pipeline/coding/weak_evidence.py): a lone piece of a code's label
words or of the interviewer's question yields to another code's keyword in the same turn; a
piece seconded by another kind of evidence stands, a little more confidently, showing both."""

from __future__ import annotations

import dataclasses

import pandas as pd

from pipeline.codebook.load import parse_codebook
from pipeline.coding.code_keys import code_keys
from pipeline.coding.coder import code_segments
from pipeline.coding.compile_rules import compiled_codebook
from tests.test_coding_minimal import MINIMAL, coded, segments

HYPERTENSION = """
name: Hipertensi (uji)
themes:
  - id: pengobatan
    label: Pengobatan
    categories:
      - id: sikap
        label: Sikap
        codes:
          - id: dukungan
            label: Dukungan keluarga
            definition: Relatives help the patient keep taking medicine.
            keywords: [ingatkan minum obat, antar ke puskesmas]
          - id: herbal
            label: Ramuan herbal
            definition: Traditional remedies used instead of pills.
            keywords: [jamu, daun sirsak]
          - id: garam
            label: Sulit mengurangi garam
            definition: Trouble cutting down salty food.
            keywords: [asin, ikan garam]
"""
REMINDER = "Siapa yang biasa ingatkan Ibu sebelum hari posyandu?"


def _codes(result: pd.DataFrame) -> list[str]:
    return sorted(result["code_id"])


def test_label_words_alone_stand_in_a_turn_without_a_keyword():
    result = coded(HYPERTENSION, ("A", "Keluarga memberi dukungan setiap hari."))
    assert _codes(result) == ["dukungan"]
    # a definition pair finding the label's words again is no second piece
    assert result.iloc[0]["evidence"] == "Keluarga … dukungan (label)" and result.iloc[0]["confidence"] == 0.45


def test_label_words_alone_yield_to_another_codes_keyword_in_the_turn():
    result = coded(HYPERTENSION, ("A", "Keluarga memberi dukungan, tapi saya lebih suka minum jamu tiap pagi."))
    assert _codes(result) == ["herbal"]


def test_the_question_alone_yields_to_another_codes_keyword_in_the_answer():
    alone = coded(MINIMAL, ("P", REMINDER), ("A", "Iyo, tiap bulan dorang kirim undangan."))
    assert _codes(alone) == ["kunjungan"] and "(question)" in alone.iloc[0]["evidence"]
    outweighed = coded(MINIMAL, ("P", REMINDER), ("A", "Iyo, tiap bulan dorang kirim undangan, mar kita takut."))
    assert _codes(outweighed) == ["takut"]


def test_a_seconded_label_piece_stands_beside_another_codes_keyword_and_shows_both_pieces():
    # (a role alone is no label piece: "kader" with "datang", a word of its code, is; label_rules.py)
    result = coded(MINIMAL, ("P", REMINDER), ("A", "Ibu kader datang ke rumah kase undangan, mar kita takut."))
    assert _codes(result) == ["kunjungan", "takut"]
    row = result[result["code_id"] == "kunjungan"].iloc[0]
    # the second piece: a home visit said in everyday words (visits_told.py), before a related word
    assert row["evidence"] == "kader … datang (label) + datang ke rumah (a visit told)"
    assert row["confidence"] == 0.5    # the label's 0.45 and 0.05 for the second piece


def test_recoding_a_weak_code_alone_finds_what_the_whole_codebook_finds():
    codebook = parse_codebook(HYPERTENSION)
    turns = segments(("A", "Keluarga memberi dukungan, tapi saya lebih suka minum jamu tiap pagi."),
                     ("A", "Keluarga memberi dukungan setiap hari."))
    whole = code_segments(turns, codebook)
    alone = code_segments(turns, codebook, codes=["dukungan"])
    assert list(alone["segment_id"]) == ["s1"]
    pd.testing.assert_frame_equal(alone.reset_index(drop=True),
                                  whole[whole["code_id"] == "dukungan"].reset_index(drop=True))


def test_a_keyword_edit_of_one_code_changes_the_cache_key_of_the_codes_it_can_outweigh():
    codebook = parse_codebook(HYPERTENSION)
    herbal = next(code for code in codebook.codes if code.id == "herbal")
    edited = dataclasses.replace(codebook, themes=tuple(dataclasses.replace(theme, categories=tuple(
        dataclasses.replace(category, codes=tuple(
            dataclasses.replace(code, keywords=(*code.keywords, "minyak kelapa")) if code is herbal else code
            for code in category.codes)) for category in theme.categories)) for theme in codebook.themes))
    before = dict(zip((c.id for c in codebook.codes), code_keys(compiled_codebook(codebook))))
    after = dict(zip((c.id for c in edited.codes), code_keys(compiled_codebook(edited))))
    assert before["herbal"] != after["herbal"] and before["dukungan"] != after["dukungan"]
