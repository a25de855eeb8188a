"""A figure a document cites from a named data source is a statistic (issue 14, round 24). The
sentences are new wordings written for this file."""

from __future__ import annotations

import pytest

from pipeline.coding.data_sources import cites_a_statistic, gives_a_figure
from tests.helpers import codes_of_paragraph, one_code_codebook

VISITS = one_code_codebook("kunjungan_rumah", "Kunjungan rumah oleh kader",
                           "Home visits by the kader to families of sick children.", ["kunjungan rumah", "kader"],
                           name="Studi kusta anak")


@pytest.mark.parametrize("text", [
    "Data Dinas Sosial mencatat 212 keluarga di kecamatan ini dikunjungi kader sepanjang 2025.",
    "Data survei provinsi menunjukkan, lebih dari separuh keluarga pernah menerima kunjungan rumah kader.",
    "Berdasarkan pendataan kader bulan Juni, terdapat 31 anak dengan bercak kulit di wilayah ini.",
    "Sebanyak 40 persen anak belum diperiksa kader, menurut data Puskesmas setempat.",
])
def test_a_figure_cited_from_a_data_source_takes_no_minimal_code(text):
    assert codes_of_paragraph(VISITS, text) == set()


@pytest.mark.parametrize("text", [
    # a finding of the inquiry itself
    "Hasil wawancara menunjukkan 12 keluarga menerima kunjungan rumah kader setiap bulan.",
    # a source named without a figure
    "Menurut data puskesmas, kader kini melakukan kunjungan rumah ke keluarga yang anaknya sakit.",
    # the code's words in another sentence than the cited figure
    "Data Dinas Kesehatan mencatat 88 kasus baru. Karena itu kader melakukan kunjungan rumah setiap pekan.",
])
def test_a_finding_or_a_sentence_beside_the_figure_keeps_its_code(text):
    assert codes_of_paragraph(VISITS, text) == {"kunjungan_rumah"}


def test_every_word_of_the_evidence_must_stand_in_the_cited_sentence():
    text = "Data Dinas mencatat 20 kunjungan rumah. Kader juga mengantar obat."
    assert cites_a_statistic(text, "kunjungan rumah")
    assert not cites_a_statistic(text, "kunjungan rumah + Kader")


@pytest.mark.parametrize("text", [
    "Berdasarkan data tahun 2024, kader melakukan kunjungan rumah ke keluarga anak yang bercak kulitnya baru muncul.",
    "Menurut catatan Puskesmas, sejak 3 Februari kader melakukan kunjungan rumah tiap pekan.",
    "Menurut data Puskesmas, salah satu kader melakukan kunjungan rumah sesudah anak pulang berobat.",
])
def test_a_year_or_a_date_is_no_figure(text):
    # when a thing was recorded is no statistic: the sentence tells what the kader do
    assert codes_of_paragraph(VISITS, text) == {"kunjungan_rumah"}


def test_a_figure_is_a_number_or_a_fraction_not_a_year():
    assert gives_a_figure("Menurut data 2023, sepertiga keluarga belum dikunjungi.")
    assert gives_a_figure("Data tahun 2023 mencatat 1.950 kunjungan.")
    assert not gives_a_figure("Data tahun 2023 mencatat kunjungan sejak 14 Agustus.")
