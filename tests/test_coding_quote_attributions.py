"""A printed quote's attribution after its closing quotation mark ("(Informan 3, guru)") is who
speaks, not what the quote says (pipeline/coding/quote_attributions.py). Sentences written for
this test."""

from __future__ import annotations

import pandas as pd

from pipeline.coding.transcriber_notes import coder_view
from pipeline.schema import QUOTATION


def _segments(texts: list[str], quoted: bool = True) -> pd.DataFrame:
    return pd.DataFrame({"document": ["q.md"] * len(texts), "text": texts, "translation": texts,
                         QUOTATION: [quoted] * len(texts)})


def test_the_attribution_after_the_closing_mark_is_blank_space_of_its_length():
    text = '"Anak-anak sudah cuci tangan sebelum makan." (Informan 3, guru UKS)'
    seen = coder_view(_segments([text]), frozenset())
    assert seen["text"][0].strip() == '"Anak-anak sudah cuci tangan sebelum makan."'
    assert len(seen["text"][0]) == len(text)
    assert "guru" not in seen["translation"][0]


def test_a_bracket_inside_the_quote_and_a_document_s_stay():
    inside = '"Dia [kepala sekolah] yang beli sabun." (Informan 4)'
    assert "[kepala sekolah]" in coder_view(_segments([inside]), frozenset())["text"][0]
    paragraph = '"Sabun habis," kata Kepala Sekolah (SD Inpres 2).'   # a document's brackets are its author's
    assert coder_view(_segments([paragraph], quoted=False), frozenset({"q.md"}))["text"][0] == paragraph


def test_the_speaker_printed_after_the_author_s_translation_is_blank_space_too():
    text = '"Torang so cuci tangan." (Kami sudah cuci tangan.) (Informan 7, nelayan, 40 tahun)'
    seen = coder_view(_segments([text]), frozenset())["text"][0]
    assert seen.strip() == '"Torang so cuci tangan."' and len(seen) == len(text)
    # a bracket after the quote's own words, inside its marks, is not the speaker
    inside = '"Torang so cuci tangan (deng sabun) tiap pagi." (Informan 7)'
    assert "(deng sabun)" in coder_view(_segments([inside]), frozenset())["text"][0]
