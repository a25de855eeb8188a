"""A health worker asked about as coming, no place named, comes to the informant's home
(home_visits.py): a yes to "Perawat sudah datang?" affirms a code of home visits. Not a question
naming where the worker comes, nor one about anyone else coming. The codebook (a study of
diabetes care at home) and the sentences are written for this test."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.compile_rules import compile_codebook
from pipeline.coding.home_visits import visit_terms, worker_comes
from tests.helpers import minimal_codebook_yaml
from tests.test_coding_minimal import answer_codes

CODEBOOK = minimal_codebook_yaml([
    ("kunjungan", "Kunjungan rumah oleh kader",
     "A cadre visits the patient at home to remind her about the medicine. Not coded when the kader is named only "
     "as a role.", ["kunjungan rumah", "datang ke rumah", "kader"]),
    ("obat", "Minum obat setiap hari", "The patient takes the tablets every day.", ["minum obat", "tablet"]),
    ("skrining", "Gula tinggi ketahuan di posbindu", "High sugar found at a screening post.", ["posbindu", "skrining"]),
], name="Diabetes di rumah")


@pytest.mark.parametrize("question, answer", [
    ("Perawat dari pustu sudah datang?", "Sudah, minggu lalu."),
    ("Bidan pernah datang?", "Pernah, dua kali bulan lalu."),
    ("Mantri ada datang ke sini?", "Ada, satu kali."),
])
def test_a_yes_to_a_worker_coming_is_a_home_visit(question, answer):
    assert "kunjungan" in answer_codes(CODEBOOK, question, answer)


@pytest.mark.parametrize("question, answer", [
    ("Perawat dari pustu sudah datang ke posbindu?", "Sudah, minggu lalu."),   # where she comes is named
    ("Tetangga sudah datang?", "Sudah, minggu lalu."),                        # no worker
    ("Perawat dari pustu sudah datang?", "Blum."),                            # a no
])
def test_no_home_visit_without_a_worker_coming_to_the_informant(question, answer):
    assert "kunjungan" not in answer_codes(CODEBOOK, question, answer)


def test_only_a_codebook_s_terms_of_coming_home_stand_for_a_visit():
    compiled = compile_codebook(parse_codebook(CODEBOOK, source="test.yaml"))
    kept = {key.rsplit("\x1f", 1)[-1] for key in visit_terms(compiled.term_keys.values())}
    assert {"kunjungan rumah", "datang ke rumah"} <= kept
    assert not {"minum obat", "tablet", "kader"} & kept


def test_the_worker_comes_only_with_no_goal_but_here():
    compiled = compile_codebook(parse_codebook(CODEBOOK, source="test.yaml"))
    assert worker_comes(compiled.nlp("Dokter pernah datang kamari?"))
    assert not worker_comes(compiled.nlp("Dokter pernah datang di pustu?"))
    assert not worker_comes(compiled.nlp("Dokter bilang, anak datang saja."))   # a clause break


@pytest.mark.parametrize("question, answer", [
    ("Kalau posbindu buka, perawat datang?", "Iya, datang."),                     # she comes to the post
    ("Apakah bidan datang tepat waktu ke posbindu?", "Iya, tepat."),              # the goal after other words
    ("Waktu Mama melahirkan di pustu, bidan cepat datang?", "Iya, cepat."),       # a place named before
])
def test_a_worker_coming_to_a_place_named_anywhere_is_no_home_visit(question, answer):
    assert "kunjungan" not in answer_codes(CODEBOOK, question, answer)


@pytest.mark.parametrize("question", ["Bidan desa so datang?", "Kader posyandu pernah datang kamari?",
                                      "Sesudah pulang ke kampung, perawat ada datang?"])   # pulang: home
def test_a_place_in_the_workers_title_or_home_is_no_place_of_coming(question):
    assert "kunjungan" in answer_codes(CODEBOOK, question, "Pernah, bulan lalu.")
