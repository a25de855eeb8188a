"""A mnemonic code name ("PERS-DUKUN") read as its words, and a definition's "Jangan gunakan bila
..." sentence as what the code is not (pipeline/coding/mnemonic_labels.py,
codebook_words.affirmed_text). Sentences written for this test."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from pipeline.coding.codebook_words import affirmed_text
from pipeline.coding.mnemonic_labels import is_mnemonic, sorted_by_prefix, spelled_out
from tests.helpers import paragraph_codings

BIRTHS = parse_codebook("""
name: Persalinan di kampung (test)
themes:
  - {id: t, label: Tempat bersalin, categories: [{id: c, label: PERSALINAN, codes: [
      {id: dukun, label: PERS-DUKUN, keywords: [paraji],
       definition: 'Gunakan bila ibu melahirkan ditolong dukun kampung. Jangan gunakan bila bidan datang menolong persalinan di rumah.'},
      {id: bidan, label: PERS_BIDAN, keywords: [polindes],
       definition: 'Gunakan bila ibu melahirkan di polindes atau ditolong bidan desa.'}]}]}
""")


@pytest.mark.parametrize("label, category, definition, read", [
    ("PERS-DUKUN", "PERSALINAN", "", "Persalinan dukun"),
    ("trans_kapal", "Transportasi", "", "Transportasi kapal"),
    # initials of the definition's words; an unexpanded part without a vowel is an acronym
    ("SDM-PPPK", "SUMBER DAYA MANUSIA", "Tenaga dengan status PPPK.", "Sumber daya manusia PPPK"),
    ("LAY-BHP", "LAYANAN", "Bahan habis pakai kosong di Pustu.", "Layanan bahan habis pakai"),
    # a long part is a word, not short for a longer word of the definition
    ("LAY-SENDIRI", "LAYANAN", "Perawat melayani sendirian.", "Layanan sendiri"),
])
def test_a_mnemonic_label_is_read_as_the_words_it_abbreviates(label, category, definition, read):
    assert spelled_out(label, category, definition) == read


@pytest.mark.parametrize("label", ["Gotong-royong", "ANAK-ANAK", "Biaya transport", "KB", "Kader-kader posyandu",
                                   "COVID-19", "TB-HIV"])
def test_a_word_with_a_hyphen_is_no_mnemonic(label):
    """Nor a term in capitals whose first part is not short for its category."""
    assert not is_mnemonic(label, "Pencegahan penyakit")
    assert spelled_out(label, "Pencegahan penyakit") == label


def test_the_label_word_of_a_mnemonic_name_is_evidence_and_written_out_as_the_codebook_writes_it():
    found = paragraph_codings(BIRTHS, "Anak kedua saya dulu dibantu dukun.")
    assert found["code"].tolist() == ["PERS-DUKUN"]


def test_a_when_not_to_use_sentence_is_no_evidence_of_its_code():
    assert "menolong persalinan" not in affirmed_text(BIRTHS.codes[0])
    assert "PERS-DUKUN" not in paragraph_codings(BIRTHS, "Bidan datang menolong persalinan di rumah kami.")["code"].tolist()


@pytest.mark.parametrize("definition, kept", [
    ("Kelambu dibagikan. Tidak dipakai bila udara panas.", "udara panas"),   # no guidance: the matter itself
    ("Warga membuang sampah ke sungai. Jangan dipakai untuk sampah rumah sakit.", "membuang sampah"),
])
def test_only_the_sentence_that_says_when_not_to_use_the_code_is_left_out(definition, kept):
    code = parse_codebook(f"""
name: Lingkungan (test)
themes:
  - {{id: t, label: Lingkungan, categories: [{{id: c, label: Rumah, codes: [
      {{id: k, label: Kebiasaan warga, keywords: [kebiasaan], definition: '{definition}'}}]}}]}}
""").codes[0]
    assert kept in affirmed_text(code)
    assert "rumah sakit" not in affirmed_text(code)


def test_a_sort_prefix_every_code_of_its_category_shares_is_mnemonic():
    """"BBM-LANGKA", "BBM-MAHAL" under "Bahan bakar": the shared first part sorts; a term such as
    "COVID-19" beside other labels stays a term."""
    fuel = parse_codebook("""
name: Nelayan (test)
themes:
  - {id: t, label: Melaut, categories: [{id: c, label: Bahan bakar, codes: [
      {id: langka, label: BBM-LANGKA, keywords: [], definition: 'Solar sulit didapat di pulau.'},
      {id: mahal, label: BBM-MAHAL, keywords: [], definition: 'Harga solar naik.'}]}]}
""")
    assert paragraph_codings(fuel, "Di kampung kami BBM langka, perahu tidak bisa turun.", "Bagaimana?")["code"].tolist() == ["BBM-LANGKA"]
    assert not is_mnemonic("COVID-19", "Pencegahan penyakit", sorted_by_prefix(["COVID-19", "Cuci tangan"]))
