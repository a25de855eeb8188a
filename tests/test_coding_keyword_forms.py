"""A keyword written in Manado Malay also matches its Indonesian form in a document
(pipeline/coding/keyword_forms.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.keyword_forms import indonesian_form
from tests.helpers import codes_of_paragraph

PUTTING_OFF = parse_codebook("""
name: Posyandu (test)
themes:
  - id: hambatan
    label: Hambatan
    categories:
      - id: sikap
        label: Sikap keluarga
        codes:
          - id: menunda
            label: Menunda imunisasi
            definition: Parents put the child's vaccination off to another month.
            keywords: [nanti jo, nyanda sempat]
          - id: batal
            label: Sesi dibatalkan
            definition: The posyandu session does not take place.
            keywords: [nda jadi-jadi]
""")


def test_the_glosser_gives_a_manado_keyword_its_indonesian_form():
    assert indonesian_form("nanti jo") == "nanti saja"
    assert indonesian_form("malas") is None


@pytest.mark.parametrize("paragraph, code", [
    ("Saat diundang ke posyandu, sebagian ibu menjawab nanti saja karena anaknya sedang pilek.", "menunda"),
    ("Beberapa orang tua mengaku tidak sempat membawa bayinya pada jadwal imunisasi bulan ini.", "menunda"),
    ("Di Dusun III, pelayanan posyandu tidak jadi-jadi karena petugas berhalangan tiga bulan berturut-turut.",
     "batal"),
])
def test_a_document_says_it_in_indonesian(paragraph, code):
    assert code in codes_of_paragraph(PUTTING_OFF, paragraph)


def test_the_manado_form_is_still_found_as_written():
    assert "menunda" in codes_of_paragraph(PUTTING_OFF, "Ibu itu bilang nanti jo, anak masih batuk.", interview=True)


MARRIAGE_OFFICE = parse_codebook("""
name: Pernikahan anak (test)
themes:
  - id: hukum
    label: Hukum
    categories:
      - id: lembaga
        label: Lembaga
        codes:
          - id: kua
            label: Pencatatan nikah di bawah umur
            definition: The KUA or the village office registers, delays or refuses the marriage of a couple under 19.
            keywords: [KUA, dispensasi]
""")


def test_a_name_the_definition_spells_in_capitals_has_no_manado_form():
    """ "kua" glosses as *kuat*, but the KUA is an office: "memperkuat" is not it."""
    assert codes_of_paragraph(MARRIAGE_OFFICE, "Langkah berikut direncanakan untuk memperkuat layanan remaja di desa.") == set()
    assert codes_of_paragraph(MARRIAGE_OFFICE, "Kepala KUA menolak mencatat pernikahan dua remaja berusia 16 tahun.") == {"kua"}


BIRTH_CUSTOMS = parse_codebook("""
name: Adat persalinan (test)
themes:
  - id: adat
    label: Adat
    categories:
      - id: sesudah
        label: Sesudah lahir
        codes:
          - id: tembuni
            label: Perlakuan tembuni
            definition: What the family does with the placenta after the birth.
            keywords: [ari-ari, kubur tembuni]
""")


def test_an_indonesian_word_a_sound_correspondence_respells_keeps_its_sense():
    # the gloss lexicon reads Manado "ari" as *hari*, but "ari-ari" is the placenta
    assert indonesian_form("ari-ari") is None
    assert "tembuni" not in codes_of_paragraph(
        BIRTH_CUSTOMS, "Posyandu dibuka setiap hari Selasa; hari-hari lain kader bekerja di kebun.")
    assert "tembuni" in codes_of_paragraph(
        BIRTH_CUSTOMS, "Sebagian keluarga masih menanam ari-ari di samping rumah dengan garam dan daun pandan.")
