"""A related-word group holds one sense: a word of a code reaches the words that mean what it
means there, not those of another sense that share its group ("jam" an hour is not "kalender";
"gereja" a church is not "haram")."""

from pipeline.coding.codebook_words import related_terms
from tests.helpers import codes_of_paragraph, one_code_codebook


def _church_code():
    return one_code_codebook("dukungan_gereja", "Dukungan gereja bagi ibu menyusui",
                             "Church leaders and the congregation encourage mothers to breastfeed.",
                             ["pendeta", "khotbah"])


def test_a_church_reaches_its_leaders_not_religious_rulings():
    codebook = _church_code()
    _, reached = related_terms(codebook)["dukungan_gereja"]
    assert "pastor" in reached
    assert not {"haram", "halal", "MUI", "fatwa"} & set(reached)


def test_a_ruling_on_food_is_not_the_church_supporting_mothers():
    codebook = _church_code()
    text = "Ibu-ibu di kampung bilang susu formula itu haram, jadi bayi cukup diberi ASI saja."
    assert codes_of_paragraph(codebook, text) == set()
    assert codes_of_paragraph(codebook, "Pendeta mengajak jemaat mendukung ibu menyusui.") == {"dukungan_gereja"}


def test_an_hour_is_not_a_schedule():
    codebook = one_code_codebook("minum_tepat_waktu", "Minum obat tepat waktu",
                                 "The patient takes the tablets at the same hour every day.", ["alarm"])
    _, reached = related_terms(codebook)["minum_tepat_waktu"]
    assert "jam" in reached
    assert not {"kalender", "jadwal", "bulan depan"} & set(reached)
