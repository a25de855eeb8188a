"""Manado Malay kase read by its sense (permission.py): LET before a person's act, before going or
joining, and, negated, closing its clause after a family member; GIVE before a thing; the causative
before a state. The coder reads the gloss, so a family's refusal reaches a code about prohibition."""

from __future__ import annotations

import pytest
from helpers import codes_of_paragraph, one_code_codebook

from pipeline.gloss.glosser import shared_glosser


def translate(source: str) -> str:
    return shared_glosser().gloss(source, "xmm").translation


@pytest.mark.parametrize("source, expected", [
    ("Kita so mau, mar kita pe mertua nyanda kase.", "Saya sudah mau, tapi mertua saya tidak mengizinkan."),
    ("Depe papa nda kase iko ka kota.", "Ayahnya tidak mengizinkan ikut ke kota."),
    ("Dia pe laki nyanda kase suntik KB.", "Suaminya tidak mengizinkan suntik KB."),
    ("Dorang nda kase depe ade bamain di pante.", "Mereka tidak mengizinkan adiknya bermain di pantai."),
])
def test_kase_refusing_or_giving_leave_is_mengizinkan(source, expected):
    assert translate(source) == expected


@pytest.mark.parametrize("source, expected", [
    ("Pemilik warung nyanda kase gula lagi.", "Pemilik warung tidak memberi gula lagi."),  # a thing is given
    ("Nyanda, kita nyanda kase.", "Tidak, saya tidak kasih."),                           # the speaker: a thing asked for
    ("Bidan nda kase.", "Bidan tidak kasih."),                                           # a carer withholds, no leave
])
def test_kase_before_a_thing_or_after_no_family_member_stays_giving(source, expected):
    assert translate(source) == expected


REFUSAL = one_code_codebook(
    "penolakan_keluarga", "Penolakan suami atau keluarga",
    "Suami atau keluarga melarang ibu memeriksakan diri atau memakai kontrasepsi.",
    ["izin suami", "suami larang"], name="Studi keluarga (test)")


def test_a_family_refusal_in_manado_reaches_a_prohibition_code_through_the_gloss():
    said = "Kita so mau pigi periksa, mar kita pe suami nda kase, dia bilang nanti orang tau."
    assert codes_of_paragraph(REFUSAL, translate(said)) == {"penolakan_keluarga"}
    assert codes_of_paragraph(REFUSAL, translate("Kita pe suami nda kase doi, jadi kita jalang kaki.")) == set()
