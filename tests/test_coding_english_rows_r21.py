"""English definition words that had no Indonesian row (issue 14, round 21): a researcher's
definition written in English ("the fear of losing a toe or a leg", "fatalism, taking the
illness as fate") reaches Indonesian quotes through general dictionary rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.related import related_words
from pipeline.ingest import read_batch

CODEBOOK = """name: kronik
version: "1.0"
title: Hidup dengan penyakit menahun
language: ind
themes:
  - id: t
    label: Pengalaman pasien
    categories:
      - id: c
        label: Pengalaman
        codes:
          - id: kaki
            label: Masalah anggota badan
            definition: >-
              Trouble with the feet, a toe or a leg, and the fear of losing a limb to amputation.
            keywords: ["kebas"]
          - id: sikap
            label: Sikap menerima
            definition: >-
              Fatalism: taking the illness as fate and letting treatment go, and the
              embarrassment of being ill.
            keywords: ["berserah"]
"""


@pytest.mark.parametrize("english, indonesian", [
    ("feet", "kaki"), ("legs", "kaki"), ("toes", "jari kaki"), ("amputation", "amputasi"),
    ("losing", "kehilangan"), ("fate", "nasib"), ("embarrassment", "malu"), ("cakes", "kue"),
    ("coffee", "kopi"), ("tea", "teh"), ("roots", "akar"), ("screening", "skrining"), ("turning", "menoleh"),
    ("differently", "berbeda"), ("sitting", "duduk")])
def test_an_everyday_definition_word_has_its_indonesian(english, indonesian):
    assert indonesian in related_words().indonesian(english)


def test_a_quote_holding_two_translated_definition_words_is_placed(tmp_path: Path):
    (tmp_path / "kronik.yaml").write_text(CODEBOOK, encoding="utf-8")
    batch_dir = tmp_path / "b"
    batch_dir.mkdir()
    (batch_dir / "Q1.md").write_text(
        "---\ninformant: Q1\ntype: quotations\nlanguage: ind\n---\n\n"
        "Q1: Paman saya kehilangan kaki kiri tahun lalu, sejak itu ia jarang keluar.\n\n"
        "Q1: Sudah nasib saya begini, untuk apa lagi ke dokter, kata ibu itu.\n", encoding="utf-8")
    batch = read_batch(batch_dir)
    codings = code_segments(batch.segments, load_codebook(tmp_path / "kronik.yaml"), batch.informants)
    assert sorted(codings["code_id"]) == ["kaki", "sikap"]
