"""A title's *kesehatan* names the field of every study here, not a subject everyone leaves
unsaid: a keyword "posko kesehatan" is not its "posko" alone in speech (topic_keywords.FIELD), as
"posko" is any post of a camp; the study's own subject still is ("masker tambang": "masker").
The codebook (miners' health) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("posko", "Layanan posko di lokasi", "Pemeriksaan dan obat dari posko kesehatan di lokasi tambang.", ["posko kesehatan"]),
    ("masker", "Alat pelindung", "Penambang memakai masker atau sarung tangan saat bekerja.", ["masker tambang"]),
], name="Kesehatan penambang emas rakyat"), source="test.yaml")


def _codes(answer: str) -> set[str]:
    return codes_of_paragraph(CODEBOOK, answer, interview=True)


def test_the_field_s_word_is_said():
    assert "posko" not in _codes("Beras dan mi kami ambil di posko dekat jembatan.")
    assert "posko" in _codes("Obat batuk saya ambil di posko kesehatan.")


def test_the_study_s_subject_is_left_unsaid():
    assert "masker" in _codes("Sekarang tiap hari saya pakai masker kalau masuk lubang.")
