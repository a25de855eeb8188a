"""An Indonesian definition's two-word phrases ("obat sisa", "tusuk jari") said side by side in a
turn propose the code, as an English definition's translated phrases do (definition_phrases.py)."""

from __future__ import annotations

from helpers import codes_of_paragraph, one_code_codebook

SELF_TREATMENT = one_code_codebook(
    "obat_sendiri", "Mengobati sendiri sebelum ke puskesmas",
    "Termasuk: demam diobati di rumah dengan obat sisa, jamu atau rebusan akar sebelum diperiksa. "
    "Tidak termasuk: obat yang diberikan bidan sesudah pemeriksaan.",
    ["obat warung", "jamu"], name="Studi demam (test)")


def test_a_definition_phrase_said_in_a_turn_is_evidence():
    assert codes_of_paragraph(SELF_TREATMENT, "Anak panas, saya kasih obat sisa dari tetangga saja.",
                              interview=True) == {"obat_sendiri"}


def test_one_word_of_the_phrase_or_the_words_apart_are_not():
    assert codes_of_paragraph(SELF_TREATMENT, "Sisa uangnya saya simpan untuk beli beras.", interview=True) == set()
    assert codes_of_paragraph(SELF_TREATMENT, "Sisa hari itu kami di kebun, sore baru beli obat nyamuk.",
                              interview=True) == set()
