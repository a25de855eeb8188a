"""What redaction left in a turn ([NAMA], [TELP]) is glossed as it stands: the interlinear gloss
of a quotation appendix must not turn a redacted name into the word "nama"."""

from __future__ import annotations

from pipeline.gloss.glosser import Glosser


def test_redaction_marks_stand_in_the_gloss_of_both_languages():
    glosser = Glosser()
    manado = glosser.gloss("Ibu [NAMA] so telepon ka [TELP] kemarin.")
    indonesian = glosser.gloss("Nama saya [NAMA], nomor HP saya [TELP].", prior="ind")
    assert "[NAMA]" in manado.gloss.split() and "[TELP]" in manado.gloss.split()
    assert indonesian.gloss.split().count("[NAMA]") == 1 and "[TELP]" in indonesian.gloss.split()
    assert "[NAMA]" in manado.translation


def test_the_same_letters_outside_brackets_are_words():
    gloss = Glosser().gloss("Kita nintau depe nomor NIK.").gloss
    assert "[NIK]" not in gloss
