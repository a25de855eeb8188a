"""Round 28, documents: a letter's closing and an indicator sentence are background; a caption of
people posing, waiting or giving a speech states no act (see codebooks/README.md)."""

from __future__ import annotations

import pytest

from pipeline.coding.background import in_indicators, is_background
from pipeline.coding.captions import shows_a_scene
from tests.helpers import codes_of_paragraph, one_code_codebook

COVERAGE = one_code_codebook("biaya_ditanggung", "Biaya pengobatan ditanggung asuransi",
                             "What the insurance pays for a patient's treatment.", ["ditanggung", "klaim"],
                             name="Studi penyakit kronis")
CHECKS = one_code_codebook("skrining_tensi", "Pemeriksaan tekanan darah di Posbindu",
                           "Warga memeriksakan tekanan darah di Posbindu.", ["tekanan darah", "posbindu"],
                           name="Studi hipertensi desa")


# -- a letter's closing formula hands the letter over -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Demikian surat ini kami sampaikan agar menjadi tanggung jawab bersama seluruh kepala ruangan.",
    "Penutup. Demikian nota dinas ini disampaikan; klaim yang tertunda menjadi tanggung jawab unit.",
    "Demikian disampaikan, atas perhatian dan tanggung jawab Saudara diucapkan terima kasih.",
])
def test_a_letters_closing_takes_no_code(text):
    assert is_background(text)
    assert codes_of_paragraph(COVERAGE, text) == set()


def test_a_paragraph_saying_demikian_in_passing_is_no_closing():
    text = "Demikian pula biaya cuci darah pasien ditanggung asuransi sejak bulan Maret."
    assert not is_background(text)
    assert codes_of_paragraph(COVERAGE, text) == {"biaya_ditanggung"}


# -- a sentence of indicators after a monitoring sentence --------------------------------------------

def test_a_code_named_only_among_the_indicators_is_not_coded():
    text = ("Koordinator program menyampaikan hasil kepada camat setiap semester. Indikator: jumlah Posbindu "
            "aktif, persentase warga yang diperiksa tekanan darah, dan jumlah rujukan.")
    assert in_indicators(text, "tekanan darah")
    assert codes_of_paragraph(CHECKS, text) == set()


def test_a_measure_before_the_indicators_still_counts():
    text = ("Kader memeriksa tekanan darah warga di Posbindu setiap bulan. Indikator: jumlah Posbindu aktif "
            "dan persentase warga yang diperiksa tekanan darah.")
    assert not in_indicators(text, "tekanan darah")
    assert codes_of_paragraph(CHECKS, text) == {"skrining_tensi"}


# -- a caption of people posing, waiting or giving a speech -----------------------------------------

@pytest.mark.parametrize("caption, coded", [
    ("Foto: Para kader Posbindu berfoto bersama camat usai pemeriksaan tekanan darah, Jumat (6/3/2026). (Istimewa)",
     False),
    ("Foto: Warga lanjut usia mengantre di depan meja Posbindu Desa Sawangan. (Dok. Puskesmas)", False),
    ("FOTO: Bupati memberikan sambutan pada pencanangan Posbindu tekanan darah di Kecamatan Likupang. (ist)", False),
    # waiting, then an act of its own
    ("Foto: Seorang kader menunggu warga sambil memeriksa tekanan darah di Posbindu. (Dok. Desa)", True),
])
def test_a_caption_of_posing_waiting_or_a_speech_states_no_act(caption, coded):
    assert shows_a_scene(caption) is not coded
    assert codes_of_paragraph(CHECKS, caption) == ({"skrining_tensi"} if coded else set())


# -- a definition covering a thing's presence and its absence: its negated keyword still counts -------

def _lamp_code(definition: str):
    return one_code_codebook("lampu_perahu", "Lampu navigasi perahu", definition, ["lampu navigasi", "senter"],
                             name="Studi keselamatan nelayan")


@pytest.mark.parametrize("definition", [
    "Ada tidaknya lampu navigasi di perahu saat melaut malam.",
    "Whether a boat carries a navigation lamp at night.",
    "A boat carrying a navigation lamp at night or not.",
])
def test_a_negated_keyword_counts_when_the_definition_covers_absence(definition):
    text = "Kepala desa mengatakan sebagian perahu pancing di pulau itu belum memiliki lampu navigasi."
    assert codes_of_paragraph(_lamp_code(definition), text) == {"lampu_perahu"}


@pytest.mark.parametrize("definition", [
    "A navigation lamp carried on a boat at night.",
    # "whether" listing the modes of a thing, not its presence or absence
    "A navigation lamp on the boat, whether owned, borrowed or planned.",
    # "or not" inside a clause
    "A navigation lamp bought or not repaired by the boat owner.",
])
def test_a_negated_keyword_does_not_count_otherwise(definition):
    text = "Kepala desa mengatakan sebagian perahu pancing di pulau itu belum memiliki lampu navigasi."
    assert codes_of_paragraph(_lamp_code(definition), text) == set()
