"""A keyword yields to another code's longer keyword holding its words where both match
(pipeline/coding/longer_keywords.py): "layanan berhenti merokok" is the service, not a quit
attempt; "sarana cuci tangan" a facility, not the practice. Sentences written for these tests
but one from a new user's trial."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph, minimal_codebook_yaml

NESTED = parse_codebook(minimal_codebook_yaml([
    ("cuci_tangan", "Kebiasaan cuci tangan", "Warga mencuci tangan dengan sabun.", ["cuci tangan"]),
    ("sarana", "Sarana sanitasi sekolah", "Fasilitas air dan sanitasi di sekolah.", ["sarana cuci tangan"]),
    ("kambuh", "Berhenti lalu kambuh", "Perokok berhenti lalu kembali.", ["berhenti merokok", "kambuh"]),
    ("konseling", "Konseling di Puskesmas", "Pelayanan konseling oleh petugas.", ["layanan berhenti merokok"]),
]))


@pytest.mark.parametrize("text, longer, shorter", [
    ("Sekolah dasar di dusun itu sudah punya sarana cuci tangan di depan kelas.", "sarana", "cuci_tangan"),
    ("Dana desa dipakai membangun sarana untuk cuci tangan di pasar.", "sarana", "cuci_tangan"),
    ("Puskesmas buka layanan berhenti merokok tiap hari Senin.", "konseling", "kambuh"),
    ("Dorang bilang ada layanan berhenti merokok di Puskesmas, mar suami nyanda mau pigi.", "konseling", "kambuh"),
])
def test_a_keyword_inside_another_codes_longer_keyword_yields(text, longer, shorter):
    found = codes_of_paragraph(NESTED, text, interview=True)
    assert longer in found and shorter not in found


@pytest.mark.parametrize("text, shorter", [
    ("Anak-anak sekarang cuci tangan pakai sabun sebelum makan.", "cuci_tangan"),
    ("Suami saya sudah berhenti merokok sejak anak kedua lahir.", "kambuh"),
    # the longer keyword elsewhere in the turn leaves the shorter one's own words standing
    ("Ada layanan konseling di Puskesmas. Tapi suami berhenti merokok sendiri waktu sakit.", "kambuh"),
])
def test_the_keyword_alone_still_is_its_code(text, shorter):
    assert shorter in codes_of_paragraph(NESTED, text, interview=True)


LABELLED = parse_codebook(minimal_codebook_yaml([
    ("teratur", "Minum obat teratur", "The patient takes the tablets every day.", ["minum obat", "obat habis"]),
    ("pengingat", "Kartu pengingat minum obat", "A card or message reminding patients of their tablets.",
     ["alarm HP", "SMS"]),
]))


def test_a_keyword_inside_another_codes_label_yields():
    found = codes_of_paragraph(LABELLED, "Setiap pasien baru menerima kartu pengingat minum obat dari perawat.")
    assert "teratur" not in found
    assert "teratur" in codes_of_paragraph(LABELLED, "Bapak itu minum obat setiap pagi sesudah sarapan.")
