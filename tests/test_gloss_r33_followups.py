"""Issue 16, round 33 (branch r33-G2): grammar follow-ups the round's grammar and words helpers left.
Every sentence here was written for these tests (none is from the corpus, a blind set or a
development set)."""

from __future__ import annotations

import pytest

CASES = [
    # hilang takes no object: a time or an event after it, or semua, leaves it bare (clause_words.KEPT_BARE)
    ("Kita pe payung ilang waktu hujang.", "Payung saya hilang waktu hujan."),
    ("Kita pe sandal ilang semua.", "Sandal saya hilang semua."),
    # ... its causative with kase still takes its object
    ("Dorang kase ilang tu bekas.", "Mereka menghilangkan bekas itu."),
    # a count and the thing counted after a verb are its object: meN- (active_voice.counted_object)
    ("Torang mo tanam lima pohon kalapa.", "Kami akan menanam lima pohon kelapa."),
    ("Guru mo pangge dua-dua murid.", "Guru mau memanggil kedua murid."),
    ("Dia so jual dua rumah.", "Dia sudah menjual dua rumah."),
    # ... not a count alone, of a unit goods are sold by, of a span of time, nor a score
    ("Kita ambe tiga.", "Saya ambil tiga."),
    ("Mama beli dua kilo ikang.", "Ibu beli dua kilo ikan."),
    ("Torang mo ambe dua ret batu.", "Kami akan ambil dua rit batu."),  # rit: a truckload, sale_units
    ("Torang tunggu dua hari.", "Kami tunggu dua hari."),
    ("Tim torang kala dua kosong.", "Tim kami kalah dua kosong."),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_round_33_followups(glosser, source, expected):
    assert glosser.gloss(source).translation == expected
