"""An English definition's lists of concrete things reach their Indonesian words: a minimal
codebook on a new topic (here, teenagers and their phones) codes a document paragraph that names
those things beside one word of a keyword, and no keyword whole (pipeline/coding/data/english_indonesian.tsv, the
section of round 18). The sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

CODEBOOK = parse_codebook("""
name: Gawai remaja (test)
themes:
  - id: gawai
    label: Penggunaan gawai
    categories:
      - id: pola
        label: Pola penggunaan gawai
        codes:
          - id: putus_gawai
            label: Sulit lepas dari ponsel
            definition: >-
              Restlessness, irritability and sleeplessness when the phone is taken away, and
              a craving to hold it again. Not coded when the phone is only mentioned.
            keywords: ["main HP terus", "kecanduan game", "tidak bisa lepas", "online"]
          - id: aturan_sekolah
            label: Aturan ponsel di sekolah
            definition: >-
              Rules of a school about phones in class, warnings and sanctions for pupils who
              violate them, or an area where phones are not allowed.
            keywords: ["HP disita", "larangan HP", "tata tertib", "razia"]
""")

SAYS_WITHDRAWAL = "Anak yang sudah kecanduan menjadi gelisah, mudah marah dan susah tidur bila ponselnya disimpan ibunya."
SAYS_RULES = "Pelanggar aturan itu mendapat teguran lisan dan sanksi piket kelas."
NEITHER = "Pertemuan orang tua murid diadakan setiap awal semester di aula."


def test_withdrawal_named_by_its_signs():
    assert "putus_gawai" in codes_of_paragraph(CODEBOOK, SAYS_WITHDRAWAL)


def test_a_violation_of_a_rule():
    assert "aturan_sekolah" in codes_of_paragraph(CODEBOOK, SAYS_RULES)


def test_a_paragraph_naming_neither():
    assert codes_of_paragraph(CODEBOOK, NEITHER) == set()
