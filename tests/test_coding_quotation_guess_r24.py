"""How much one description word a printed quote holds says for a code (coding/quotation_guess.py):
more in the code's own label, unless it names who or where; half when the set's quotes say it often."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.quotation_guess import guessed_codes

BOOK = parse_codebook("""
name: Kasur (test)
themes:
  - {id: t, label: Kebersihan, categories: [{id: c, label: Rumah, codes: [
      {id: jemur, label: Menjemur kasur, keywords: [kasur], definition: 'Keluarga menyapu debu dari kasur.'},
      {id: halaman, label: Membersihkan halaman, keywords: [halaman], definition: 'Warga menyapu halaman dan menjemur pakaian.'}]}]}
""")


def test_a_word_of_the_codes_own_label_weighs_more():
    # "jemur" is in the first code's label and the second's definition, "sapu" in both definitions
    guess = guessed_codes(BOOK, [("Tiap Sabtu saya jemur lalu sapu.",)])[0]
    assert guess is not None and guess[0] == "jemur"


WHO = parse_codebook("""
name: Posyandu (test)
themes:
  - {id: t, label: Layanan, categories: [{id: c, label: Bayi, codes: [
      {id: antre, label: Antre di posyandu, keywords: [antre], definition: 'Ibu menunggu lama sebelum bayi ditimbang.'},
      {id: imunisasi, label: Imunisasi tepat waktu, keywords: [imunisasi], definition: 'Bayi mendapat suntikan di posyandu setiap bulan.'}]}]}
""")


def test_a_label_word_naming_where_weighs_as_any_other():
    # "posyandu" says where: in one label and the other definition it tells neither apart
    assert guessed_codes(WHO, [("Bayi saya selalu ke posyandu.",)])[0] is None


FOOT = parse_codebook("""
name: Gula darah (test)
themes:
  - {id: t, label: Diabetes, categories: [{id: c, label: Perawatan, codes: [
      {id: luka, label: Merawat luka kaki, keywords: [perban], definition: 'Kaki yang luka dibersihkan lalu diperban.'},
      {id: kuku, label: Memotong kuku, keywords: [gunting], definition: 'Kuku jari dipotong pendek oleh keluarga.'}]}]}
""")


def test_a_word_the_set_says_often_weighs_half_not_nothing():
    quote = ("Tiap malam kakinya dibersihkan, lalu dipotong.",)
    assert guessed_codes(FOOT, [quote], frozenset({"kaki"}))[0][0] == "luka"
