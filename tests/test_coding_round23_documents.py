"""Round 23, documents (issue 14): readings of document prose that hold across studies, for a
researcher's minimal codes. The sentences are new wordings written for this file."""

from __future__ import annotations

import pytest

from pipeline.coding.counts import is_background
from tests.helpers import codes_of_paragraph, one_code_codebook

ULCER = one_code_codebook("luka_kaki", "Luka kaki pada penderita diabetes",
                          "Foot wounds and ulcers of people with diabetes.", ["luka", "luka kaki"],
                          name="Studi diabetes desa")


# -- a paragraph opening with a term's definition is background --------------------------------

def test_a_paragraph_defining_a_term_takes_no_code():
    text = ("Neuropati diabetik adalah kerusakan saraf yang muncul akibat gula darah tinggi bertahun-tahun. "
            "Salah satu akibatnya ialah luka kaki yang tidak terasa.")
    assert is_background(text)
    assert codes_of_paragraph(ULCER, text) == set()


@pytest.mark.parametrize("text", [
    # a finding named, then what it is
    "Masalah terbesar yang kami temukan adalah luka kaki yang dibiarkan sampai bernanah.",
    # a list's item
    "Kegiatan kedua adalah perawatan luka kaki bagi pasien yang datang ke Posbindu.",
    # a subject of more than a term's few words
    "Keluhan utama pasien diabetes di desa ini adalah luka kaki yang lama sembuh.",
])
def test_a_finding_or_an_item_said_with_adalah_is_no_definition(text):
    assert not is_background(text)
    assert codes_of_paragraph(ULCER, text) == {"luka_kaki"}
