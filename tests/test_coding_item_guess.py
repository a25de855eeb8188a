"""A plan's list item no rule codes, guessed with its heading as an answer with its question
(issue 14, round 24). The sentences are new wordings written for this file."""

from __future__ import annotations

import pandas as pd

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.item_guess import list_headings
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import minimal_codebook_yaml

BIRTHS = parse_codebook(minimal_codebook_yaml([
    ("transportasi", "Transportasi ke tempat bersalin",
     "Getting the woman in labour to the Puskesmas at night, by sea or on bad roads: village car, "
     "borrowed vehicle, motorbike or boat.", ["transportasi", "ambulans desa", "perahu", "jalan rusak"]),
    ("biaya", "Biaya persalinan", "What giving birth costs the family: fees, medicines, the insurance.",
     ["biaya", "mahal", "iuran", "gratis"]),
], name="Studi persalinan pulau"), source="test.yaml")


def plan_codes(paragraphs: list[str]) -> list[set[str]]:
    rows = [{"segment_id": f"s{i}", "document": "rencana.md", "informant": "D1", "speaker": "D1",
             "speaker_role": "informant", "start": i * 300, "end": i * 300 + len(text), "line": i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""} for i, text in enumerate(paragraphs)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), BIRTHS)
    return [set(found.loc[found["segment_id"] == f"s{i}", "code_id"]) for i in range(len(paragraphs))]


ITEM = "a. Menyiapkan mobil warga yang bersedia dipakai kapan saja, dengan nomor telepon pemiliknya."


def test_an_item_takes_the_code_its_heading_and_it_both_describe():
    assert plan_codes(["Strategi 2. Kendaraan siaga bagi ibu bersalin", ITEM]) == [set(), {"transportasi"}]


def test_an_item_without_such_a_heading_is_not_guessed():
    assert plan_codes([ITEM]) == [set()]
    assert plan_codes(["Strategi 4. Pencatatan dan pelaporan", ITEM]) == [set(), set()]


def test_a_list_item_s_heading_is_the_short_paragraph_before_its_list():
    texts = ["Latar belakang yang panjang " + "sekali " * 20, "Strategi 1. Rumah tunggu", "- satu", "- dua", "Penutup"]
    assert list_headings(texts, ["d"] * 5, [True] * 5) == ["", "", "Strategi 1. Rumah tunggu",
                                                           "Strategi 1. Rumah tunggu", ""]


def test_a_lettered_item_s_heading_is_the_numbered_item_it_stands_under():
    texts = ["Rencana kesiapsiagaan persalinan dusun", "1. Transportasi malam hari",
             "a. Mendaftar perahu nelayan yang siap berangkat", "b. Mencatat nomor pengemudi",
             "2. Tabungan ibu bersalin", "a. Arisan bulanan keluarga hamil"]
    assert list_headings(texts, ["d"] * 6, [True] * 6) == [
        "", "", "1. Transportasi malam hari", "1. Transportasi malam hari", "", "2. Tabungan ibu bersalin"]


def test_an_indented_item_stands_under_the_shallower_one_before_it():
    texts = ["Kegiatan", "- Ambulans desa", "    - servis mesin tiap bulan", "- Iuran warga"]
    assert list_headings(texts, ["d"] * 4, [True] * 4) == ["", "", "- Ambulans desa", "Kegiatan"]
