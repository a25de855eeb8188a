"""A printed quote naming a price or money lacking says *biaya* in the quotation guess
(quotation_guess._cost_lemmas reading amounts.cost_said), though it does not write the word."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.amounts import cost_said
from pipeline.coding.quotation_guess import guessed_codes

BOOK = parse_codebook("""
name: Kacamata (test)
themes:
  - {id: t, label: Layanan mata, categories: [{id: c, label: Hambatan, codes: [
      {id: ongkos, label: Biaya kacamata dan perjalanan, keywords: [kacamata], definition: 'Biaya membeli lensa atau naik kapal ke kota.'},
      {id: lupa, label: Lupa jadwal kontrol, keywords: [lupa], definition: 'Pasien tidak datang karena sibuk di pasar.'}]}]}
""")


def test_a_price_places_a_quote_under_the_cost_code():
    guess = guessed_codes(BOOK, [("Dari pasar ke klinik mata tiga ratus ribu pulang pergi.",)])[0]
    assert guess is not None and guess[0] == "ongkos"
    assert "tiga ratus ribu [biaya]" in guess[1]


def test_money_lacking_says_cost_too():
    guess = guessed_codes(BOOK, [("Torang mo pigi ka pasar, mar doi dari mana?",)])[0]
    assert guess is not None and guess[0] == "ongkos"


def test_a_count_of_people_in_thousands_is_no_price():
    assert cost_said("Di kecamatan ini ada tiga ribu jiwa.") == ""
    guess = guessed_codes(BOOK, [("Di pasar ada tiga ribu jiwa.",)])[0]
    assert guess is None or guess[0] == "lupa"
