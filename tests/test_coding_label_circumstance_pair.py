"""Two words of a label's prepositional phrase found apart are one piece of evidence: "dari dinas
sosial dan kelurahan" says who gives the code's help, so a paragraph naming the office and the
ward is not the help itself (specificity.label_chunks, `QUALIFIER`)."""

from pipeline.coding.specificity import QUALIFIER, label_chunks
from tests.helpers import codes_of_paragraph, one_code_codebook


def _food_parcels():
    return one_code_codebook("paket_pangan", "Pembagian paket pangan dari dinas sosial dan kelurahan",
                             "Households with a malnourished child receive food parcels.",
                             ["paket sembako", "beras bantuan"], name="Studi gizi kota")


def test_words_of_the_labels_prepositional_phrase_share_one_sense():
    senses = dict(label_chunks("Pembagian paket pangan dari dinas sosial dan kelurahan",
                               ["pembagian", "paket", "pangan", "dinas", "sosial", "kelurahan"]))
    assert QUALIFIER in senses["dinas"] and QUALIFIER in senses["kelurahan"]
    assert QUALIFIER not in senses["pembagian"] and QUALIFIER not in senses["pangan"]


def test_the_labels_who_alone_is_no_evidence():
    codebook = _food_parcels()
    text = "Kantor dinas pendidikan dan kantor kelurahan kini buka sampai pukul empat sore."
    assert codes_of_paragraph(codebook, text) == set()


def test_the_labels_act_with_who_still_counts():
    codebook = _food_parcels()
    text = "Kelurahan melakukan pembagian pangan kepada dua puluh keluarga setiap bulan."
    assert codes_of_paragraph(codebook, text) == {"paket_pangan"}
