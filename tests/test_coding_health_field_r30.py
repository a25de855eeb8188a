"""A title's *kesehatan* names the field of every study here, not a subject everyone leaves
unsaid: a keyword "posko kesehatan" is not its "posko" alone in speech (topic_keywords.FIELD), as
"posko" is any post of a camp; the study's own subject still is ("masker tambang": "masker").
The codebook (miners' health) and the sentences are written for this test."""

from __future__ import annotations

from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import answer_codes

CODEBOOK = minimal_codebook_yaml([
    ("posko", "Layanan posko di lokasi", "Pemeriksaan dan obat dari posko kesehatan di lokasi tambang.", ["posko kesehatan"]),
    ("masker", "Alat pelindung", "Penambang memakai masker atau sarung tangan saat bekerja.", ["masker tambang"]),
], name="Kesehatan penambang emas rakyat")
ASKED = "Bagaimana ceritanya?"


def test_the_field_s_word_is_said():
    assert "posko" not in answer_codes(CODEBOOK, ASKED, "Beras dan mi kami ambil di posko dekat jembatan.")
    assert "posko" in answer_codes(CODEBOOK, ASKED, "Obat batuk saya ambil di posko kesehatan.")


def test_the_study_s_subject_is_left_unsaid():
    assert "masker" in answer_codes(CODEBOOK, ASKED, "Sekarang tiap hari saya pakai masker kalau masuk lubang.")
