"""Round 22's new-user trial (a TB contact-screening study of fishermen's families): what the
researcher tripped over in the outputs, each fixed with its test."""

from __future__ import annotations

from pipeline.aggregate.saturation import saturation_point, saturation_table
from tests.test_saturation import BASE, batch


def test_coreq_saturation_sentence_says_why_not_reached_in_the_reports_language() -> None:
    """COREQ item 22 of an Indonesian run read "belum tercapai (7 wawancara; every run of 2 added
    more than 5% new codes)": the reason was English in every language."""
    segments, codings = batch(BASE + [["K21", "K22"], ["K23"]])
    result = saturation_point(saturation_table(segments, codings))
    assert not result.reached
    said = result.describe("id")
    assert "setiap rangkaian 2 wawancara menambah lebih dari 5% kode baru" in said
    assert "every run" not in said
    assert "every run of 2 added more than 5% new codes" in result.describe("en")


def test_too_few_interviews_reason_in_indonesian() -> None:
    segments, codings = batch(BASE[:3] + [["K01"]])
    said = saturation_point(saturation_table(segments, codings)).describe("id")
    assert "basis 4 dan rangkaian 2 wawancara memerlukan sedikitnya 6 wawancara" in said
