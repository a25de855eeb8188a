"""A printed quote keeps the codes its description shares most with (quotations.strongest_codes):
a second code one passing word of its fires is dropped, in quotation sets only."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.quotations import strongest_codes
from pipeline.ingest import read_batch
from pipeline.records.codebook import Codebook

HEADER = """name: tani
version: "0.1"
title: Kesulitan petani padi
language: ind
themes:
  - id: usaha
    label: Usaha tani
    categories:
      - id: masalah
        label: Masalah di lahan
        codes:
"""
CODEBOOK = HEADER + """          - id: pupuk
            label: Pupuk mahal dan langka
            definition: harga pupuk naik, pupuk subsidi habis di kios, petani membeli pupuk eceran
            keywords: [pupuk, kios, subsidi]
          - id: hama
            label: Hama dan gagal panen
            definition: tikus, wereng atau banjir merusak padi sampai gagal panen
            keywords: [tikus, wereng, "gagal panen", sawah]
"""
# the fertiliser code's words five times, the pest code's once ("sawah": where she carries it)
FERTILISER = "Pupuk subsidi habis di kios, harga pupuk naik, jadi ke sawah cuma bawa pupuk eceran sedikit."
# both codes' words alike, each in a sentence of its own: the quote shows both (in one sentence
# the weaker would need ONE_SENTENCE_SHARE of the stronger's: test_coding_quote_one_sentence_r32.py)
BOTH = "Tikus dan wereng merusak padi sampai gagal panen. Pupuk subsidi juga habis di kios."


@pytest.fixture(scope="module")
def codebook(tmp_path_factory) -> Codebook:
    return tani_codebook(tmp_path_factory, CODEBOOK)


def tani_codebook(tmp_path_factory, text: str) -> Codebook:
    path = tmp_path_factory.mktemp("cb") / "tani.yaml"
    path.write_text(text, encoding="utf-8")
    return load_codebook(path)


def _coded(folder: Path, codebook: Codebook, text: str, codes: list[str] | None = None) -> dict[str, set[str]]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Q1.md").write_text("---\ninformant: Q1\nlanguage: ind\n---\n\n" + text, encoding="utf-8")
    batch = read_batch(folder)
    codings = code_segments(batch.segments, codebook, batch.informants, codes=codes)
    words = dict(zip(batch.segments["segment_id"], batch.segments["text"]))
    found: dict[str, set[str]] = {}
    for segment_id, code_id in zip(codings["segment_id"], codings["code_id"]):
        found.setdefault(words[segment_id], set()).add(code_id)
    return found


def test_a_quote_keeps_the_code_it_shows_not_the_one_a_passing_word_fires(tmp_path, codebook):
    found = _coded(tmp_path / "q", codebook, f"Q1: {FERTILISER}\n\nQ1: {BOTH}\n")
    assert found[FERTILISER] == {"pupuk"}
    assert found[BOTH] == {"pupuk", "hama"}
    # a recode of the pest code alone decides as the whole run did
    assert _coded(tmp_path / "r", codebook, f"Q1: {FERTILISER}\n\nQ1: {BOTH}\n", codes=["hama"]) == {BOTH: {"hama"}}


def test_an_interview_turn_keeps_every_code_its_rules_fire(tmp_path, codebook):
    found = _coded(tmp_path / "i", codebook, f"P: Apa kesulitan Ibu?\n\nQ1: {FERTILISER}\n")
    assert found[FERTILISER] == {"pupuk", "hama"}


def test_a_code_found_through_who_speaks_or_unseen_by_the_description_stays(codebook):
    by_role = {"pupuk": "pupuk … kios", "hama": "saya … sawah (the informant)"}
    by_words = {"pupuk": "pupuk … kios", "hama": "sawah"}
    unseen = {"pupuk": "pupuk … kios", "hama": "padi"}   # nothing of its description in the quote
    kept = strongest_codes(codebook, [by_role, by_words, unseen],
                           [(FERTILISER,), (FERTILISER,), ("Pupuk subsidi habis di kios, harga naik.",)])
    assert kept == [frozenset({"pupuk", "hama"}), frozenset({"pupuk"}), frozenset({"pupuk", "hama"})]
