"""A derived keyword finds its affixed relatives, but a ke-...-an noun (a state) and a
pe(N)-...-an noun (an act) of one root are two words: "keturunan" (descent) is not
"penurunan" (a decrease), "keamanan" (safety) is not "pengamanan" (guarding)."""

from pipeline.coding.specificity import other_nominal
from tests.helpers import codes_of_paragraph, one_code_codebook


def test_the_other_kind_of_an_noun_is_not_a_relative():
    assert other_nominal("keturunan", "penurunan")
    assert other_nominal("pengamanan", "Keamanannya")
    assert not other_nominal("keturunan", "keturunannya")
    assert not other_nominal("pendataan", "mendata")


def test_a_decrease_is_not_heredity():
    codebook = one_code_codebook("faktor_bawaan", "Tubuh kecil dianggap bawaan",
                                 "Parents believe a small child is simply built that way.", ["keturunan", "genetik"])
    assert codes_of_paragraph(codebook, "Program ini menargetkan penurunan angka balita kurus di tiga desa.") == set()
    assert codes_of_paragraph(codebook, "Kata mertua, badan kecil itu keturunan dari bapaknya.") == {"faktor_bawaan"}
