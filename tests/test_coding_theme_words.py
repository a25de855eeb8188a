"""A code's one leftover label word that its theme's label also holds ("sampah" of "Sampah
ditimbun atau dibakar" under "Pemilahan sampah di rumah") names the area the theme's codes
share: alone it is no evidence of the code; the code's own words still are. (The word opens the
label: written after a keyword's word, "pembakaran sampah", it would be that keyword's object,
no evidence alone wherever the theme stands: test_coding_function_words.py; and a word the
label writes before another of its words is evidence alone in speech only.)"""

from __future__ import annotations

import pytest
import yaml

from helpers import codes_of_paragraph
from pipeline.codebook.load import parse_codebook


def _codebook(theme_label: str):
    codes = [
        {"id": "dibakar", "label": "Sampah ditimbun atau dibakar",
         "definition": "Households bury or burn their waste in the yard.",
         "keywords": ["ditimbun", "dibakar", "timbun"]},
        {"id": "beban_pilah", "label": "Beban warga yang memilah",
         "definition": "The effort residents spend sorting waste.",
         "keywords": ["memilah", "capek", "repot"]},
    ]
    tree = {"name": "Studi (test)", "themes": [
        {"id": "tema", "label": theme_label, "categories": [
            {"id": f"k{i}", "label": f"Kategori {i}", "codes": [code]} for i, code in enumerate(codes)]}]}
    return parse_codebook(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), source="test.yaml")


@pytest.mark.parametrize("paragraph, coded", [
    ("Volume sampah di kecamatan ini mencapai dua belas ton per hari.", False),
    ("Truk dinas mengangkut sampah pasar setiap pagi ke tempat pembuangan akhir.", False),
    ("Warga dusun pesisir masih menimbun sisa dapur di lubang belakang rumah.", True),
])
def test_a_label_word_the_theme_shares_is_not_evidence_alone(paragraph, coded):
    codebook = _codebook("Pemilahan sampah di rumah")
    assert ("dibakar" in codes_of_paragraph(codebook, paragraph, interview=True)) == coded


def test_the_same_word_stays_evidence_where_the_theme_does_not_name_it():
    codebook = _codebook("Lingkungan dan rumah tangga")
    assert "dibakar" in codes_of_paragraph(
        codebook, "Volume sampah di kecamatan ini mencapai dua belas ton per hari.", interview=True)
