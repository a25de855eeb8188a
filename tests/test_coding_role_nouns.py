"""A keyword that shares its root with a role noun ("merawat" and *perawat*, "bertugas" and
*petugas*) does not find the worker: the nurse is not the family's care. The verb's own forms
still count ("dirawat", "merawatnya")."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook

CARE = one_code_codebook(
    "rawat_keluarga", "Keluarga merawat pasien stroke",
    "Relatives look after the stroke patient at home: feeding, bathing, turning him in bed.",
    ["merawat", "menyuapi"], name="Stroke di rumah (test)")


@pytest.mark.parametrize("paragraph, coded", [
    ("Perawat puskesmas datang ke balai desa setiap hari Senin pagi.", False),
    ("Dua perawat baru ditempatkan di pustu kepulauan sejak bulan Maret.", False),
    ("Anak perempuannya merawat ayahnya sejak serangan stroke tahun lalu.", True),
    ("Sejak pulang dari rumah sakit, Opa dirawat istrinya di kamar depan.", True),
])
def test_a_role_noun_is_not_its_roots_verb(paragraph, coded):
    assert codes_of_paragraph(CARE, paragraph) == ({"rawat_keluarga"} if coded else set())
