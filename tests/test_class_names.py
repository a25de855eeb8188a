""""bukan" inside a class name ("warga bukan pekerja", "peserta bukan penerima upah") denies the
noun after it, not the verb the sentence goes on with (class_names.py, negation scope)."""

from pipeline.coding.class_names import class_name_end
from tests.helpers import codes_of_paragraph, one_code_codebook


def _outreach():
    return one_code_codebook("penyuluhan_kb", "Penyuluhan KB oleh puskesmas", "The clinic informs couples about "
                             "family planning.", ["penyuluhan", "menyuluh"], name="Studi KB pesisir")


def test_a_class_name_does_not_deny_the_verb_after_it():
    codebook = _outreach()
    assert codes_of_paragraph(codebook, "Puskesmas bersama kader bagi warga bukan peserta menyuluh soal KB di balai "
                                        "desa.") == {"penyuluhan_kb"}


def test_a_denied_act_stays_denied():
    codebook = _outreach()
    assert codes_of_paragraph(codebook, "Yang datang ke rumah itu bukan menyuluh, hanya mendata pasangan usia subur.") \
        == set()
    assert codes_of_paragraph(codebook, "Kendalanya bukan karena puskesmas tidak menyuluh warga.") == set()


def test_the_class_name_ends_at_the_next_verb():
    norms = ["bagi", "peserta", "bukan", "penerima", "upah", "menyuluh", "warga"]
    assert class_name_end(norms, 2, len(norms), 12) == 5
    assert class_name_end(["alasannya", "bukan", "malas"], 1, 3, 12) is None   # not a class of people


def test_bukan_after_people_before_a_manner_or_a_relative_clause_keeps_its_reach():
    # "sengaja" is no class of people; "orang yang menolak" is what "bukan" denies
    norms = ["masyarakat", "bukan", "sengaja", "menolak", "imunisasi"]
    assert class_name_end(norms, 1, len(norms), 12) is None
    norms = ["pasien", "bukan", "orang", "yang", "menolak", "penyuluhan"]
    assert class_name_end(norms, 1, len(norms), 12) is None
    codebook = _outreach()
    assert codes_of_paragraph(codebook, "Warga bukan sengaja menyuluh tetangga soal KB.") == set()
