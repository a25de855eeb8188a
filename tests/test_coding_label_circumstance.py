"""A label's clause of time names when the code happens, not what it is: "Imunisasi segera
sesudah lahir" is not found by "lahir" alone, as a report of how many were born is not a
vaccination at birth (specificity.py, `qualifies`)."""

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



def _married_off():
    return one_code_codebook("dijodohkan", "Dijodohkan karena utang",
                             "A girl is married off by her family to pay off a debt.",
                             ["dijodohkan", "kawin paksa"], name="Studi perkawinan remaja")


def test_a_word_of_the_labels_clause_of_cause_alone_is_no_evidence():
    # "karena utang" says why the girl is married off: a debt alone is no match
    codebook = _married_off()
    assert codes_of_paragraph(codebook, "Kita pe utang di warung so banyak, jadi kita malas pigi.",
                              interview=True) == set()
    assert codes_of_paragraph(codebook, "Utang koperasi baru lunas bulan lalu.", interview=True) == set()


def test_the_code_of_a_clause_of_cause_is_still_found_by_its_keywords():
    codebook = _married_off()
    assert codes_of_paragraph(codebook, "Dia dijodohkan bapaknya waktu masih kelas dua SMP.",
                              interview=True) == {"dijodohkan"}
