"""A code about hiding an illness out of shame is told by the fear that others come to know
(pipeline/coding/others_knowing.py): a word of fear, refusal or prohibition, a person, a verb of knowing."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, gloss_xmm, one_code_codebook
from pipeline.coding.others_knowing import others_knowing_rules

HIDING = ("The patient or the family keeps the illness secret from neighbours and feels ashamed of it. "
          "Not coded when the patient tells everyone openly.")
SECRET = one_code_codebook("rahasia", "Merahasiakan penyakit", HIDING, ["rahasia", "aib"], name="Penyakit kulit (uji)")


@pytest.mark.parametrize("text", [
    "Dia minum obatnya di kamar mandi, takut adik iparnya tahu.",
    "Ibu itu tidak mau tetangganya tahu soal hasil pemeriksaannya.",
    "Pesan saya cuma satu: jangan sampai orang lain tahu.",
    "Kalau ke apotek dia pakai topi, malu kalau teman-temannya lihat.",
])
def test_a_feared_knowing_by_others_is_evidence_of_hiding(text):
    assert codes_of_paragraph(SECRET, text, interview=True) == {"rahasia"}


def test_a_manado_feared_knowing_is_read_through_its_gloss():
    translation = gloss_xmm("Kita tako tamang kerja tau.")
    assert codes_of_paragraph(SECRET, translation, interview=True) == {"rahasia"}, translation


@pytest.mark.parametrize("text", [
    "Saya tidak malu kalau orang tahu, saya cerita saja ke semua.",     # the shame denied
    "Dia takut tahu hasilnya, jadi tidak mau mengambil kertasnya.",      # her own knowing: no one else
    "Tetangga tahu jalan ke puskesmas, mereka yang antar kami.",         # knowing, no fear
    "Tiap pagi dia lihat lukanya lama-lama, takut jari yang lain ikut membusuk.",   # seeing, then another fear
])
def test_without_a_feared_knowing_by_others_there_is_no_evidence(text):
    assert codes_of_paragraph(SECRET, text, interview=True) == set()


def test_only_a_code_naming_both_hiding_and_shame_reads_it():
    dogs = one_code_codebook("anjing", "Pemilik menyembunyikan anjing",
                             "Owners hide their dogs in the garden when the vaccinators come.", ["sembunyikan"])
    assert others_knowing_rules(SECRET.codes[0])
    assert others_knowing_rules(dogs.codes[0]) == []
    assert codes_of_paragraph(dogs, "Dia takut petugas dinas lihat, jadi diikat di belakang.", interview=True) == set()
