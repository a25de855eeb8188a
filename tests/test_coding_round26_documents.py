"""Documents, round 26: what a document's front matter and its parts say about its paragraphs."""

import pandas as pd

from pipeline.coding.coder import code_segments
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import one_code_codebook


def _measles():
    return one_code_codebook("campak", "Imunisasi campak oleh bidan atau Puskesmas",
                             "Suntikan campak yang diberikan atau direncanakan oleh bidan atau Puskesmas.",
                             ["vaksin campak"], name="Studi imunisasi")


def _coded(text: str, role: str, interview: bool) -> set[str]:
    lines = [("P", "interviewer", "Bagaimana ceritanya?")] if interview else []
    lines.append(("X1", "informant", text))
    rows = [{"segment_id": f"s{i}", "document": "x.md", "informant": "X1", "speaker": speaker,
             "speaker_role": who, "start": i * 300, "end": i * 300 + 10, "line": i + 1,
             "language": "ind", "text": words, "gloss": "", "translation": ""}
            for i, (speaker, who, words) in enumerate(lines)]
    informants = pd.DataFrame([{"informant": "X1", "role": role}])
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), _measles(), informants)
    return set(found.loc[found["segment_id"] == f"s{len(lines) - 1}", "code_id"])


def test_a_documents_role_names_what_it_is_not_who_acts_in_each_paragraph():
    text = "Rencana kegiatan untuk tahun depan disusun bersama kepala desa."
    assert _coded(text, "Rencana kerja Puskesmas", interview=False) == set()
