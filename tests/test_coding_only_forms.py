"""A keyword of "only" is said either way round (keyword_forms.restrictive_forms): "hanya X" and
"cuma X" for the keyword "X saja", "X saja" for "cuma X". Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.coding.keyword_forms import restrictive_forms
from test_coding_minimal import codes_of

FEEDING = """
name: Makan bayi (test)
themes:
  - id: makan
    label: Makan
    categories:
      - id: praktik
        label: Praktik
        codes:
          - id: madu
            label: Minuman pertama bayi
            definition: The baby is given honey and nothing else.
            keywords: [madu saja]
          - id: timbang
            label: Kunjungan posyandu yang sia-sia
            definition: At the posyandu the child is weighed and nothing more.
            keywords: [cuma ditimbang]
"""


@pytest.mark.parametrize("text, code", [
    ("Waktu itu bayinya hanya madu, belum ada yang lain.", "madu"),
    ("Dulu dia cuma madu kalau rewel.", "madu"),
    ("Di sana anak ditimbang saja, tidak ada penyuluhan.", "timbang"),
    ("Ke posyandu itu hanya ditimbang, lalu pulang.", "timbang"),
])
def test_only_is_found_before_or_after_the_word(text, code):
    assert code in codes_of(text, FEEDING)


def test_the_word_without_only_is_not_the_keyword():
    assert codes_of("Madu itu manis sekali.", FEEDING) == set()


def test_a_keyword_of_stop_words_and_only_has_no_other_form():
    assert restrictive_forms(["nanti saja", "nanti jo"]) == ()
    assert "hanya madu" in restrictive_forms(["madu saja"])
