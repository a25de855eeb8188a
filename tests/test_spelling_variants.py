"""A root written in a common non-standard spelling keeps its lemma under affixes ("dihimbau",
"perijinan", "beresiko"), so a keyword in either spelling matches (spelling_variants.py)."""

from pipeline.coding.lemmas import word_analyzer
from tests.helpers import codes_of_paragraph, one_code_codebook


def test_an_affixed_variant_reaches_the_standard_root():
    analyzer = word_analyzer()
    for word, root in (("dihimbau", "imbau"), ("himbauan", "imbau"), ("menghimbau", "imbau"),
                       ("perijinan", "izin"), ("beresiko", "risiko"), ("dinasehati", "nasihat")):
        assert analyzer.analyze(word)[1] == root, word
    assert analyzer.analyze("mendaftarkan")[1] == "daftar"   # standard words keep their lemma


def test_a_keyword_in_one_spelling_finds_the_other():
    codebook = one_code_codebook("imbauan_vaksin", "Imbauan ikut vaksinasi", "Officials urge parents to bring "
                                 "their children for vaccination.", ["himbauan", "ajakan vaksin"],
                                 name="Studi vaksin sekolah")
    assert codes_of_paragraph(codebook, "Camat mengimbau para orang tua membawa anaknya ke sekolah pada hari "
                                        "vaksinasi.") == {"imbauan_vaksin"}
    assert codes_of_paragraph(codebook, "Warga dihimbau datang ke balai desa membawa buku vaksin anak.") \
        == {"imbauan_vaksin"}
