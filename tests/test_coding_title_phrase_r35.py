"""The study's subject as its title writes it (definition_senses.title_senses): a code's definition
that uses the title's phrase ("tenaga kesehatan" in a study of health workers) gets no evidence
from that phrase alone, which every paragraph about the study says; the code's own words still
find it."""

from __future__ import annotations

import pytest
from helpers import minimal_codebook_yaml
from test_coding_minimal import coded

from pipeline.coding.definition_senses import title_senses

NAME = "Kampung (test)"


def codebook(title: str) -> str:
    """A village study's codebook whose placement code's definition uses the phrase `title` may hold."""
    yaml = minimal_codebook_yaml([
        ("usul", "Usulan penempatan dari kampung",
         "Kepala kampung meminta kabupaten menempatkan tenaga kesehatan yang tinggal tetap.", ["musrenbang"]),
        ("honor", "Honor terlambat", "Honor petugas dibayar berbulan-bulan setelah jatuh tempo.", [])], NAME)
    return yaml.replace(f"name: {NAME}", f"name: {NAME}\ntitle: {title}") if title else yaml


def codes(title: str, paragraph: str) -> set[str]:
    return set(coded(codebook(title), ("doc", paragraph)).code_id)


def test_the_titles_phrase_is_no_pair_of_a_definition():
    paragraph = "Dinas mendata tenaga kesehatan di setiap Puskesmas pada awal tahun."
    assert "usul" not in codes("Tenaga kesehatan di kampung terpencil", paragraph)
    # without the title, the phrase's two words are two of the definition's words
    assert "usul" in codes("", paragraph)


def test_the_codes_own_words_still_find_it_under_such_a_title():
    paragraph = "Kepala kampung meminta kabupaten menempatkan dua perawat di kampung."
    assert "usul" in codes("Tenaga kesehatan di kampung terpencil", paragraph)


@pytest.mark.parametrize("terms, expected", [
    (("tenaga", "kesehatan", "usul"), {"tenaga", "kesehatan"}),
    # words the title writes apart, or one word of it, share nothing
    (("tenaga", "terpencil"), set()),
    (("kesehatan",), set()),
])
def test_which_words_the_title_writes_together(terms, expected):
    assert set(title_senses("Tenaga kesehatan di kampung terpencil", terms)) == expected
