"""A sum of money paid says *ongkos* (a fee, a fare) as it says *biaya* (amounts.COST_LEMMAS): a
code whose keyword is "ongkos" takes "naik ojek pulang pergi enam puluh ribu", which writes no
"ongkos". A price (of a thing, even one a ship brings) and a sum received (a wage, aid) say
no *ongkos*. The codebook (a study of eye care on small
islands) and the sentences are written for this test."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("ongkos", "Ongkos berobat mata", "Fares paid to reach the eye clinic.", ["ongkos", "sewa perahu"]),
    ("kacamata", "Memakai kacamata", "Pasien memakai kacamata yang diberikan dokter.", ["kacamata"]),
], name="Layanan mata di pulau kecil"), source="test.yaml")


@pytest.mark.parametrize("answer", [
    "Kami naik oto ke kota, satu orang tiga puluh ribu sekali jalan.",
    "Naik ojek pulang pergi enam puluh ribu.",
    "Kita beli tiket kapal seratus dua puluh ribu.",   # a ticket bought is a fare, though bought
])
def test_a_fare_says_ongkos(answer):
    assert codes_of_paragraph(CODEBOOK, answer, interview=True) == {"ongkos"}


@pytest.mark.parametrize("answer", [
    "Anak saya dapat honor lima puluh ribu dari gereja tiap bulan.",   # a sum received
    "Lensa kacamata di toko itu tiga ratus ribu sepasang.",            # a thing's price
    "Tetes mata itu empat puluh ribu satu botol, karena dibawa dengan kapal.",   # the ship only the reason
    "Kalau lewat kapal, gula pasir sudah dua puluh ribu sekilo.",      # a good measured out, a ship in its sentence
    "Perahu katinting itu dia jual dua belas juta.",                   # the vehicle sold, no ride paid
])
def test_a_price_or_a_sum_received_says_no_ongkos(answer):
    assert "ongkos" not in codes_of_paragraph(CODEBOOK, answer, interview=True)
