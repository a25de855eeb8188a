"""A minimal code's loose pair in a document holds only inside one sentence; the first window
found across a sentence end must not hide the pair the next sentence holds alone
(sentence_span.in_one_sentence). And a statistic's own noun ("Angka ...") beside a code's word is
the figure's name, not the code's act (counts.names_a_rate). Codebook and sentences written for
these tests (a school's dental programme)."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.counts import names_a_rate
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

CODEBOOK = parse_codebook(minimal_codebook_yaml([
    ("periksa_gigi", "Pemeriksaan gigi dan obat kumur fluor",
     "Gigi murid diperiksa atau diberi obat kumur fluor.", []),
    ("jajan", "Jajanan manis di kantin", "Permen dan minuman bergula yang dijual dekat sekolah.", []),
], name="Kesehatan anak sekolah"), source="test.yaml")


def test_a_pair_the_second_sentence_holds_codes_though_a_window_across_sentences_comes_first():
    text = "Petugas kini memeriksa tiga puluh anak setiap pekan. Gigi yang berlubang dioles fluor."
    assert "periksa_gigi" in codes_of_paragraph(CODEBOOK, text)


def test_a_pair_split_by_a_sentence_end_does_not():
    text = "Petugas kini memeriksa tiga puluh anak setiap pekan. Gigi ikan hiu dijual di pasar."
    assert "periksa_gigi" not in codes_of_paragraph(CODEBOOK, text)


def test_the_statistic_s_own_noun_is_no_piece_of_the_code():
    assert names_a_rate("Angka gigi berlubang pada murid dilaporkan meningkat.", "Angka … gigi (definition)")
    # "jumlah" measures an act as well as a statistic: it stays a word of the code
    assert not names_a_rate("Jumlah permen yang dimakan anak berkurang sejak Juni.", "Jumlah … permen (definition)")
