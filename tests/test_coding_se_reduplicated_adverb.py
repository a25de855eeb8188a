"""A se- reduplicated adverb keeps its own sense: "sehari-hari" (everyday, daily) is no "hari"
(a day), so a label "Perawatan sehari-hari ..." does not find every "hari Sabtu" (lemmas.py)."""

from pipeline.coding.lemmas import word_analyzer
from tests.helpers import codes_of_paragraph, one_code_codebook


def test_a_se_reduplicated_adverb_is_its_own_lemma():
    analyzer = word_analyzer()
    assert analyzer.analyze("sehari-hari")[1] == "sehari-hari"
    assert analyzer.analyze("hari-hari")[1] == analyzer.analyze("hari")[1]   # plain reduplication collapses


def test_a_day_of_the_week_is_not_everyday_care():
    codebook = one_code_codebook("asuh_harian", "Pengasuhan sehari-hari di rumah",
                                 "A grandchild looks after a frail grandparent every day.",
                                 ["mengasuh", "cucu"], name="Studi keluarga renta")
    text = "Arisan jemaat dipindah ke hari Minggu supaya cucu yang sekolah dapat ikut."
    assert codes_of_paragraph(codebook, text) == set()
    cared = "Sejak ibunya sakit, cucu perempuan itu mengurus neneknya sehari-hari di rumah panggung mereka."
    assert codes_of_paragraph(codebook, cared) == {"asuh_harian"}
