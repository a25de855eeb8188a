"""A definition's negator denies the words of its own clause only: a comma or a sentence end
closes its scope (codebook_words.affirmed_text), so a list after "tidak X," stays affirmed."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import affirmed_text

CODEBOOK = parse_codebook("""
name: Obat (test)
themes:
  - {id: t, label: Obat, categories: [{id: c, label: Kepatuhan, codes: [
      {id: putus, label: Putus minum antibiotik, keywords: [],
       definition: 'Tablet tidak diminum sampai habis, ditaruh di lemari, diberikan ke tetangga.'}]}]}
""")


def test_the_items_after_a_negated_one_stay_affirmed():
    text = affirmed_text(CODEBOOK.codes[0])
    assert "diminum" not in text
    assert "ditaruh" in text and "lemari" in text and "diberikan" in text

