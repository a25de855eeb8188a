"""A label's clause of time names when the code happens, not what it is: "Imunisasi segera
sesudah lahir" is not found by "lahir" alone, as a report of how many were born is not a
vaccination at birth (keywords.py, `_qualifies`)."""

from tests.helpers import codes_of_paragraph, one_code_codebook


def _birth_dose():
    return one_code_codebook("dosis_lahir", "Imunisasi segera sesudah lahir",
                             "The newborn receives the hepatitis B vaccine within a day of birth.",
                             ["HB0", "hepatitis B"], name="Studi imunisasi bayi")


def test_a_word_after_sesudah_alone_is_no_evidence():
    codebook = _birth_dose()
    assert codes_of_paragraph(codebook, "Tahun lalu ada dua puluh tiga bayi yang lahir di desa kami.") == set()
    assert codes_of_paragraph(codebook, "Anak kedua saya lahir di rumah oma.", interview=True) == set()


def test_the_code_is_still_found_by_its_keywords():
    codebook = _birth_dose()
    assert codes_of_paragraph(codebook, "Bidan memberi HB0 pada bayi di ruang bersalin.") == {"dosis_lahir"}
