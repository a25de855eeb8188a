"""COREQ items the round-30 trial found wrong in English: item 16 printed informants.csv's gender as
typed ("P (6), L (2)"; P is perempuan beside L but pria beside W), and item 19 counted an interview
kept in two files (K7_bagian1, K7_bagian2) as two."""

from __future__ import annotations

import pandas as pd

from pipeline.export.coreq import coreq_markdown
from pipeline.records.genders import shown_genders
from test_coreq import codebook
from test_coreq_recordings import answer


def _segment(number: int, document: str, informant: str, start: str = "", end: str = "") -> dict:
    return {"segment_id": f"s{number}", "document": document, "informant": informant, "speaker_role": "informant",
            "language": "ind", "time_start": start, "time_end": end}


def _checklist(segments: list[dict], informants: pd.DataFrame, lang: str = "en") -> str:
    codings = pd.DataFrame(columns=["segment_id", "informant", "code", "code_id", "source", "review"])
    return coreq_markdown(segments=pd.DataFrame(segments), informants=informants, codings=codings,
                          codebook=codebook(), saturation_result=None, coders=["rule-based coder (pipeline)"],
                          software="pipeline", agreement=None, lang=lang)


def test_an_interview_in_two_recorded_files_is_one_interview_of_item_19() -> None:
    segments = [_segment(1, "C3_bagian1.vtt", "C3", "00:00:02.000", "00:00:08.000"),
                _segment(2, "C3_bagian2.vtt", "C3", "00:00:01.000", "00:00:05.000"),
                _segment(3, "C4.txt", "C4")]
    text = _checklist(segments, pd.DataFrame({"informant": ["C3", "C4"]}))
    assert "1 of 2 interviews were transcribed from audio recordings" in answer(text, 19)


def test_files_named_as_parts_but_spoken_by_two_informants_stay_two_interviews() -> None:
    segments = [_segment(1, "C5_bagian1.vtt", "C5", "00:00:02.000", "00:00:08.000"),
                _segment(2, "C5_bagian2.vtt", "C6", "00:00:01.000", "00:00:05.000"),
                _segment(3, "C7.txt", "C7")]
    text = _checklist(segments, pd.DataFrame({"informant": ["C5", "C6", "C7"]}))
    assert "2 of 3 interviews were transcribed from audio recordings" in answer(text, 19)


def test_item_16_says_the_gender_in_words_of_the_report() -> None:
    segments = [_segment(1, "C1.txt", "C1"), _segment(2, "C2.txt", "C2"), _segment(3, "C3.txt", "C3")]
    informants = pd.DataFrame({"informant": ["C1", "C2", "C3"], "jenis_kelamin": ["P", "L", "P"]})
    assert "gender: female (2), male (1)" in answer(_checklist(segments, informants), 16)
    assert "jenis kelamin: perempuan (2), laki-laki (1)" in answer(_checklist(segments, informants, "id"), 16)


def test_p_beside_w_is_pria_and_an_unknown_value_stays_as_typed() -> None:
    assert list(shown_genders(pd.Series(["P", "W", "w."]), "en")) == ["male", "female", "female"]
    assert list(shown_genders(pd.Series(["Pr", "Lk", "lainnya"]), "en")) == ["female", "male", "lainnya"]
