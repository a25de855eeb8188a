"""A sum paid for a ride (a vehicle, a charter, there and back before it in its sentence) is a
fare: an occurrence of a codebook's *ongkos*, not of its *biaya* (amounts.py). A sum after which a
ride is only the reason a thing costs much is the thing's price. The codebook (leprosy treatment
on small islands) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("biaya", "Biaya obat dan pemeriksaan", "Harga obat, salep dan pemeriksaan yang dibayar pasien.", ["biaya", "harga obat"]),
    ("jarak", "Jarak dan ongkos ke Puskesmas", "Jauhnya Puskesmas dan ongkos perjalanan ke sana.", ["jauh", "ongkos"]),
], name="Pengobatan kusta di pulau kecil"), source="test.yaml")


def _codes(answer: str) -> set[str]:
    return codes_of_paragraph(CODEBOOK, answer, interview=True)


def test_a_fare_is_a_travel_cost():
    codes = _codes("Kami sewa perahu ke Puskesmas, tiga ratus ribu.")
    assert "jarak" in codes and "biaya" not in codes
    codes = _codes("Dari kampung naik ojek pulang pergi enam puluh ribu.")
    assert "jarak" in codes and "biaya" not in codes


def test_a_price_is_no_fare():
    assert "jarak" not in _codes("Salep untuk luka itu empat puluh ribu satu tube.")
    assert "jarak" not in _codes("Satu tube salep empat puluh ribu, karena dibawa dengan kapal.")


def test_a_sum_for_a_ride_is_a_fare():
    assert "jarak" in _codes("Gereja kumpul dua ratus ribu untuk sewa perahu ke Puskesmas.")
