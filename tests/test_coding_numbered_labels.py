"""A label's place number ("2.1 ...") is no word of it (pipeline/coding/numbered_labels.py).
Sentences written for this test."""

from __future__ import annotations

import pytest

from pipeline.coding.numbered_labels import without_number
from tests.helpers import one_code_codebook, paragraph_codings


@pytest.mark.parametrize("label, read", [
    ("2.1 Menutup tambang tanpa izin", "Menutup tambang tanpa izin"),
    ("1.A Keraguan warga", "Keraguan warga"),
    ("3. Penularan", "Penularan"),
    ("IV. Dukungan tokoh", "Dukungan tokoh"),
    # a count or an abbreviation opening a label is a word of it
    ("2 kali kunjungan nifas", "2 kali kunjungan nifas"),
    ("Dr. Sam datang ke desa", "Dr. Sam datang ke desa"),
])
def test_the_number_a_label_opens_with(label, read):
    assert without_number(label) == read


@pytest.mark.parametrize("label", ["Menutup tambang tanpa izin", "2.1 Menutup tambang tanpa izin"])
def test_a_numbered_label_is_read_as_its_words(label):
    """Its act opening the label, what it is done without after it: a closure told, not an absence
    (without the number read as its first word, "2.1 Menutup ..." named an absence)."""
    codebook = one_code_codebook("tutup_tambang", label, "Pemerintah menutup tambang emas yang tidak berizin.",
                                 ["ditutup", "penutupan"], name="Studi tambang rakyat")
    found = paragraph_codings(codebook, "Lubang di hulu sungai sudah ditutup polisi bulan lalu.")
    assert found["code_id"].tolist() == ["tutup_tambang"]
    assert found["code"].tolist() == [label]   # written out as the codebook writes it
