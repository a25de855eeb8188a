"""Two signs a code's English definition lists in brackets, named close together in an interview
turn, propose the code (pipeline/coding/definition_pairs.py). The codebook (teenagers and their
phones) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: Gawai remaja (test)
themes:
  - id: gawai
    label: Penggunaan ponsel
    categories:
      - id: pola
        label: Pola penggunaan ponsel
        codes:
          - id: putus_gawai
            label: Sulit lepas dari ponsel
            definition: >-
              Withdrawal (restlessness, irritability, sleeplessness) when the phone is taken
              away. Not coded when the phone is only mentioned.
            keywords: ["main HP terus", "kecanduan game", "tidak bisa lepas", "online"]
          - id: belanja_pulsa
            label: Uang pulsa dan kuota ponsel
            definition: >-
              Money spent on credit and data for the phone, on pills, injections or other
              things bought at the kiosk.
            keywords: ["beli pulsa", "paket data", "uang kuota", "isi pulsa"]
""")

TWO_SIGNS = "Kalau HP disita, dia jadi gelisah, susah tidur sampai pagi."
ONE_SIGN_TWICE = "Dia memang anak yang gelisah dan resah kalau mau ujian."
LISTED_IN_PROSE = "Di warung itu dijual pil dan suntik juga, bukan cuma kopi."


def test_two_bracketed_signs_propose_the_code():
    assert "putus_gawai" in codes_of_paragraph(CODEBOOK, TWO_SIGNS, interview=True)


def test_two_words_of_one_sign_are_one_piece_of_evidence():
    assert "putus_gawai" not in codes_of_paragraph(CODEBOOK, ONE_SIGN_TWICE, interview=True)


def test_a_list_in_running_prose_is_no_pair():
    assert "belanja_pulsa" not in codes_of_paragraph(CODEBOOK, LISTED_IN_PROSE, interview=True)
