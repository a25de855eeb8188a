"""A topic only the informant's role lends ("Istri nelayan": istri) is the topic of none of her
interview answers in particular: it takes an answer word related to the code's keywords, not one its
definition merely mentions, nor any for a code without keywords (keywords._question_rules, rules.py). Sentences
written for these tests."""

from __future__ import annotations

import pandas as pd

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.helpers import minimal_codebook_yaml
from pipeline.schema import QUOTATION
from tests.test_coding_minimal import segments

CODEBOOK = minimal_codebook_yaml([
    ("beban", "Istri menanggung beban rumah tangga",
     "Waktu suami melaut berhari-hari, istri mengurus anak, kebun dan utang warung sendirian.", []),
    ("cuaca", "Cuaca buruk di laut", "Angin kencang dan ombak tinggi membuat perahu tidak bisa pulang.", []),
])
WIFE = pd.DataFrame([{"informant": "T1", "role": "Istri nelayan"}])


def _codes(question: str, answer: str) -> set[str]:
    found = code_segments(segments(("P", question), ("A", answer)), parse_codebook(CODEBOOK), WIFE)
    return set(found.loc[found["segment_id"] == "s1", "code_id"])


def test_a_definition_word_does_not_take_the_topic_the_role_lends():
    """Her husband named in a story about the weather is no answer about what she carries."""
    assert "beban" not in _codes("Bagaimana kejadian tahun lalu itu?",
                                 "Suami bersama adiknya terdampar di pulau kecil, hampir seminggu.")


def test_a_word_related_to_a_keyword_still_takes_it():
    """A husband's answer with a word related to "izin suami" ("restu") reads his role's topic."""
    consent = minimal_codebook_yaml([
        ("izin", "Izin suami", "Istri meminta persetujuan suami sebelum berobat.", ["izin suami", "larang"]),
        ("cuaca", "Cuaca buruk di laut", "Angin kencang dan ombak tinggi membuat perahu tidak bisa pulang.", []),
    ])
    husband = pd.DataFrame([{"informant": "T1", "role": "Suami pasien"}])
    turns = segments(("P", "Bagaimana kejadian tahun lalu itu?"), ("A", "Dia minta restu dulu baru berangkat."))
    found = code_segments(turns, parse_codebook(consent), husband)
    assert "izin" in set(found.loc[found["segment_id"] == "s1", "code_id"])


def test_the_questions_own_word_still_lends_its_topic():
    assert "beban" in _codes("Waktu itu bagaimana dengan istri-istri di kampung?",
                             "Suami bersama adiknya terdampar di pulau kecil, hampir seminggu.")


def test_a_printed_quote_keeps_the_topic_its_speakers_role_lends():
    """A quotation set's author chose the quote for who says it too: "Istri nelayan" still reads it."""
    quote = segments(("A", "Suami bersama adiknya terdampar di pulau kecil, hampir seminggu."))
    quote[QUOTATION] = True
    found = code_segments(quote, parse_codebook(CODEBOOK), WIFE)
    assert "(informant's role)" in " ".join(found.loc[found["code_id"] == "beban", "evidence"])
