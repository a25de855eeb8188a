"""A process code's label names an act and what it is done to ("Menyuluh nelayan muda", "Menjual
ikan ke tengkulak", "Menangkap ikan dengan pukat"); a keyword that only repeats that object (or
what the act is done with) says who or what, which turns name
for many reasons: evidence only with another word of its code. A keyword holding the act, and the
object of a verb of undergoing ("Mengalami kecelakaan") or of a light verb ("Memberi sayur"), stay
evidence alone. Codebooks and texts
written for this test."""

from __future__ import annotations

from pipeline.coding.specificity import names_the_object
from tests.helpers import codes_of_paragraph, one_code_codebook


def test_a_keyword_repeating_the_acts_object_is_named():
    assert names_the_object("nelayan muda", "Menyuluh nelayan muda")
    assert names_the_object("ikan", "Menjual ikan ke tengkulak")
    assert names_the_object("pukat", "Menangkap ikan dengan pukat harimau")   # what it is done with


def test_the_act_itself_or_an_undergone_matter_is_not():
    assert not names_the_object("jual ikan", "Menjual ikan ke tengkulak")
    assert not names_the_object("tidak mau jual ikan", "Menahan ikan di rumah")
    assert not names_the_object("tidak mau ikan", "Menolak ikan asin")     # a negator says the act
    assert not names_the_object("tengkulak", "Menjual ikan ke tengkulak")   # where it goes: not the object
    assert not names_the_object("kecelakaan", "Mengalami kecelakaan di laut")
    assert not names_the_object("ikan", "Ikan dijual ke tengkulak")          # no act opens the label
    assert not names_the_object("sayur", "Memberi sayur setiap hari")        # a light verb: its object is the matter


CODEBOOK = one_code_codebook("suluh", "Menyuluh nelayan muda",
                             "Petugas memberi penyuluhan atau nasihat kepada nelayan muda tentang keselamatan di laut.",
                             ["nelayan muda", "penyuluhan", "nasihat"], name="Keselamatan nelayan")


def test_the_object_alone_is_no_evidence():
    assert codes_of_paragraph(CODEBOOK, "Nelayan muda di kampung ini kebanyakan lulusan SMP.", interview=True) == set()


def test_the_object_with_the_act_is():
    assert codes_of_paragraph(CODEBOOK, "Minggu lalu petugas datang memberi penyuluhan untuk nelayan muda.",
                              interview=True) == {"suluh"}
    assert codes_of_paragraph(CODEBOOK, "Dia kasih nasihat ke nelayan muda supaya pakai pelampung.",
                              interview=True) == {"suluh"}
