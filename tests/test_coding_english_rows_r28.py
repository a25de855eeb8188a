"""The field's general vocabulary in English definitions given its Indonesian words (round 28
section of `english_indonesian.tsv`: care and treatment, illness, money, travel, family,
feelings, work), and the rows left out because their Indonesian word's lemma or group is of
another sense. The codebook and the sentences are written for this test."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.related import in_indonesian
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: rawat_rumah
title: Perawatan pasien stroke di rumah
themes:
  - id: rumah
    label: Perawatan di rumah
    categories:
      - id: beban
        label: Beban keluarga
        codes:
          - id: menunggu_di_kota
            label: Menunggu di kota
            definition: Lodging near the hospital while the patient is treated.
            keywords: ["sewa kamar", "tidur di lorong"]
          - id: biaya
            label: Biaya berobat
            definition: What the family pays for medicine, transport and meals.
            keywords: [biaya, ongkos]
""")


@pytest.mark.parametrize("english, indonesian", [
    ("dialysis", "cuci darah"), ("thirst", "haus"), ("lodging", "kos"), ("donations", "sumbangan"),
    ("pension", "pensiun"), ("hope", "harapan"), ("sorcery", "guna-guna"), ("departures", "berangkat"),
    ("transplant", "cangkok"), ("despair", "putus asa"), ("classmates", None)])
def test_field_words_have_their_indonesian_words(english, indonesian):
    found = in_indonesian(english)
    assert indonesian in found if indonesian else found == (english,) or not found


@pytest.mark.parametrize("english, other_sense", [
    ("pressure", "paksa"),       # tekanan's group is coercion, not blood pressure
    ("result", "penghasilan"),   # hasil's lemma is income's
    ("position", "meletakkan"),  # letak is also to put down
    ("lower", "hina")])          # rendah's group is contempt
def test_no_row_brings_a_word_of_another_sense(english, other_sense):
    from pipeline.coding.related import related_words
    words = in_indonesian(english)
    assert not any(other_sense in related_words().related(word) or word == other_sense for word in words)


def test_a_translated_definition_word_beside_the_codes_own_word_in_a_document():
    paragraph = "Ibu menunggu di penginapan sampai ayah boleh pulang."
    assert "menunggu_di_kota" in codes_of_paragraph(CODEBOOK, paragraph)
