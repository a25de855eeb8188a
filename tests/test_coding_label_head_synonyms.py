"""In a document, a label's one own word may be written as its near synonym before the word the
label writes after it: "Sosialisasi kebersihan" for "Penyuluhan kebersihan" (label_rules.py,
related.py). The codebook (a market's hygiene) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook("""
name: kebersihan_pasar
title: Kebersihan pasar tradisional
themes:
  - id: kebersihan
    label: Kebersihan pasar
    categories:
      - id: upaya
        label: Upaya kebersihan
        codes:
          - id: penyuluhan
            label: Penyuluhan kebersihan
            definition: Kegiatan memberi tahu pedagang cara menjaga lapak.
            keywords: []
          - id: sampah
            label: Tumpukan sampah di lorong
            definition: Sisa sayur dan plastik yang menumpuk di lorong pasar.
            keywords: []
""", source="test.yaml")


def test_a_near_synonym_of_the_label_s_head_before_its_next_word_codes_it():
    assert "penyuluhan" in codes_of_paragraph(CODEBOOK, "Kampanye kebersihan digelar di los ikan setiap bulan.")
    assert "penyuluhan" in codes_of_paragraph(CODEBOOK, "Sosialisasi kebersihan bagi pedagang baru dimulai Senin.")


def test_the_synonym_alone_or_far_from_the_label_s_word_does_not():
    assert "penyuluhan" not in codes_of_paragraph(CODEBOOK, "Kampanye pemilihan kepala desa digelar di balai.")
    assert "penyuluhan" not in codes_of_paragraph(
        CODEBOOK, "Kampanye calon bupati kemarin membuat lapangan parkir penuh sampai sore, lalu kebersihan terganggu.")


SHARED = parse_codebook(minimal_codebook_yaml([
    ("penyuluhan", "Penyuluhan kebersihan", "Kegiatan memberi tahu pedagang cara menjaga lapak.", []),
    ("pengumuman", "Pengumuman jadwal", "Hari buka dan tutup los yang dibacakan pengelola.", []),
], name="Kebersihan pasar tradisional"), source="test.yaml")


def test_a_near_synonym_another_code_s_word_reaches_too_is_neither_s():
    """The label word's near synonyms are the related pair's (codebook_words.near_synonyms): one
    the words of two codes reach ("kampanye": penyuluhan and pengumuman) tells them apart from none."""
    assert "penyuluhan" not in codes_of_paragraph(SHARED, "Kampanye kebersihan digelar di los ikan setiap bulan.")
    assert "penyuluhan" in codes_of_paragraph(SHARED, "Penyuluhan kebersihan digelar di los ikan setiap bulan.")
