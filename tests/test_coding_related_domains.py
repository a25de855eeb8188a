"""Related words on a new topic (pipeline/coding/data/related_words.tsv, general vocabulary of
Indonesian public-health studies: food and feeding, growth, pregnancy, water and sanitation,
work, smoking, infectious disease ...): a minimal codebook on child feeding, written for this
test, finds a paraphrase that uses none of its own words, and one related word alone, or two
of one sense, is still no code."""

from __future__ import annotations

import pytest

from pipeline.coding.keyword_rule import RELATED_CONFIDENCE
from pipeline.coding.related import related_words
from tests.test_coding_related import coded

CODEBOOK = """
name: Pemberian makan anak (test)
themes:
  - id: rumah
    label: Di rumah
    categories:
      - id: makan
        label: Makanan anak
        codes:
          - id: jajan
            label: Jajanan anak
            definition: The child eats snacks bought at the kiosk instead of a meal.
            keywords: [jajan, ciki]
          - id: formula
            label: Susu formula
            definition: The baby is given formula milk from a bottle.
            keywords: [susu formula]
      - id: asap
        label: Asap rokok
        codes:
          - id: rokok
            label: Merokok dekat anak
            definition: A family member smokes inside the house near the child.
            keywords: [merokok]
"""


@pytest.mark.parametrize(("text", "code"), [
    ("Tiap hari dia beli biskuit di kios.", "jajan"),     # biskuit: a snack; kios: where it is bought
    ("Anaknya minum SGM dari botol.", "formula"),          # SGM: a formula milk; botol: the definition's bottle
])
def test_a_paraphrase_without_the_codes_words_is_coded_through_the_groups(text, code):
    found = coded(text, CODEBOOK)
    assert found["code_id"].tolist() == [code]
    assert found["confidence"].iloc[0] == RELATED_CONFIDENCE
    assert found["evidence"].iloc[0].endswith("(related)")


@pytest.mark.parametrize("text", [
    "Dia suka biskuit.",                 # one related word alone
    "Biskuit dan indomie dia suka.",     # two snacks: one sense
    "Bapaknya isap kretek.",             # two words for smoking: one sense
    "Anaknya minum SGM.",                # one related word alone
])
def test_one_related_word_or_one_sense_is_no_code(text):
    assert coded(text, CODEBOOK).empty


def test_the_new_groups_keep_their_senses_apart():
    """Groups are senses, not topics: formula is not breastfeeding, a snack not a staple."""
    table = related_words()
    assert "susu formula" in table.related("susu kaleng") and "ASI" not in table.related("susu kaleng")
    assert "indomie" in table.related("biskuit") and "nasi" not in table.related("biskuit")
    assert "kurus" in table.related("gizi buruk") and "gemuk" not in table.related("gizi buruk")
    assert "jamban" in table.related("WC") and "sumur" not in table.related("WC")
