"""Two related-word groups of round 21 (`related_words.tsv`): tying, chaining and tethering are one
sense, and so are culling, eradicating and killing off. The codebook (goats kept near a
garden) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.coding.related import related_words
from test_coding_minimal import codes_of

GOATS = """
name: Kambing (test)
title: Kambing dan kebun warga
themes:
  - id: ternak
    label: Ternak
    categories:
      - id: kebun
        label: Kebun
        codes:
          - id: kambing_diikat
            label: Kambing diikat di luar kebun
            definition: Owners tie their goats so they cannot eat the neighbours' crops.
            keywords: ["ikat kambing", "kandang kambing"]
          - id: ganti_rugi
            label: Ganti rugi tanaman
            definition: Owners pay the neighbour for crops the goats ate.
            keywords: ["ganti rugi", "bayar tanaman"]
"""


def test_the_groups_hold_their_senses():
    assert "rantai" in related_words().related("ikat")
    assert "basmi" in related_words().related("musnahkan")


def test_a_chained_animal_is_a_tied_one_in_speech():
    assert "kambing_diikat" in codes_of("Malam kambing saya rantai di belakang rumah, siang baru lepas.", GOATS)
