"""The name of a government office ("Dinas Kesehatan", "Dinas Sosial") is who acts, not the
matter of a code whose label holds its word: "kesehatan" inside it is no evidence of "Pendidikan
kesehatan remaja" (data/fixed_compounds.tsv)."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook

TEACHING = one_code_codebook(
    "pendidikan_remaja", "Pendidikan kesehatan reproduksi remaja",
    "Health workers or teachers teach adolescents about their bodies and reproduction.",
    ["penyuluhan", "kelas remaja"], name="Studi sekolah (test)")


@pytest.mark.parametrize("paragraph, coded", [
    ("Dinas Kesehatan mencatat 120 remaja putri di kecamatan ini menikah sebelum umur 19 tahun.", False),
    ("Menurut data Dinas Sosial, remaja yang putus sekolah paling banyak tinggal di dusun pesisir.", False),
    ("Bidan memberi materi kesehatan reproduksi kepada remaja kelas sembilan setiap bulan.", True),
])
def test_an_office_name_is_not_the_codes_matter(paragraph, coded):
    assert codes_of_paragraph(TEACHING, paragraph) == ({"pendidikan_remaja"} if coded else set())
