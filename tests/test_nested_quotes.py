"""A quote that holds quoted speech (a news paragraph: "...," ujarnya) prints its inner marks as single
ones inside the appendix's double marks (round 19 trial: “"Kami datang ...," ujarnya.” in the report)."""

from __future__ import annotations

from pipeline.aggregate.quotations import quote_line


def test_inner_double_quotes_become_single_ones():
    row = {"text": '"Kami buka pos di pasar ikan setiap Sabtu," kata petugas itu.', "informant": "D2"}
    assert quote_line(row) == "\u201c\u2018Kami buka pos di pasar ikan setiap Sabtu,\u2019 kata petugas itu.\u201d (D2)"
    row = {"text": "Dia bilang \u201cnanti saja\u201d, jadi kami pulang.", "informant": "K4"}
    assert quote_line(row) == "\u201cDia bilang \u2018nanti saja\u2019, jadi kami pulang.\u201d (K4)"


def test_a_quote_without_inner_marks_is_unchanged():
    row = {"text": "Kami pulang jam dua (siang).", "informant": "K4"}
    assert quote_line(row) == "\u201cKami pulang jam dua (siang).\u201d (K4)"


def test_inner_quotes_after_a_dash_open_as_single_marks():
    row = {"text": 'Kata kader\u2014"nanti saja"\u2014lalu pulang.', "informant": "K4"}
    assert quote_line(row) == "\u201cKata kader\u2014\u2018nanti saja\u2019\u2014lalu pulang.\u201d (K4)"
