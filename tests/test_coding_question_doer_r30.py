"""A yes/no question about other people doing a code's act ("Ada anak yang menolak diperiksa?")
lends a yes no code whose label names its own doers (*Bapak menolak pemeriksaan mata*): the yes is about the
children (question_reading.another_doer). Not when the question asks about people at large
("Ada warga yang menolak?"), who may be the label's. The codebook (school eye screening) and the
sentences are written for this test."""

from __future__ import annotations

from pipeline.coding.question_reading import another_doer
from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import answer_codes

CODEBOOK = minimal_codebook_yaml([
    ("tolak_bapak", "Bapak menolak pemeriksaan mata", "Seorang bapak tidak mengizinkan anaknya diperiksa matanya.",
     ["menolak", "tidak mengizinkan"]),
    ("kacamata", "Kacamata dari sekolah", "Anak mendapat kacamata gratis sesudah pemeriksaan.", ["kacamata"]),
], name="Skrining mata anak sekolah")


def test_the_doers_a_question_names():
    assert another_doer("Bapak menolak pemeriksaan mata", "Ada anak yang menolak diperiksa?")
    assert not another_doer("Bapak menolak pemeriksaan mata", "Ada warga yang menolak?")
    assert not another_doer("Penolakan suami", "Ada suami yang menolak?")


def test_a_yes_about_other_doers_takes_no_code_of_the_label_s_doers():
    assert "tolak_bapak" not in answer_codes(CODEBOOK, "Ada anak yang menolak diperiksa?", "Sering. Anak-anak menangis, jadi pulang saja.")


def test_a_yes_about_people_at_large_still_does():
    assert "tolak_bapak" in answer_codes(CODEBOOK, "Ada warga yang menolak anak diperiksa?", "Ada, dua orang.")
