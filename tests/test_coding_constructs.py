"""A code labelled with a construct of health-behaviour theory takes the everyday words of the
construct table as weak evidence (pipeline/coding/constructs.py, data/constructs.tsv). The codebook
(office workers' exercise) and the sentences are written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.constructs import load_constructs, named_constructs
from pipeline.errors import InputError
from tests.helpers import codes_of_paragraph, paragraph_codings

CODEBOOK = parse_codebook("""
name: senam_kantor
title: Aktivitas fisik pegawai kantor
themes:
  - id: individu
    label: Tingkat individu
    categories:
      - id: persepsi
        label: Persepsi
        codes:
          - id: kerentanan
            label: Persepsi kerentanan
            definition: Keyakinan pegawai tentang peluang dirinya mengalami gangguan kesehatan.
            keywords: ["rentan"]
          - id: yakin
            label: Keyakinan untuk tetap berolahraga
            label_en: Self-efficacy
            definition: Keyakinan pegawai atas kemampuannya sendiri untuk tetap aktif.
            keywords: ["percaya diri"]
          - id: dukungan
            label: Dukungan keluarga
            definition: Bentuk bantuan anggota keluarga agar pegawai tetap aktif.
            keywords: ["dukungan keluarga"]
          - id: jadwal
            label: Jadwal senam kantor
            definition: Waktu senam bersama yang diatur kantor.
            keywords: ["jadwal senam"]
""")

AFRAID = "Saya takut kena stroke juga seperti bos saya dulu."
NOT_ME = "Saya pikir tidak mungkin kena, umur saya baru tiga puluh."
SPLIT = "Rasanya tidak mungkin saya kena, tiap pagi saya jalan kaki."
FAR = "Tidak ada yang bilang apa-apa, mungkin karena semua orang sudah lupa, padahal kemarin sore kami yang duduk di luar semua kena hujan."
WIFE = "Istri saya yang tiap sore menemani saya jalan keliling kompleks."
TIRED_WIFE = "Istri saya walaupun capek sekali sepulang kerja tetap saja menemani saya jalan sore."
GUESTS = "Kemarin saya menemani tamu dari kantor pusat keliling gedung."
SURE = "Sekarang saya yakin bisa naik tangga sampai lantai lima tanpa berhenti."


def test_a_phrase_of_the_construct_codes_the_code_its_label_names():
    assert "kerentanan" in codes_of_paragraph(CODEBOOK, AFRAID, interview=True)
    assert "jadwal" not in codes_of_paragraph(CODEBOOK, AFRAID, interview=True)


def _answer_codings(question: str, answer: str) -> pd.DataFrame:
    return paragraph_codings(CODEBOOK, answer, question)


def test_the_evidence_says_it_came_from_the_construct_table():
    found = _answer_codings("Apa yang Bapak pikirkan waktu itu?", AFRAID)
    assert found.loc[found["code_id"] == "kerentanan", "evidence"].tolist() == ["takut kena (construct table)"]


def test_a_yes_to_a_question_saying_the_construct_takes_its_code():
    assert "kerentanan" in set(_answer_codings("Bapak takut kena stroke juga?", "Iya, sering terpikir.")["code_id"])
    assert "kerentanan" not in set(_answer_codings("Bapak suka jalan kaki?", "Iya, sering sore-sore.")["code_id"])


def test_a_phrase_holding_its_own_negator_says_the_construct_s_low_end():
    assert "kerentanan" in codes_of_paragraph(CODEBOOK, NOT_ME, interview=True)


def test_a_negated_phrase_holds_with_the_subject_said_inside_it_not_far_apart():
    assert "kerentanan" in codes_of_paragraph(CODEBOOK, SPLIT, interview=True)
    assert "kerentanan" not in codes_of_paragraph(CODEBOOK, FAR, interview=True)


def test_a_word_needs_its_context_word_close_by():
    assert "dukungan" in codes_of_paragraph(CODEBOOK, WIFE, interview=True)
    assert "dukungan" not in codes_of_paragraph(CODEBOOK, GUESTS, interview=True)


def test_speech_spreads_a_word_and_its_context_wider_than_a_document():
    assert "dukungan" in codes_of_paragraph(CODEBOOK, TIRED_WIFE, interview=True)
    assert "dukungan" not in codes_of_paragraph(CODEBOOK, TIRED_WIFE, interview=False)


def test_an_english_label_names_the_construct_too():
    assert "yakin" in codes_of_paragraph(CODEBOOK, SURE, interview=True)


def test_a_one_word_name_must_be_the_whole_label_a_longer_one_a_phrase_of_it():
    one = parse_codebook("""
name: t
themes:
  - id: a
    label: A
    categories:
      - id: b
        label: B
        codes:
          - {id: malu, label: Stigma dan rasa malu, definition: Rasa malu., keywords: [malu]}
          - {id: stigma, label: Stigma, definition: Dijauhi orang., keywords: [dijauhi]}
          - {id: beban, label: Beban keluarga yang merawat, definition: Lelah merawat., keywords: [capek]}
""")
    named = {code.id: [c.construct for c in named_constructs(code)] for code in one.codes}
    assert named == {"malu": [], "stigma": ["stigma"], "beban": ["family_burden"]}


def test_a_broken_row_is_reported_with_its_line(tmp_path):
    table = tmp_path / "constructs.tsv"
    table.write_text("# a comment\nconstruct\tnames\tphrases\twords\tcontext\tsource\n"
                     "ok\tnama\tfrasa satu\t\t\tgeneral\n"
                     "short\tnama\tfrasa\tgeneral\n"
                     "odd\tnama\tfrasa\t\t\tinvented\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_constructs(table)
    message = str(error.value)
    assert "constructs.tsv:4 [short]" in message and "constructs.tsv:5 [odd]" in message
    assert "constructs.tsv:3" not in message
