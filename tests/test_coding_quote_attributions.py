"""A printed quote's attribution after its closing quotation mark ("(Informan 3, guru)") is who
speaks, not what the quote says (pipeline/coding/quote_attributions.py). Sentences written for
this test."""

from __future__ import annotations

import pandas as pd

from pipeline.coding.quote_attributions import without_attributions
from pipeline.schema import QUOTATION


def _segments(texts: list[str], quoted: bool = True) -> pd.DataFrame:
    return pd.DataFrame({"document": ["q.md"] * len(texts), "text": texts, "translation": texts,
                         QUOTATION: [quoted] * len(texts)})


def test_the_attribution_after_the_closing_mark_is_blank_space_of_its_length():
    text = '"Anak-anak sudah cuci tangan sebelum makan." (Informan 3, guru UKS)'
    seen = without_attributions(_segments([text]))
    assert seen["text"][0].strip() == '"Anak-anak sudah cuci tangan sebelum makan."'
    assert len(seen["text"][0]) == len(text)
    assert "guru" not in seen["translation"][0]


def test_a_bracket_inside_the_quote_and_an_interview_s_text_stay():
    inside = '"Dia [kepala sekolah] yang beli sabun." (Informan 4)'
    assert "[kepala sekolah]" in without_attributions(_segments([inside]))["text"][0]
    turn = '"Sabun habis," kata dia (guru kelas dua).'
    assert without_attributions(_segments([turn], quoted=False))["text"][0] == turn
