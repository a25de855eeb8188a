"""An informant says "saya", not their role: the first person stands for the head word of the
informant's role (pipeline/coding/speaker.py). Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.schema import SEGMENT_COLUMNS

HOME_CARE = parse_codebook("""
name: Perawatan lansia (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: kerja_sama
        label: Kerja sama
        codes:
          - id: kader_perawat
            label: Kerja sama kader dan perawat
            definition: The cadre and the nurse work together for an older patient.
            keywords: [kader dan perawat, kader lapor]
""")


def _codes(role: str, answer: str) -> set[str]:
    lines = [("P", "interviewer", "Bagaimana ceritanya?"), ("B1", "informant", answer)]
    rows = [{"segment_id": f"s{i}", "document": "b.md", "informant": "B1", "speaker": speaker,
             "speaker_role": kind, "start": i * 300, "end": i * 300 + len(words), "line": i + 1,
             "language": "ind", "text": words, "gloss": "", "translation": ""}
            for i, (speaker, kind, words) in enumerate(lines)]
    informants = pd.DataFrame([{"informant": "B1", "role": role}])
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), HOME_CARE, informants)
    return set(found.loc[found["segment_id"] == "s1", "code_id"])


@pytest.mark.parametrize("role, answer", [
    ("Kader posyandu", "Kalau ada oma yang sesak, saya langsung telepon perawat supaya datang."),
    ("Perawat Puskesmas (pengelola PTM)", "Tiap Jumat kader datang ke saya membawa daftar lansia."),
])
def test_the_first_person_is_the_informants_role(role, answer):
    assert "kader_perawat" in _codes(role, answer)


def test_not_for_a_role_no_label_or_worker_names():
    assert "kader_perawat" not in _codes(
        "Penderita hipertensi", "Kalau ada oma yang sesak, saya langsung telepon perawat supaya datang.")


def test_not_the_possessor_after_a_noun():
    assert "kader_perawat" not in _codes("Kader posyandu", "Perawat mencatat tensi di buku kami setiap bulan.")


def test_the_first_person_alone_is_no_evidence():
    assert "kader_perawat" not in _codes("Kader posyandu", "Saya sudah lima tahun tinggal di kampung ini.")
