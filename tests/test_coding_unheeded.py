"""A code about not bothering or reluctance is told by a request left unheeded
(pipeline/coding/unheeded.py): being asked, a denial, and a contrast or a repetition."""

from __future__ import annotations

import pytest

from helpers import codes_of_paragraph, one_code_codebook
from pipeline.coding.unheeded import unheeded_rules

NOT_BOTHERING = "Households do not bother to complete the papers: they leave forms blank or ignore invitations."
CARELESS = one_code_codebook("abai", "Malas mengurus berkas", NOT_BOTHERING, ["malas", "nanti saja"], name="Berkas warga (uji)")


@pytest.mark.parametrize("text", [
    "Sebagian keluarga sudah diundang ke balai kampung tiga kali, tetapi tidak pernah hadir.",
    "Formulir itu tidak dikembalikan walaupun sudah diingatkan petugas kelurahan.",
    "Kami ajak berkali-kali ikut pendataan, mereka tetap tidak mau.",
    "Keluarga di ujung kampung sudah dikunjungi kader dua kali, tapi berkasnya nda dilengkapi.",  # Manado
    "Dorang so diundang ke kantor lurah, mar nyanda datang.",                 # Manado contrast
])
def test_a_request_left_unheeded_is_evidence_of_not_bothering(text):
    assert codes_of_paragraph(CARELESS, text) == {"abai"}


@pytest.mark.parametrize("text", [
    "Warga diundang ke balai kampung untuk pendataan pada hari Senin.",           # no denial
    "Petugas tidak datang ke balai kampung karena jalan tertutup longsor.",       # asked by nobody
    "Keluarga itu didatangi petugas dan berkasnya langsung diisi bersama.",       # heeded
])
def test_without_an_unheeded_request_there_is_no_evidence(text):
    assert codes_of_paragraph(CARELESS, text) == set()


def test_only_a_code_about_not_bothering_reads_unheeded_requests():
    lost = "The household lost its papers in a flood or a fire."
    papers = one_code_codebook("berkas", "Berkas hilang", lost, ["hilang"], name="Berkas warga (uji)")
    assert unheeded_rules(CARELESS.codes[0]) and unheeded_rules(papers.codes[0]) == []
    assert codes_of_paragraph(papers, "Keluarga sudah diundang dua kali, tetapi tidak datang.") == set()
