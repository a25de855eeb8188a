"""A plan's budget section (coding/budget_section.py): the lines under "E. Anggaran" name the
activities they pay for, but a plan's costs are its administration, not a measure; money named
elsewhere, and the paragraphs after the section, are coded as before."""

from __future__ import annotations

import pytest

from pipeline.coding.budget_section import in_budget_sections
from test_coding_minimal import MINIMAL, coded


def _codes_by_text(*paragraphs: str) -> dict[str, set[str]]:
    found = coded(MINIMAL, *(("doc", text) for text in paragraphs))
    by_segment = found.groupby("segment_id")["code_id"].apply(set).to_dict()
    return {text: by_segment.get(f"s{i}", set()) for i, text in enumerate(paragraphs)}


def test_a_plans_budget_lines_carry_no_code():
    lines = ["Uang transport kunjungan rumah oleh kader Rp 40.000 per kunjungan, untuk 60 kunjungan.",
             "Cetak leaflet tentang KIPI dan takut imunisasi Rp 1.200.000."]
    codes = _codes_by_text("3. Kader melakukan kunjungan rumah bagi balita yang belum lengkap imunisasinya.",
                           "D. Anggaran", *lines, "E. Penutup",
                           "Kader juga melakukan kunjungan rumah setiap Sabtu bersama bidan.")
    assert all(codes[line] == set() for line in lines)
    assert "kunjungan" in codes["3. Kader melakukan kunjungan rumah bagi balita yang belum lengkap imunisasinya."]
    # the section ends at the next heading: the paragraph after it is read as before
    assert "kunjungan" in codes["Kader juga melakukan kunjungan rumah setiap Sabtu bersama bidan."]


def test_a_budget_heading_inline_opens_its_own_paragraph():
    text = "IV. Pembiayaan. Kunjungan rumah kader dibiayai dari dana desa sebesar Rp 9.000.000."
    assert _codes_by_text("2. Kunjungan rumah oleh kader setiap bulan.", text)[text] == set()


def test_money_named_outside_a_budget_section_is_still_read():
    text = "Desa menyiapkan Rp 5 juta agar kader dapat melakukan kunjungan rumah ke balita yang belum diimunisasi."
    assert "kunjungan" in _codes_by_text("Kader di desa itu aktif.", text)[text]


@pytest.mark.parametrize("texts, expected", [
    (["BAB VI. ANGGARAN", "Total kebutuhan dana Rp 2,5 miliar dari APBD.", "Tondano, 3 Maret 2027."],
     [True, True, False]),
    (["C. Rencana Anggaran Biaya", "Sewa tenda Rp 600.000.", "Honor narasumber Rp 900.000."], [True, True, True]),
    # a finding that opens with "Biaya:" has no section marker: no heading
    (["Biaya: keluarga membayar Rp 75 ribu untuk sekali periksa."], [False]),
    # nor is a paragraph about a cost that merely starts with the word
    (["Biaya periksa di klinik swasta Rp 150 ribu."], [False]),
])
def test_what_a_budget_section_holds(texts, expected):
    assert in_budget_sections(texts, ["d"] * len(texts)) == expected


def test_a_budget_section_ends_with_its_document():
    assert in_budget_sections(["E. Anggaran", "Bensin Rp 200.000."], ["a", "b"]) == [True, False]


def test_a_reports_budget_line_telling_money_spent_is_read():
    """A report's budget section tells what the money did ("telah", "sudah", "realisasi"): a finding,
    and the section ends there; a plan's cost line beside it carries no code."""
    done = "Realisasi: kunjungan rumah kader ke 60 balita telah selesai, biaya Rp 2.400.000."
    plan = "Uang transport kunjungan rumah oleh kader Rp 40.000 per kunjungan."
    codes = _codes_by_text("C. Anggaran", plan, done)
    assert codes[plan] == set()
    assert "kunjungan" in codes[done]
