"""What an interviewer turn is for (pipeline/coding/question_purpose.py): a greeting or an
address names the person asked, not the answer's topic; a question asking for a number asks a
fact, and the informant's role does not make it a question about the role's work."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from pipeline.coding.question_purpose import addressed_spans, asks_number
from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import segments

CODEBOOK = minimal_codebook_yaml([
    ("penyuluhan", "Penyuluhan menyusui oleh bidan dan kader", "Bidan atau kader mengajari ibu cara menyusui di posyandu.",
     ["ajari menyusui", "kelas ibu"]),
    ("kampung", "Dukungan kepala kampung", "The village head funds or backs the posyandu.",
     ["kepala kampung", "dana kampung"]),
])


def _codes(question: str, answer: str, role: str = "") -> set[str]:
    turns = segments(("P", question), ("A", answer))
    informants = pd.DataFrame([{"informant": "T1", "role": role}]) if role else None
    found = code_segments(turns, parse_codebook(CODEBOOK), informants)
    return set(found.loc[found["segment_id"] == "s1", "code_id"])


@pytest.mark.parametrize("text, addressed", [
    ("Selamat sore, Pak Lurah. Ada kegiatan apa minggu ini?", ["Selamat sore, Pak Lurah. "]),
    ("Bu Bidan, bagaimana dengan kelas ibu?", ["Bu Bidan,"]),
    ("Bagaimana dengan kelas ibu, Oma Lien?", [", Oma Lien?"]),
    ("Terima kasih sudah mau ditemui. Anaknya umur berapa?", ["Terima kasih sudah mau ditemui. "]),
    ("Bagaimana lurah membantu posyandu?", []),
])
def test_greetings_and_addresses_are_told_from_the_question(text, addressed):
    assert [text[start:end] for start, end in addressed_spans(text)] == addressed


@pytest.mark.parametrize("text, expected", [
    ("Sudah berapa tahun Ibu bekerja di desa ini?", True),
    ("Selamat pagi. Anak Ibu umur brapa?", True),
    ("Berapa kali? Bagaimana penyuluhannya?", False),   # the last question asks for content
    ("Bagaimana penyuluhan di posyandu?", False),
])
def test_a_question_asking_for_a_number_is_told(text, expected):
    assert asks_number(text) is expected


@pytest.mark.parametrize("question", [
    "Selamat pagi, Pak Kepala Kampung. Apa pekerjaan warga di sini?",
    "Pak Kepala Kampung, apa pekerjaan warga di sini?",
])
def test_a_greeting_or_address_naming_the_informant_lends_the_answer_no_topic(question):
    assert _codes(question, "Kebanyakan petani kelapa dan nelayan.") == set()


def test_the_same_words_asked_about_still_lend_their_topic():
    assert _codes("Apa yang dikerjakan kepala kampung untuk posyandu?",
                  "Kebanyakan petani kelapa dan nelayan.") == {"kampung"}


def test_a_question_asking_for_a_number_is_not_about_the_informants_role():
    answer = "Sudah tujuh tahun, dulu saya di posyandu kota."
    assert _codes("Sudah berapa tahun Ibu bekerja di desa ini?", answer, role="Bidan desa") == set()
    assert _codes("Bagaimana kegiatan Ibu di desa ini?", answer, role="Bidan desa") == {"penyuluhan"}
