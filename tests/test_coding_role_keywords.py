"""A keyword naming people by their work ("bidan", "kader") says who acts, not what the turn is
about: alone it is weak evidence, even when the label names them as the ones who act
("Konseling menyusui oleh bidan dan kader"); with another word of its code it stands."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.test_coding_minimal import segments


COUNSELLING = """
name: Layanan nifas (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: dukungan
        label: Dukungan
        codes:
          - id: konseling
            label: Konseling menyusui oleh bidan dan kader
            definition: A midwife or cadre teaches or advises the mother about breastfeeding.
            keywords: [konseling, bidan, kader]
"""


def coded(text: str) -> set[str]:
    return set(code_segments(segments(("A", text)), parse_codebook(COUNSELLING))["code_id"])


def test_a_role_alone_is_not_the_code():
    assert coded("Di desa ini ada tujuh kader, semuanya perempuan dan masih aktif.") == set()
    assert coded("Sudah dua belas tahun saya jadi bidan di sini, sebelumnya di kota.") == set()


def test_a_role_with_a_word_of_the_code_stands():
    assert coded("Bidan ajarkan saya cara menyusui yang benar waktu masih di klinik.") == {"konseling"}
    assert coded("Kami dapat konseling dari kader tiap bulan.") == {"konseling"}
