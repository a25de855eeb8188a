""""Penyuluh" (an extension worker) is a role, as "perawat" is: the counsellor is not the
counselling, so a keyword "penyuluhan" does not find "penyuluh agama" (specificity.ROLE)."""

from tests.helpers import codes_of_paragraph, one_code_codebook


def _counselling():
    return one_code_codebook("penyuluhan_gizi", "Penyuluhan gizi ibu balita",
                             "Health staff teach mothers about feeding their toddlers.",
                             ["penyuluhan", "konseling gizi"], name="Studi gizi pesisir")


def test_the_worker_named_is_not_the_counselling():
    text = "Penyuluh pertanian dari kecamatan hadir dalam rapat kelompok tani di balai desa."
    assert codes_of_paragraph(_counselling(), text) == set()


def test_the_counselling_still_counts():
    text = "Setiap Kamis bidan memberi penyuluhan tentang makanan balita di pos kesehatan desa."
    assert codes_of_paragraph(_counselling(), text) == {"penyuluhan_gizi"}
