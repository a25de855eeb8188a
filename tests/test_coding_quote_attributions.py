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


def test_a_speaker_printed_without_a_bracket_is_blank_space_too():
    # theses print who speaks after the closing mark without a bracket, or after a stop
    for text, speaker in [('\u201cTiap Kamis kami timbang balita.\u201d Kader 2', "Kader"),
                          ('\u201cObatnya saya ambil sendiri.\u201d informan 5', "informan"),
                          ('\u201cObatnya saya ambil sendiri\u201d. (Bidan P3)', "Bidan")]:
        seen = coder_view(_segments([text]), frozenset())
        assert speaker not in seen["text"][0] and speaker not in seen["translation"][0]
        assert len(seen["text"][0]) == len(text)


def test_words_after_a_quote_that_name_no_numbered_speaker_stay():
    kept = ['\u201cTunggu.\u201d Lalu dia pulang ke rumah kader.',     # narration, no number
            '\u201cTiap Kamis kami timbang balita.\u201d Kader 2']    # not a quotation set: an interview's line
    assert coder_view(_segments(kept[:1]), frozenset())["text"][0] == kept[0]
    assert coder_view(_segments(kept[1:], quoted=False), frozenset())["text"][0] == kept[1]


def test_a_role_in_an_unbracketed_speaker_codes_nothing(tmp_path):
    from pipeline.coding.coder import code_segments
    from pipeline.coding.quote_attributions import without_closing_bracket
    from pipeline.coding.sentences import is_one_sentence
    from pipeline.ingest import read_batch
    from tests.helpers import one_code_codebook

    codebook = one_code_codebook("kader", "Peran kader posyandu", "Apa yang dikerjakan kader di posyandu.",
                                 ["kader"])
    (tmp_path / "Q1.md").write_text(
        "---\ntype: quotations\ninformant: Q1\nlanguage: ind\n---\n\n"
        "Q1: \u201cHujan terus, jalan ke kebun licin sekali.\u201d Kader 2\n\n"
        "Q1: \u201cKader yang datang catat berat badan anak.\u201d Kader 2\n", encoding="utf-8")
    batch = read_batch(tmp_path)
    coded = code_segments(batch.segments, codebook, batch.informants)
    texts = set(batch.segments.set_index("segment_id")["text"][list(coded["segment_id"])])
    assert texts == {"\u201cKader yang datang catat berat badan anak.\u201d Kader 2"}
    assert is_one_sentence(without_closing_bracket("\u201cSaya bawa ke RSJ mas.\u201d P4"))
