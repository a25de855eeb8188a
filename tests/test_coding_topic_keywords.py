"""A keyword made of the study's subject and one word of the code's own: in speech that word
alone proposes the code, where the subject goes unsaid (pipeline/coding/topic_keywords.py). The
codebook (chewing betel nut) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.topic_keywords import topic_keyword_rules
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: pinang
title: Kebiasaan makan pinang di rumah tangga
themes:
  - id: kebiasaan
    label: Kebiasaan makan pinang
    categories:
      - id: pola
        label: Pola makan pinang
        codes:
          - id: kurangi
            label: Upaya mengurangi pinang
            definition: A chewer tries to chew less or to stop.
            keywords: ["kurangi pinang", "stop pinang"]
          - id: jenis
            label: Pinang yang dipilih
            definition: Which kind of nut the family buys and prefers.
            keywords: ["pinang kering", "pinang muda"]
          - id: belanja
            label: Uang untuk pinang
            definition: Money the household spends on nuts, betel leaves and lime.
            keywords: ["biaya pinang", "harga sirih"]
          - id: mulai
            label: Anak mulai mengunyah
            definition: Children chewing for the first time, with friends or after their parents.
            keywords: ["coba-coba pinang", "anak mengunyah"]
""")

UNSAID = "Sekarang saya so kurangi, sehari cuma dua kali, tidak seperti dulu."
MODIFIER = "Musim ini kebun di belakang rumah kering sekali, tidak ada hujan."
A_SUM = "Desa kami punya dua ribu jiwa, kebanyakan petani."
A_TRY = "Minggu lalu saya coba resep kue yang baru dari tetangga."


def test_the_codes_own_word_of_a_subject_keyword_codes_a_turn_alone():
    assert "kurangi" in codes_of_paragraph(CODEBOOK, UNSAID, interview=True)


def test_a_word_after_the_subject_only_narrows_it():
    assert "jenis" not in codes_of_paragraph(CODEBOOK, MODIFIER, interview=True)


def test_a_cost_word_is_not_taken_alone_since_any_sum_stands_for_it():
    assert "belanja" not in codes_of_paragraph(CODEBOOK, A_SUM, interview=True)
    code = next(c for c in CODEBOOK.codes if c.id == "belanja")
    assert topic_keyword_rules(code, CODEBOOK, list(code.keywords), True) == []


def test_documents_are_not_read_this_way():
    assert "kurangi" not in codes_of_paragraph(CODEBOOK, "Warga diminta kurangi jumlahnya.", interview=False)


def test_a_reduplicated_word_is_not_taken_alone_as_its_base():
    """"coba-coba" (experimenting) alone would match any "coba" (to try)."""
    assert "mulai" not in codes_of_paragraph(CODEBOOK, A_TRY, interview=True)
