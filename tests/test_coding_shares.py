"""Two weak words of a minimal code meeting in a document sentence that reports a share ("82 persen
ibu balita di kabupaten itu ...") are statistics, which the documents convention does not count
(shares.reports_a_share); the same words telling what was done still count."""

from pipeline.coding.shares import reports_a_share
from tests.helpers import codes_of_paragraph, one_code_codebook


def _cooking_class():
    return one_code_codebook("kelas_gizi", "Kelas gizi bagi ibu balita",
                             "The district or the village health post teaches mothers of toddlers how to cook "
                             "nutritious food for their children.",
                             ["kelas gizi", "demo masak"], name="Studi gizi desa")


def test_a_weak_pair_in_a_sentence_giving_a_share_is_statistics():
    codebook = _cooking_class()
    for text in ("Anggaran makanan tambahan bagi balita dari APBD kabupaten tahun ini naik 35 persen dibanding "
                 "tahun lalu.",
                 "Sebanyak 82 persen ibu balita di kabupaten itu sudah memasak sayur untuk anaknya setiap hari.",
                 "Di kabupaten itu, 64% balita makan ikan setidaknya tiga kali seminggu menurut survei desa."):
        assert codes_of_paragraph(codebook, text) == set(), text


def test_the_act_told_without_a_share_still_counts():
    codebook = _cooking_class()
    assert codes_of_paragraph(codebook, "Ibu balita di desa itu diajari memasak bubur ikan oleh bidan setiap bulan.") \
        == {"kelas_gizi"}
    assert codes_of_paragraph(codebook, "Posyandu desa mengajak ibu balita memasak bubur ikan dan sayur bersama "
                                        "kader.") == {"kelas_gizi"}


def test_only_a_weak_pair_is_set_aside():
    assert reports_a_share("Kelas gizi diikuti 45 persen ibu.", ["ibu", "gizi"])
    assert not reports_a_share("Kelas gizi diikuti 45 persen ibu.", [])   # a keyword: not a weak pair
    assert not reports_a_share("Kelas gizi diikuti ibu balita.", ["ibu", "gizi"])


def test_every_sentence_holding_the_pair_must_give_a_share():
    joined = "Kelas gizi diikuti 45 persen ibu. Para ibu di dusun itu ikut kelas gizi bersama kader setiap bulan."
    assert not reports_a_share(joined, ["ibu", "gizi"])
    assert reports_a_share("Kelas gizi diikuti 45 persen ibu. Sebanyak 30 persen ibu hadir di kelas gizi.",
                           ["ibu", "gizi"])
