"""A code that names an absence ("Tidak rutin memeriksa ...") is also found where the act is
said to be rare or stopped: "jarang periksa" as its keyword, or "jarang" before a keyword."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.test_coding_minimal import segments


ABSENT_CHECK = """
name: Kepatuhan pengobatan (test)
themes:
  - id: pemeriksaan
    label: Pemeriksaan
    categories:
      - id: rutin
        label: Keteraturan
        codes:
          - id: tidak_rutin
            label: Tidak rutin mengukur gula darah
            definition: People measure their blood sugar rarely or only when they feel unwell.
            keywords: [jarang cek, ukur gula]
"""


def coded(text: str) -> set[str]:
    return set(code_segments(segments(("A", text)), parse_codebook(ABSENT_CHECK))["code_id"])


def test_a_keyword_saying_the_act_is_rare_counts_where_it_is_affirmed():
    assert coded("Terus terang saya jarang cek, cuma kalau badan lemas.") == {"tidak_rutin"}


def test_a_rare_act_denies_the_keyword_after_it():
    assert coded("Bapak jarang ukur gula, katanya repot ke puskesmas.") == {"tidak_rutin"}
    assert coded("Tiap minggu saya ukur gula di posbindu.") == set()     # done regularly: no absence
