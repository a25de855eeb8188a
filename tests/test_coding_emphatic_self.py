"""*sendiri* stressing who, or closing a preposition's object, says no one is alone
(pipeline/coding/emphatic_self.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import minimal_codebook_yaml
from tests.test_coding_felt_states import _codes as codes_in

CODEBOOK = minimal_codebook_yaml([
    ("sendiri", "Bidan bekerja sendirian", "Bidan melayani tanpa teman, juga malam hari.", ["sendiri", "jaga malam"]),
    ("jarak", "Jarak ke puskesmas", "Puskesmas jauh dari kampung dan ongkos ojek mahal.", ["jauh", "ongkos"])])


def _codes(*turns: tuple[str, str]) -> set[str]:
    return codes_in(CODEBOOK, *turns)


@pytest.mark.parametrize("answer", [
    "Dia sendiri yang bilang ke kepala desa, bukan saya.",
    "Kami sendiri tidak pernah minta bayaran.",
    "Ibu sendiri tinggal di desa mana?",
    "Kami hanya bercerita dengan kami sendiri kalau kapal tidak datang.",
    "Bapak camat minta formasi untuk anak kampung sendiri.",
])
def test_the_emphatic_or_owning_sendiri_is_no_one_alone(answer):
    assert "sendiri" not in _codes(("P", "Bagaimana di sini?"), ("A", answer))


@pytest.mark.parametrize("answer", [
    "Saya sendiri di Pustu, dokter datang sebulan sekali.",
    "Malam-malam saya sendiri, tidak ada perawat lain.",
    "Bidan itu melayani sendiri dua desa.",
])
def test_sendiri_of_a_person_alone_stays_evidence(answer):
    assert "sendiri" in _codes(("P", "Bagaimana di sini?"), ("A", answer))
