"""A sum paid for a ride (a vehicle, a charter, there and back in its sentence) is a fare: where the
codebook gives travel a code of its own, no occurrence of a treatment cost code's *biaya*
(amounts.fareless_terms). A sum after which a
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


def test_a_fare_is_no_treatment_cost():
    assert "biaya" not in _codes("Kami sewa perahu ke Puskesmas, tiga ratus ribu.")
    assert "biaya" not in _codes("Dari kampung naik ojek pulang pergi enam puluh ribu.")


def test_a_price_is_no_fare():
    assert "jarak" not in _codes("Salep untuk luka itu empat puluh ribu satu tube.")
    assert "jarak" not in _codes("Satu tube salep empat puluh ribu, karena dibawa dengan kapal.")

