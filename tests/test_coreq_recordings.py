"""COREQ from a batch of recorded and typed interviews, for an international journal: the
recordings and their length come from the subtitle files' times, languages are named."""

from __future__ import annotations

import pandas as pd

from pipeline.export.coreq import coreq_markdown
from test_coreq import codebook

CODES = {"K1": "Mengurus jika ada rujukan ke rumah sakit", "K2": "Malas untuk mengurus pendaftaran"}


def answer(text: str, number: int) -> str:
    """The lines under item `number` of coreq.md."""
    return text.split(f"**{number}. ", 1)[1].split("\n**", 1)[0]


def checklist(lang: str) -> str:
    segments = pd.DataFrame([
        {"segment_id": "b1-1", "document": "B01.vtt", "informant": "B01", "speaker_role": "informant",
         "language": "xmm", "time_start": "00:00:03.000", "time_end": "00:00:09.500"},
        {"segment_id": "b1-2", "document": "B01.vtt", "informant": "B01", "speaker_role": "informant",
         "language": "xmm", "time_start": "00:41:58.000", "time_end": "00:42:03.000"},
        {"segment_id": "b2-1", "document": "B02.txt", "informant": "B02", "speaker_role": "informant",
         "language": "ind", "time_start": "", "time_end": ""},
    ])
    codings = pd.DataFrame([{"segment_id": "b2-1", "informant": "B02", "code": CODES["K1"], "code_id": "K1",
                             "source": "rule", "review": ""}])
    informants = pd.DataFrame({"informant": ["B01", "B02"], "role": ["Pasien TB", "Perawat"]})
    return coreq_markdown(segments=segments, informants=informants, codings=codings, codebook=codebook(),
                          saturation_result=None, coders=["rule-based coder (pipeline)"], software="pipeline",
                          agreement=None, lang=lang)


def test_recordings_and_their_length_come_from_the_subtitle_times() -> None:
    text = checklist("en")
    assert "1 of 2 interviews were transcribed from audio recordings" in answer(text, 19)
    assert "B01.vtt" in answer(text, 19) and "B02.txt" not in answer(text, 19)
    assert "B01.vtt 42:00" in answer(text, 21)
    assert "To complete" in answer(text, 21)   # the typed interview's length is the authors' to give


def test_languages_are_named_not_coded() -> None:
    english, indonesian = answer(checklist("en"), 16), answer(checklist("id"), 16)
    assert "Manado Malay 2" in english and "Indonesian 1" in english and "xmm" not in english
    assert "bahasa Melayu Manado 2" in indonesian


def test_the_quotation_example_uses_an_informant_of_the_batch() -> None:
    assert "(B02)" in answer(checklist("en"), 29) and "(A1)" not in answer(checklist("en"), 29)


def test_a_timed_tool_export_is_not_called_a_subtitle_file() -> None:
    segments = pd.DataFrame([
        {"segment_id": "c1-1", "document": "otter_C1.txt", "informant": "C1", "speaker_role": "informant",
         "language": "ind", "time_start": "00:00:02.000", "time_end": "00:03:10.000"},
        {"segment_id": "c2-1", "document": "C2.srt", "informant": "C2", "speaker_role": "informant",
         "language": "ind", "time_start": "00:00:01.000", "time_end": "00:05:00.000"},
    ])
    informants = pd.DataFrame({"informant": ["C1", "C2"], "role": ["Kader", "Kader"]})
    text = coreq_markdown(segments=segments, informants=informants, codings=pd.DataFrame(
        columns=["segment_id", "informant", "code", "code_id", "source", "review"]), codebook=codebook(),
        saturation_result=None, coders=[], software="pipeline", agreement=None, lang="en")
    said = answer(text, 19)
    assert "subtitle files: C2.srt" in said and "a transcription tool's timed export: otter_C1.txt" in said
    assert "subtitle files: C2.srt, otter_C1.txt" not in said
