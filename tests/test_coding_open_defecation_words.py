"""Open defecation said without the programme's words ("buang hajat di kebun", "berak di pinggir
sungai") is reached through the related-word group of BAB sembarangan together with the place
the definition names; the place alone is no evidence."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook

OPEN = one_code_codebook(
    "babs", "Kebiasaan BAB sembarangan",
    "People defecating in the open: in a river, on a beach, in a field or garden.",
    ["BAB sembarangan", "buang air besar di sungai"], name="Studi sanitasi (test)")


@pytest.mark.parametrize("paragraph, coded", [
    ("Di dusun atas banyak orang tua masih buang hajat di kebun belakang rumah.", True),
    ("Anak-anak kecil biasa berak di pinggir sungai saat air surut.", True),
    ("Sungai di desa ini dipakai warga untuk mencuci pakaian dan memandikan ternak.", False),
])
def test_open_defecation_in_other_words(paragraph, coded):
    assert codes_of_paragraph(OPEN, paragraph) == ({"babs"} if coded else set())
