"""A harm a lesson warns against is not the harm found (documents, round 21; new sentences)."""

from __future__ import annotations

from pipeline.coding.taught_topics import names_taught_topic, teaches
from tests.helpers import codes_of_paragraph, one_code_codebook

SMOKE = one_code_codebook("asap_anak", "Asap rokok di dekat anak",
                          "Family members smoke near babies, toddlers or pregnant women.",
                          ["asap rokok", "merokok di dekat anak"], name="Studi rokok keluarga")
FEVER = one_code_codebook("takut_demam", "Takut anak demam",
                          "Parents fear a fever after the vaccination.", ["demam", "takut"],
                          name="Studi imunisasi desa")
TALKS = one_code_codebook("penyuluhan_asap", "Penyuluhan bahaya asap rokok",
                          "The health post teaches families about second-hand smoke.", ["asap rokok"],
                          name="Studi rokok keluarga")


def test_the_danger_a_session_teaches_is_not_the_practice_found():
    text = "Kader desa memberikan penyuluhan tentang bahaya asap rokok kepada para ayah setiap bulan."
    assert "asap_anak" not in codes_of_paragraph(SMOKE, text)


def test_how_to_handle_a_fever_taught_in_counselling_is_not_fear():
    text = "- Konseling bagi ibu baru oleh perawat, termasuk cara menangani demam ringan di rumah."
    assert "takut_demam" not in codes_of_paragraph(FEVER, text)


def test_the_practice_reported_still_counts():
    text = "Di banyak rumah, asap rokok masih memenuhi kamar tempat bayi tidur, kata kader."
    assert "asap_anak" in codes_of_paragraph(SMOKE, text)


def test_a_code_about_teaching_keeps_its_lesson():
    text = "Kader desa memberikan penyuluhan tentang bahaya asap rokok kepada para ayah setiap bulan."
    assert "penyuluhan_asap" in codes_of_paragraph(TALKS, text)
    assert teaches(TALKS.codes[0]) and not teaches(SMOKE.codes[0])


def test_a_harm_named_without_teaching_or_far_from_the_opener_counts():
    assert not names_taught_topic("Bahaya asap rokok sudah dirasakan warga sejak lama.", "asap rokok",
                                  SMOKE.codes[0])
    assert not names_taught_topic("Materi kelas membahas bahaya jajanan, dan ayah tetap menyalakan asap rokok di dapur.",
                                  "asap rokok", SMOKE.codes[0])


def test_informants_or_talking_in_a_definition_is_no_teaching_code():
    code = one_code_codebook("takut_demam", "Takut anak demam",
                             "Informants describe parents talking about their fear of a fever after vaccination.",
                             ["demam"], name="Studi imunisasi desa").codes[0]
    assert not teaches(code)


def test_evidence_inside_a_longer_word_is_not_the_taught_harm():
    # "asi" stands only inside "sosialisasi", two words after "risiko": not the evidence itself
    assert not names_taught_topic("Penyuluhan tentang risiko kurang sosialisasi di desa.", "asi", FEVER.codes[0])
