"""Round 27, documents: a plan's indicators are background; photo captions (see codebooks/README.md)."""

from __future__ import annotations

import pytest

from pipeline.coding.background import is_background
from tests.helpers import codes_of_paragraph, one_code_codebook

SCREENING = one_code_codebook("skrining_gula", "Pemeriksaan gula darah di Posbindu",
                              "Warga memeriksakan gula darah di Posbindu.", ["gula darah", "posbindu"],
                              name="Studi diabetes desa")


# -- a plan's indicators say what success is measured by, not a measure ---------------------------

@pytest.mark.parametrize("text", [
    "Indikator keberhasilan: persentase warga di atas 40 tahun yang diperiksa gula darah di Posbindu.",
    "D. Indikator: jumlah Posbindu aktif; jumlah warga yang memeriksakan gula darah setiap bulan.",
    "Indikator capaian program ini adalah 80 persen warga dewasa diperiksa gula darahnya di Posbindu.",
])
def test_a_plans_indicators_take_no_code(text):
    assert is_background(text)
    assert codes_of_paragraph(SCREENING, text) == set()


def test_a_measure_naming_an_indicator_later_still_counts():
    text = "Kader memeriksa gula darah warga di Posbindu setiap bulan; hasilnya menjadi indikator program."
    assert not is_background(text)
    assert codes_of_paragraph(SCREENING, text) == {"skrining_gula"}


# -- a photo caption is coded when it states a code's act by itself --------------------------------

@pytest.mark.parametrize("caption, coded", [
    # who does what: the code's act
    ("Foto: Kader memeriksa gula darah warga saat kegiatan Posbindu, Rabu (4/3/2026). (Dok. Puskesmas)", True),
    ("Keterangan foto: Seorang warga memeriksakan gula darah di Posbindu Desa Tatelu.", True),
    # a scene, or a thing without a verb of its own
    ("Foto: Suasana Posbindu di balai desa saat pemeriksaan gula darah, Senin (2/3/2026). (Istimewa)", False),
    ("FOTO: Alat pengukur gula darah milik Posbindu di atas meja kader. (SULUTPOST/ist)", False),
    # a scene, then a sentence stating the act
    ("Suasana Posbindu di Desa Tatelu, Senin (2/3/2026). Kini warga rutin memeriksakan gula darah setiap bulan. "
     "(Foto: Humas Puskesmas)", True),
    # the code's words only where the picture was taken
    ("Foto: Para lansia menunggu giliran di depan ruang Posbindu, Kamis (5/3/2026). (Dok. Desa)", False),
])
def test_a_caption_is_coded_when_it_states_an_act(caption, coded):
    assert codes_of_paragraph(SCREENING, caption) == ({"skrining_gula"} if coded else set())


# -- a se- adverb or conjunction is not its root's word ---------------------------------------------

COUNSELLING = one_code_codebook("konseling_menyusui", "Konseling menyusui oleh bidan",
                                "A midwife teaches mothers how to breastfeed.", ["cara menyusui"],
                                name="Studi ASI desa")


@pytest.mark.parametrize("text, coded", [
    ("Bidan mengajarkan cara menyusui yang benar kepada ibu nifas di posyandu.", True),
    # "secara" (in a way) is no "cara" (how), "setelah" (after) no "telah"
    ("Foto: Para ibu menyusui bayinya secara serentak di lapangan desa, Senin (3/8/2026).", False),
    ("Ratusan ibu menyusui bayinya secara bersamaan dalam peringatan Pekan ASI Sedunia.", False),
])
def test_secara_is_no_way_of_doing(text, coded):
    assert codes_of_paragraph(COUNSELLING, text) == ({"konseling_menyusui"} if coded else set())
