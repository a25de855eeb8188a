"""A label's one leftover word that names a worker ("bidan" of *Bidan datang ke rumah*, whose
other words its keywords hold or say nothing alone) is evidence only with another word of its
code, as a relative or a place is (label_rules.py; specificity.py: midwives and cadres are named
in every turn of their work). The codebook (a study of hypertension in the villages) and the sentences are written for
this test."""

from __future__ import annotations

from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import codes_of

CODEBOOK = minimal_codebook_yaml([
    ("kunjungan", "Bidan datang ke rumah", "The midwife visits patients at home and measures their blood pressure.",
     ["kunjungan rumah", "datang ke rumah"]),
    ("garam", "Makan asin", "Salty food the patient keeps eating.", ["ikan asin", "garam"]),
], name="Hipertensi di desa")


def test_a_worker_named_alone_is_no_visit():
    assert "kunjungan" not in codes_of("Bidan di puskesmas bilang tensi saya tinggi sekali.", CODEBOOK)
    assert "kunjungan" not in codes_of("Anak saya sekolah bidan di Manado.", CODEBOOK)


def test_a_worker_with_a_word_of_the_visit_still_is():
    assert "kunjungan" in codes_of("Bidan datang ukur tensi, sebulan sekali dia mampir.", CODEBOOK)
