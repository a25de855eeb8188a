"""A printed quote that opens by sorting people ("Ada yang ..., ada yang ...") answers how people
took what the unprinted question named: its words are the reactions, so it is not guessed
(coding/quotation_guess.py)."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.quotation_guess import guessed_codes, sorts_people

BOOK = parse_codebook("""
name: Kelambu (test)
themes:
  - {id: t, label: Malaria, categories: [{id: c, label: Rumah, codes: [
      {id: kelambu, label: Tidur memakai kelambu, keywords: [kelambu], definition: 'Keluarga tidur di bawah kelambu.'},
      {id: semprot, label: Penyemprotan rumah, keywords: [semprot], definition: 'Petugas menyemprot dinding dapur.'}]}]}
""")


def test_a_quote_sorting_people_is_not_guessed():
    quote = "Ada yang senyum, ada yang cemberut. Satu mama bilang dia pe dapur so bersih."
    assert guessed_codes(BOOK, [(quote,)]) == [None]
    # the same words without the sorting opening place it
    assert guessed_codes(BOOK, [("Satu mama bilang dia pe dapur so bersih.",)])[0][0] == "semprot"


def test_the_sorting_may_span_two_sentences_and_take_juga():
    assert sorts_people("Ada yang tertawa, bilang 'itu cuma nyamuk'. Ada juga yang pulang ke dapur.")
    assert sorts_people("Ada yang mau, ada le yang nyanda.")


def test_one_group_of_people_is_no_sorting():
    assert not sorts_people("Ada yang bilang dinding dapur so basah.")
    assert not sorts_people("Kalau ada yang demam, ada yang antar ke Puskesmas.")


# "di samping X" says where: "samping" there is no side effect
SIDE = parse_codebook("""
name: Obat (test)
themes:
  - {id: t, label: Obat, categories: [{id: c, label: Minum obat, codes: [
      {id: efek, label: Takut efek samping, keywords: [efek samping], definition: 'Pasien takut efek samping obat.'},
      {id: kali, label: Buang sampah di pinggir kali, keywords: [sampah], definition: 'Warga buang sampah di sungai.'}]}]}
""")


def test_a_position_after_a_locative_is_no_word_of_a_compound():
    assert guessed_codes(SIDE, [("Kita simpan tu kaleng di samping lemari.",)]) == [None]
    assert guessed_codes(SIDE, [("Kita simpan tu kaleng, sampingnya so rusak.",)])[0][0] == "efek"


def test_a_position_a_code_itself_says_counts_for_it():
    assert guessed_codes(SIDE, [("Tiap sore dorang bakar di pinggir, dekat pohon mangga.",)])[0][0] == "kali"


def test_a_denied_second_group_is_no_sorting():
    # "tidak ada yang" / "nyanda ada yang" says nobody does: one group, not two
    assert not sorts_people("Ada yang bilang obatnya mahal, padahal tidak ada yang bayar.")
    assert not sorts_people("Ada yang pigi ke dokter, mar nyanda ada yang dapa obat.")
    assert sorts_people("Ada yang takut, tapi ada yang tidak takut sama sekali.")
