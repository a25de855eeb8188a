"""*pukul* before an hour tells a time (coding/clock_times.py): no evidence for a code about
hitting, while the verb keeps coding."""

from __future__ import annotations

import pytest

from test_coding_minimal import coded

VIOLENCE = """
name: Kekerasan (test)
themes:
  - id: rumah
    label: Rumah tangga
    categories:
      - id: kategori_kekerasan
        label: Kekerasan
        codes:
          - id: kekerasan
            label: Kekerasan dalam rumah tangga
            definition: Suami atau ayah memukul istri atau anak.
            keywords: [pukul, "tampar"]
"""


def _coded(text: str, role: str) -> set[str]:
    return set(coded(VIOLENCE, (role, text))["code_id"])


@pytest.mark.parametrize("role", ["doc", "T1"])
@pytest.mark.parametrize("text", [
    "Pertemuan kelompok tani di balai desa selesai pukul 21.30 WITA.",
    "Mereka biasa berkumpul di pangkalan ojek sampai pukul sebelas malam.",
    "Perahu berangkat pukul 5 pagi dari dermaga.",
])
def test_pukul_before_an_hour_tells_a_time(text, role):
    assert _coded(text, role) == set()


@pytest.mark.parametrize("text", [
    "Kalau pulang mabuk, dia pukul istrinya di depan anak-anak.",
    "Anak sulungnya sering dipukul dengan ikat pinggang.",
    # an hour elsewhere in the sentence leaves the verb evidence
    "Pukul 10 malam dia pulang, lalu memukul istrinya.",
])
def test_the_verb_still_codes(text):
    assert _coded(text, "doc") == {"kekerasan"}


@pytest.mark.parametrize("text", [
    "Waktu ribut di pasar itu dia pukul dua orang pakai kayu.",
    "Bapaknya pukul tiga kali di punggung.",
])
def test_a_number_counting_whom_or_how_often_is_no_hour(text):
    """A number followed by what it counts (people, times) is the verb's object, not o'clock."""
    assert _coded(text, "T1") == {"kekerasan"}
