"""A worker's noun in one label ("... oleh perawat") and the act of its root in another
("Perawatan ... oleh anak") are no topic the two labels share: "merawat" keeps naming the care,
not the study (codebook_words._label_lemmas)."""

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import topic_lemmas
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODES = [
    ("rawat_anak", "Perawatan harian oleh anak",
     "A son or daughter looks after a frail parent at home every day.", ["merawat", "memandikan", "menyuapi"]),
    ("kunjungan_perawat", "Kunjungan rumah oleh perawat",
     "A nurse from the health centre visits an older person at home.", ["kunjungan rumah", "home care"]),
]


def _codebook():
    return parse_codebook(minimal_codebook_yaml(CODES, name="Studi orang tua renta"), source="test.yaml")


def test_a_role_noun_shares_no_topic_with_its_roots_act():
    assert "rawat" not in topic_lemmas(_codebook())


def test_the_act_keyword_codes_alone():
    text = "Di Kelurahan Teling, seorang putri merawat ayahnya yang lumpuh sejak tiga tahun lalu."
    assert codes_of_paragraph(_codebook(), text) == {"rawat_anak"}
