"""A report's attribution is not the act a code names (pipeline/coding/attribution.py): in a
document, "Kepala Dinas menjelaskan, ..." says who told the reporter, not that anyone explained
anything to families. Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.schema import SEGMENT_COLUMNS

COUNSELLING = parse_codebook("""
name: Imunisasi (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: edukasi
        label: Edukasi
        codes:
          - id: konseling
            label: Konseling bidan
            definition: The midwife explains to mothers what to expect after a vaccination.
            keywords: [menjelaskan, konseling]
""")


def codes(text: str, interview: bool = False) -> set[str]:
    lines = [("P", "interviewer", "Bagaimana ceritanya?")] if interview else []
    lines.append(("B1", "informant", text))
    rows = [{"segment_id": f"s{i}", "document": "b.md", "informant": "B1", "speaker": speaker,
             "speaker_role": role, "start": i * 300, "end": i * 300 + len(words), "line": i + 1,
             "language": "ind", "text": words, "gloss": "", "translation": ""}
            for i, (speaker, role, words) in enumerate(lines)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), COUNSELLING)
    return set(found.loc[found["segment_id"] == f"s{len(lines) - 1}", "code_id"])


@pytest.mark.parametrize("report", [
    "Kepala Dinas Kesehatan menjelaskan, cakupan imunisasi di kabupaten itu naik menjadi 88 persen.",
    "Camat Tondano, Herman W., menjelaskan bahwa jadwal posyandu tahun ini tidak berubah.",
])
def test_the_source_of_a_report_is_not_counselling(report):
    assert codes(report) == set()


@pytest.mark.parametrize("act", [
    "Bidan desa menjelaskan cara merawat bayi yang demam kepada ibu-ibu di posyandu.",
    "Ibu itu kembali ke posyandu setelah bidan menjelaskan bahwa demam sesudah suntik itu biasa.",
])
def test_an_explanation_given_to_families_is(act):
    assert codes(act) == {"konseling"}


def test_a_speaker_who_says_it_in_an_interview_is_read_as_before():
    assert codes("Bidan menjelaskan, kalau demam kasih kompres saja.", interview=True) == {"konseling"}
