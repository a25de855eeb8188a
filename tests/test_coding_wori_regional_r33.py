"""Wori codebook on real regional pages, round 33: an appeal worded as a denial of waiting for illness
("bukan menunggu sakit baru diurus") is the opposite of registering only when ill, as "jangan
menunggu sakit" already was."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook.load import load_codebook
from tests.helpers import codes_of_paragraph

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")


@pytest.mark.parametrize("text", [
    "Kepala dinas berharap warga mengurus kartu BPJS dari sekarang, bukan menunggu sakit dulu baru ke kantor desa.",
    "Warga diimbau segera mengaktifkan kembali kartunya tanpa harus menunggu anaknya sakit dan dirawat.",
])
def test_denying_the_wait_for_illness_is_no_registering_only_when_ill(text):
    assert "urus_saat_rujukan" not in codes_of_paragraph(WORI, text)


def test_waiting_for_illness_is_still_registering_only_when_ill():
    assert "urus_saat_rujukan" in codes_of_paragraph(
        WORI, "Banyak keluarga menunggu sampai anaknya sakit parah, baru mengurus kartu BPJS di kantor desa.")
