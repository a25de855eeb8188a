"""A who-question about an act, answered by naming a relative, is the family's code
(question_reading.take_up_relative): the answer says the family does it. Not a question about
whom one lives with, not an answer naming no relative, and not a label whose *keluarga* is part
of a document's name (*kartu keluarga*). An English label names the family by its Indonesian
correspondence ("Family help ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_coding_minimal import answer_codes

CARE = """
name: Perawatan lansia (test)
themes:
  - id: rumah
    label: Di rumah
    categories:
      - id: orang
        label: Orang sekitar
        codes:
          - id: keluarga
            label: Dukungan keluarga dalam perawatan
            definition: Relatives help the older person with daily care and medicine.
            keywords: [mengingatkan, menemani]
          - id: ongkos
            label: Ongkos ke layanan
            definition: What the trip to the clinic costs.
            keywords: [ongkos, mahal]
"""

CARD = """
name: Dokumen (test)
themes:
  - id: dokumen
    label: Dokumen
    categories:
      - id: kartu
        label: Kartu
        codes:
          - id: kk
            label: Tidak memiliki kartu keluarga
            definition: The household has no family card.
            keywords: [KK]
"""


ENGLISH = """
name: Home care (test)
themes:
  - id: home
    label: At home
    categories:
      - id: people
        label: People around
        codes:
          - id: family_help
            label: Family help with daily care
            definition: Relatives who feed, wash or sit with the older person.
            keywords: [suapi, mandikan]
          - id: fares
            label: Fares to the clinic
            definition: What the trip to the clinic costs.
            keywords: [ongkos, mahal]
"""


def test_an_english_label_names_the_family_through_its_indonesian_word():
    assert "family_help" in answer_codes(ENGLISH, "Siapa yang jaga Opa kalau malam?", "Depe cucu laki-laki, dia tidor di kursi.")


@pytest.mark.parametrize("question, answer", [
    ("Siapa yang ambil obat Opa tiap bulan?", "Depe ipar laki-laki, dia pake oto sewa."),
    ("Siapa yang suapi Oma kalau siang?", "Anak perempuan yang paling bungsu, dia tinggal di sebelah."),
])
def test_a_relative_named_for_an_act_is_the_family(question, answer):
    assert "keluarga" in answer_codes(CARE, question, answer)


@pytest.mark.parametrize("codebook, question, answer", [
    (CARE, "Opa tinggal dengan siapa sekarang?", "Dengan cucu dan menantu."),   # a household
    (CARE, "Siapa yang ambil obat Opa tiap bulan?", "Saya sendiri, naik ojek."),   # no relative
    (CARD, "Siapa yang urus surat-surat di rumah?", "Suami saya, dia yang pegang map."),   # a document's name
])
def test_no_family_code_for_a_household_no_relative_or_a_card(codebook, question, answer):
    assert answer_codes(codebook, question, answer) == set()
