"""A keyword that holds its own negator ("tidak tahu obat apa", "nyanda mau operasi") found
through its words apart counts only where the word the negator denies in the keyword is denied
in the text (keyword_rule.negated_words, the negator kept with the verb it denies): a negator that denies something else nearby ("Tidak
ada antrean, obat ...") is no such keyword. The codebook (cataract surgery in a district
hospital) and the sentences are written for this test."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("tanpa_info", "Tidak diberi tahu obat yang dipakai",
     "Pasien tidak tahu obat apa yang diteteskan atau diminum sebelum operasi.",
     ["tidak tahu obat apa", "tanpa penjelasan"]),
    ("menolak", "Menolak operasi mata",
     "Pasien atau keluarga tidak mau dioperasi atau menundanya.",
     ["tidak mau operasi", "menunda"]),
], name="Operasi katarak di rumah sakit kabupaten"), source="test.yaml")


def _codes(answer: str) -> set[str]:
    return codes_of_paragraph(CODEBOOK, answer, interview=True)


def test_the_keyword_s_words_apart_with_the_word_denied():
    assert "tanpa_info" in _codes("Saya tidak tahu itu obat apa, suster langsung teteskan.")
    assert "menolak" in _codes("Bapak tidak pernah mau dioperasi, takut buta.")


def test_a_negator_denying_another_word_is_no_such_keyword():
    assert "tanpa_info" not in _codes("Tidak ada antrean, obat langsung diambil di loket.")
    assert "menolak" not in _codes("Operasi tidak bayar, semua ditanggung asuransi.")
