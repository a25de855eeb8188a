"""A label written as a whole claim (pipeline/coding/claim_labels.py): an act then what it leaves
undone is found where the act is affirmed; a claim denied of its named subject takes the keywords
that say who or where affirmed. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers import codes_of_paragraph, one_code_codebook


def _undone():
    return one_code_codebook("tidak_dipakai", "Bibit dibagikan dan tidak ditanam",
                             "Warga menerima bibit tetapi menyimpan, menjual atau membiarkannya layu.",
                             ["dijual", "layu"], name="Studi kebun gizi")


def _away():
    return one_code_codebook("tidak_hadir", "Ibu balita tidak datang ke posyandu",
                             "Ibu tidak membawa balitanya ke posyandu karena bekerja atau bepergian.",
                             ["pasar", "pabrik"], name="Studi kebun gizi")


@pytest.mark.parametrize("text, coded", [
    # the act told affirmed is the code's evidence
    ("Bibit cabai dari dinas malah dijual ke tetangga.", True),
    # its words denied are not: nothing was sold
    ("Bibit itu tidak dijual, semua sudah ditanam di pekarangan.", False),
])
def test_an_act_then_what_it_leaves_undone(text, coded):
    assert ("tidak_dipakai" in codes_of_paragraph(_undone(), text)) is coded


@pytest.mark.parametrize("text, coded", [
    # a keyword saying where the mothers are instead, told affirmed
    ("Hari Selasa banyak ibu balita kerja di pabrik udang sampai sore.", True),
    # denied, it says they were not there
    ("Ibu itu tidak ke pabrik lagi sejak tahun lalu.", False),
])
def test_a_claim_denied_of_its_subject_takes_its_keywords_affirmed(text, coded):
    assert ("tidak_hadir" in codes_of_paragraph(_away(), text)) is coded
