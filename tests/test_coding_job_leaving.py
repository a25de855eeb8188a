"""Applying for a post elsewhere is a word of leaving one's job (data/related_words.tsv, group
"keluar kerja"): with another word of the code, related evidence of it. Sentences written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import paragraph_codings

LEAVING = parse_codebook("""
name: Tenaga kesehatan desa (test)
themes:
  - {id: t, label: Tenaga, categories: [{id: c, label: Tenaga desa, codes: [
      {id: keluar, label: Ingin keluar, keywords: [mutasi, resign],
       definition: 'Petugas ingin pindah ke kota atau berhenti bekerja di desa.'},
      {id: gaji, label: Gaji kecil, keywords: [gaji kecil],
       definition: 'Petugas mengeluh gajinya tidak cukup.'}]}]}
""")


def test_an_application_sent_to_the_city_is_leaving():
    found = paragraph_codings(LEAVING, "Bulan lalu dia sudah kirim lamaran ke rumah sakit di kota.")
    assert found["code_id"].tolist() == ["keluar"]


def test_an_application_alone_is_not():
    assert paragraph_codings(LEAVING, "Anak saya baru kirim lamaran kerja ke pabrik.").empty
