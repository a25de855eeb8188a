"""Two English words a definition writes side by side ("boiled leaves", "opens the windows")
propose the code in speech when their Indonesian words are said side by side (issue 14, round 21;
`coding/definition_phrases.py`)."""

from __future__ import annotations

from pathlib import Path

from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.definition_phrases import definition_phrase_rules
from pipeline.ingest import read_batch
from pipeline.records.codebook import Codebook

CODEBOOK = """name: demam
version: "1.0"
title: Demam pada balita
language: ind
themes:
  - id: t
    label: Penanganan di rumah
    categories:
      - id: c
        label: Cara keluarga
        codes:
          - id: ramuan
            label: Ramuan kampung
            definition: >-
              The family gives the child boiled leaves or a paste of shallots to treat the fever. Not
              coded when leaves are named only as food.
            keywords: ["ramuan", "bawang merah"]
          - id: udara
            label: Kamar yang sejuk
            definition: >-
              The mother opens the windows and keeps the room cool for the feverish child.
            keywords: ["kipas angin"]
"""


def _codebook(tmp_path: Path, text: str = CODEBOOK) -> Codebook:
    path = tmp_path / "demam.yaml"
    path.write_text(text, encoding="utf-8")
    return load_codebook(path)


def _codes(tmp_path: Path, *turns: str, text: str = CODEBOOK) -> list[list[str]]:
    folder = tmp_path / "b"
    folder.mkdir()
    lines = "".join(f"P: Lalu bagaimana?\n\nI1: {turn}\n\n" for turn in turns)
    (folder / "I1.md").write_text(f"---\ninformant: I1\nlanguage: ind\n---\n\n{lines}", encoding="utf-8")
    batch = read_batch(folder)
    codings = code_segments(batch.segments, _codebook(tmp_path, text), batch.informants)
    answers = batch.segments.loc[batch.segments["speaker"] == "I1", "segment_id"].tolist()
    return [sorted(codings.loc[codings["segment_id"] == segment, "code_id"]) for segment in answers]


def test_a_definitions_phrase_said_in_indonesian_proposes_the_code(tmp_path):
    assert _codes(tmp_path, "Tiap sore saya rebus daun jambu biji.",
                  "Siang hari kakaknya buka jendela lebar-lebar.") == [["ramuan"], ["udara"]]


def test_the_two_words_apart_are_no_phrase(tmp_path):
    assert _codes(tmp_path, "Daun pisang saya pakai bungkus nasi, airnya direbus untuk kopi suami.") == [[]]


def test_the_phrases_are_the_definitions_adjacent_words_only(tmp_path):
    codebook = _codebook(tmp_path)
    slots = [rule.slots for code in codebook.codes for rule in definition_phrase_rules(code, codebook, True)]
    assert (("rebus",), ("daun",)) in slots and (("buka",), ("jendela",)) in slots
    # "to treat the fever" is a phrase (obati + panas), but the study's subject "demam" is no phrase word
    assert any("obati" in slot[0] for slot in slots)
    assert all("demam" not in words for slot in slots for words in slot)
    # "The mother opens": a word with any Indonesian word naming a person ("ibu") is dropped whole, not as "mamak"
    assert all("mamak" not in words for slot in slots for words in slot)


LACKING_CODEBOOK = CODEBOOK.replace(
    "keywords: [\"kipas angin\"]\n",
    "keywords: [\"kipas angin\"]\n"
    "          - id: lambat\n"
    "            label: Tanda terlambat\n"
    "            definition: >-\n"
    "              Signs the parents saw early (not sitting, not talking) before any doctor.\n"
    "            keywords: [\"terlambat\"]\n")


def test_a_sign_the_definition_writes_as_lacking_counts_said_lacking(tmp_path):
    assert _codes(tmp_path, "Umur setahun dia belum duduk sendiri.", "Sudah dua tahun, anak itu tidak bicara.",
                  "Sekarang dia sudah duduk dan bicara lancar.", text=LACKING_CODEBOOK) == [["lambat"], ["lambat"], []]
