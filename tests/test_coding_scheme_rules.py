"""A scheme's rules are the service's conditions, not an act (pipeline/coding/scheme_rules.py): whom a
service is only for, who is entitled to it, the criteria to meet. Sentences written for these tests,
read with the Wori codebook as document paragraphs of a news page."""

from __future__ import annotations

import pytest

from test_coding_distinctions import HELP_REFER, coded


def news(text: str) -> set[str]:
    return coded(text, "Berita daring", language="ind")


@pytest.mark.parametrize("text", [
    "Ambulans desa yang gratis itu hanya untuk pasien yang dirujuk puskesmas ke rumah sakit.",
    "Layanan antar ke rumah sakit dengan mobil desa hanya berlaku bagi warga yang membawa surat rujukan.",
    "Artinya seluruh warga berhak diantar ambulans desa ke rumah sakit bila dirujuk puskesmas.",
])
def test_whom_a_service_is_for_is_a_rule_not_a_referral_helped(text):
    assert HELP_REFER not in news(text)


@pytest.mark.parametrize("text", [
    # the act told in its own clause beside the rule is still the act
    "Pekan lalu ambulans desa mengantar pasien rujukan ke rumah sakit; layanan itu hanya untuk warga desa.",
    # "hanya" of an act done, not of whom a service is for
    "Bidan desa hanya sempat mengantar pasien rujukan itu dengan ambulans desa sampai ke rumah sakit.",
])
def test_an_act_beside_or_with_only_is_still_coded(text):
    assert HELP_REFER in news(text)


def test_whom_a_service_was_for_on_one_day_is_what_happened():
    """A rule is not dated to a day, week or month: "minggu ini ... hanya untuk ..." tells one occasion."""
    assert HELP_REFER in news("Minggu ini ambulans desa mengantar ke rumah sakit hanya untuk pasien rujukan dari Jaga 2.")
    assert HELP_REFER not in news("Ambulans desa mengantar ke rumah sakit hanya untuk pasien rujukan.")
