""""Menimbang" opens a regulation's considerations ("Menimbang : a. bahwa ..."), which are
background; in a nutrition report it is a cadre weighing a child, and the paragraph keeps its
codes (counts.BACKGROUND)."""

from pipeline.coding.background import is_background
from tests.helpers import codes_of_paragraph, one_code_codebook


def _outreach():
    return one_code_codebook("penyuluhan_gizi", "Penyuluhan gizi oleh kader",
                             "Cadres teach mothers about feeding during home visits.",
                             ["penyuluhan", "kunjungan rumah"], name="Studi gizi balita")


def test_a_regulations_considerations_are_background():
    assert is_background("Menimbang : a. bahwa penyuluhan gizi perlu diperluas sampai ke dusun; b. bahwa ...")
    assert is_background("Menimbang bahwa kader memerlukan pedoman penyuluhan.")
    assert is_background("MENIMBANG: bahwa gizi anak menjadi urusan bersama.")


def test_weighing_a_child_is_no_consideration():
    assert not is_background("Setiap Selasa kader menimbang bayi di rumah warga lalu memberi penyuluhan.")
    assert not is_background("- Menimbang balita yang tidak datang ke posyandu di rumahnya.")


def test_a_paragraph_about_weighing_keeps_its_code():
    text = "Bulan ini kader menimbang dua puluh balita di Dusun Dua dan memberikan penyuluhan tentang sayur."
    assert codes_of_paragraph(_outreach(), text) == {"penyuluhan_gizi"}
    considerations = "Menimbang : a. bahwa penyuluhan gizi bagi keluarga perlu diatur dengan peraturan desa."
    assert codes_of_paragraph(_outreach(), considerations) == set()
