"""A researcher may write a code with no keywords (`keywords: []`): it is found from its label,
definition and examples alone, never refused; a code with no `keywords` key at all is still a
problem, and its message says how to write "none"."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, minimal_codebook_yaml
from pipeline.codebook.load import parse_codebook
from pipeline.errors import InputError

CODES = [
    ("tes_habis", "Kehabisan alat tes demam berdarah",
     "Termasuk: Puskesmas atau pustu tidak punya alat tes sehingga pasien dirujuk atau disuruh kembali. "
     "Tidak termasuk: alat tes ada tetapi petugas tidak datang.", []),
    ("fogging", "Pengasapan di lingkungan", "Petugas melakukan pengasapan di rumah dan selokan.", ["fogging", "pengasapan"]),
]


@pytest.fixture(scope="module")
def codebook():
    return parse_codebook(minimal_codebook_yaml(CODES, "DBD (test)"), source="test.yaml")


def test_a_code_with_an_empty_keyword_list_loads(codebook):
    assert [code.keywords for code in codebook.codes] == [(), ("fogging", "pengasapan")]


def test_a_code_without_keywords_is_found_from_its_description(codebook):
    said = "Minggu lalu alat tes di pustu kosong, jadi pasien disuruh kembali besok ke Puskesmas."
    assert codes_of_paragraph(codebook, said) == {"tes_habis"}
    assert codes_of_paragraph(codebook, "Kami makan ikan bakar di pantai sore itu.") == set()


def test_a_missing_keywords_key_is_still_a_problem_that_says_how_to_write_none():
    written = minimal_codebook_yaml(CODES, "DBD (test)").replace("      keywords: []\n", "", 1)
    assert "keywords: []" not in written.split("fogging")[0]
    with pytest.raises(InputError, match=r"keywords: \[\]' for a code found from its label"):
        parse_codebook(written, source="test.yaml")
