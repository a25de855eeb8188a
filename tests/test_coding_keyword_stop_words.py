"""A keyword of one content word and a word spaCy lists as a stop word ("perawat datang":
*datang*, *ikut*, *jauh* are on its list) keeps both words when read in any order: "perawat
itu datang ke rumah" is the keyword; a keyword of stop words only ("nanti saja") is read as
written, never as its words apart (keywords._keyword_words). Sentences written for these tests."""

from tests.helpers import codes_of_paragraph, one_code_codebook


def _home_visit():
    return one_code_codebook("kunjungan", "Pemeriksaan oleh petugas",
                             "A health worker checks the older person.",
                             ["perawat datang", "nanti saja"], name="Studi lansia")


def test_a_stop_word_beside_the_one_content_word_is_the_keywords_own():
    codebook = _home_visit()
    assert codes_of_paragraph(codebook, "Perawat itu datang dua kali bulan lalu, bawa tensi.",
                              interview=True) == {"kunjungan"}


def test_a_keyword_of_stop_words_only_is_not_read_word_by_word():
    codebook = _home_visit()
    assert codes_of_paragraph(codebook, "Saya tunggu saja di sini, nanti anak saya yang jemput.",
                              interview=True) == set()
