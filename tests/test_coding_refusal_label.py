"""A code whose label negates an act ("Suami tidak mengizinkan") is found where a keyword states
the refusal outright ("suami larang": larang is "tidak mengizinkan"), not only where the text
denies something, and not where the refusal itself is denied ("suami nda larang")."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.test_coding_minimal import segments


NOT_PERMITTED = """
name: KB pasca persalinan (test)
themes:
  - id: hambatan
    label: Hambatan
    categories:
      - id: keluarga
        label: Keluarga
        codes:
          - id: suami_tidak_mengizinkan
            label: Suami tidak mengizinkan
            definition: The husband forbids contraception or the mother must wait for his permission.
            keywords: [suami larang, izin suami]
"""


def coded(text: str) -> set[str]:
    return set(code_segments(segments(("A", text)), parse_codebook(NOT_PERMITTED))["code_id"])


def test_a_keyword_stating_the_refusal_counts_as_written():
    assert coded("Waktu itu saya mau pasang spiral, tapi suami saya melarang keras.") == {"suami_tidak_mengizinkan"}
    assert coded("Suaminya larang dia ke klinik, jadi dia tidak jadi suntik.") == {"suami_tidak_mengizinkan"}


def test_a_denied_refusal_is_no_evidence():
    assert coded("Suami saya tidak pernah melarang, dia malah antar ke klinik.") == set()


def test_a_keyword_naming_the_missing_thing_still_needs_the_denial():
    assert coded("Saya sudah dapat izin suami, jadi langsung pasang implan.") == set()
    assert coded("Belum ada izin suami, jadi saya tunggu dulu.") == {"suami_tidak_mengizinkan"}


def test_a_label_negating_a_thing_takes_a_keyword_that_states_the_hardship():
    """'jauh' states the distance outright ('tidak dekat'): evidence for 'Jarak jauh dan tidak ada
    transportasi' as written, while 'ojek' still needs the text to say it is missing."""
    codebook = NOT_PERMITTED.replace("suami_tidak_mengizinkan", "jarak").replace(
        "Suami tidak mengizinkan", "Jarak jauh dan tidak ada transportasi").replace(
        "[suami larang, izin suami]", "[jauh, ojek]")
    found = lambda text: set(code_segments(segments(("A", text)), parse_codebook(codebook))["code_id"])
    assert found("Rumah kami jauh sekali dari puskesmas, dua jam jalan kaki.") == {"jarak"}
    assert found("Ada ojek di depan rumah, sepuluh ribu saja.") == set()
    assert found("Tidak ada ojek kalau malam, jadi kami tunggu pagi.") == {"jarak"}
