"""A ter- form of a code's word says what happened to its subject (pipeline/coding/stative_subjects.py):
in a document it is the code's evidence only when that subject is a person, a place or the codebook's
matter. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.codebook.load import parse_codebook
from tests.helpers import codes_of_paragraph

DELAYING = parse_codebook("""
name: KB pasca persalinan (test)
themes:
  - id: keputusan
    label: Keputusan
    categories:
      - id: waktu
        label: Waktu
        codes:
          - id: menunda_kb
            label: Menunda pemakaian kontrasepsi
            definition: After a birth the mother or the couple puts off using a method, waiting for menstruation to return.
            keywords: [menunda, tunggu haid]
          - id: tutup_wadah
            label: Menutup wadah air
            definition: Households cover the containers they store water in, such as a drum or a bucket.
            keywords: [menutup]
""")


def codes(text: str, interview: bool = False) -> set[str]:
    return codes_of_paragraph(DELAYING, text, interview)


@pytest.mark.parametrize("thing", [
    "Obat suntik belum sampai di Puskesmas karena perahu pengangkut tertunda ombak besar selama dua minggu.",
    "Musim hujan membuat jalan ke kebun tertutup longsor sejak Maret.",
])
def test_what_happened_to_something_else_is_no_evidence(thing):
    assert codes(thing) == set()


@pytest.mark.parametrize("text, code", [
    ("Banyak ibu muda di kelurahan itu tertunda memakai kontrasepsi sampai bayinya berumur satu tahun.", "menunda_kb"),
    ("Setelah kerja bakti, setiap drum di belakang rumah warga sudah tertutup rapat.", "tutup_wadah"),
    ("Tertunda karena menunggu haid, banyak ibu belum memakai kontrasepsi.", "menunda_kb"),
])
def test_a_person_or_the_codes_matter_keeps_it(text, code):
    assert code in codes(text)


def test_speech_is_read_as_before():
    """Interview rules are left as they were: a speaker's subject is often unsaid."""
    assert codes("Obat suntik belum sampai karena perahu pengangkut tertunda ombak besar.",
                 interview=True) == {"menunda_kb"}
