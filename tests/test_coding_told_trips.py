"""A trip told by its ride and its length is evidence of the codebook's code about travel
(pipeline/coding/told_trips.py): a ride with hours close to it, or a ride said to be necessary."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, gloss_xmm, minimal_codebook
from pipeline.coding.told_trips import told_trip_rules

CLINIC = minimal_codebook([
    ("jarak", "Jarak dan transportasi ke klinik", "The clinic is far away: the distance, the transport and its "
                                                    "fare keep patients from coming.", ["jarak jauh", "ongkos"]),
    ("antre", "Antrean panjang", "Patients wait for hours at the clinic before they are served.", ["antre"]),
], name="Klinik pulau (uji)")


@pytest.mark.parametrize("text", [
    "Dari kampung kami naik perahu tiga jam lebih sampai di pelabuhan kota.",
    "Kalau jalan putus, orang terpaksa jalan kaki dua jam ke kecamatan.",
    "Untuk kontrol dia harus naik ojek ke bawah gunung.",
])
def test_a_trip_told_by_its_ride_and_length_is_evidence_of_the_travel_code(text):
    assert codes_of_paragraph(CLINIC, text, interview=True) == {"jarak"}


def test_a_manado_trip_is_read_through_its_gloss():
    translation = gloss_xmm("Torang musti nae oto ka kota.")
    assert codes_of_paragraph(CLINIC, translation, interview=True) == {"jarak"}, translation


@pytest.mark.parametrize("text", [
    "Kliniknya dekat, jalan kaki lima menit dari rumah.",           # minutes: near, no barrier
    "Saya naik motor jam tujuh pagi, pulang sore.",                 # a clock time, no length
    "Kami tidak harus naik kapal lagi, dokter datang ke pulau.",    # a ride said to be unneeded
])
def test_a_near_or_untold_trip_is_no_evidence(text):
    assert codes_of_paragraph(CLINIC, text, interview=True) == set()


def test_only_the_travel_code_reads_trips():
    assert told_trip_rules(CLINIC.codes[0], CLINIC) and told_trip_rules(CLINIC.codes[1], CLINIC) == []
