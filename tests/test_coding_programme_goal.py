"""A programme's slogan, target or status names the practice it ends, not the practice done:
"Kecamatan bebas asap rokok", "deklarasi Stop BABS" (counts.names_a_goal, documents only)."""

from pipeline.coding.counts import names_a_goal
from tests.helpers import codes_of_paragraph, one_code_codebook


def _smoking():
    return one_code_codebook("merokok_remaja", "Remaja merokok",
                             "Teenagers smoke cigarettes or vape, at school or at home.",
                             ["rokok", "merokok", "vape"], name="Studi kesehatan remaja")


def test_a_slogan_or_target_names_no_practice():
    assert names_a_goal("Bupati mencanangkan Wori bebas rokok pada akhir 2027.", "rokok")
    assert names_a_goal("Spanduk bertuliskan stop rokok dipasang di gerbang sekolah.", "rokok")
    assert names_a_goal("Dua puluh kelurahan sudah mengikuti lomba kelurahan bebas rokok.", "rokok")


def test_a_price_or_the_practice_itself_is_not_a_goal():
    assert not names_a_goal("Konseling diberikan secara bebas biaya bagi pelajar.", "biaya")
    assert not names_a_goal("Guru menemukan tiga siswa merokok di belakang kantin.", "merokok")


def test_a_paragraph_naming_only_the_goal_takes_no_code():
    codebook = _smoking()
    assert codes_of_paragraph(codebook, "Bupati mencanangkan gerakan sekolah bebas rokok di lapangan kantor camat.") == set()
    assert codes_of_paragraph(codebook, "Guru menemukan tiga siswa merokok di belakang kantin.") == {"merokok_remaja"}
