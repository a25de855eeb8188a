"""In a document, a code's words as the object of a rate ("Cakupan imunisasi dasar lengkap 71,4
persen") are a statistic: monitoring, which the documents convention does not count. A sentence
that reports or plans the practice itself still counts, figures or not."""

from __future__ import annotations

from pipeline.codebook.load import parse_codebook
from pipeline.coding.coder import code_segments
from tests.test_coding_minimal import segments

VISITS = """
name: Kunjungan nifas (test)
themes:
  - id: layanan
    label: Layanan
    categories:
      - id: kunjungan
        label: Kunjungan
        codes:
          - id: kunjungan_nifas
            label: Kunjungan nifas oleh bidan
            definition: A midwife visits the mother at home in the weeks after birth.
            keywords: [kunjungan nifas, kunjungan rumah]
"""


def coded_paragraphs(*paragraphs: str) -> dict[str, set[str]]:
    frame = code_segments(segments(*(("doc", p) for p in paragraphs), document="laporan.md"), parse_codebook(VISITS))
    return {f"s{i}": set(frame.loc[frame["segment_id"] == f"s{i}", "code_id"]) for i in range(len(paragraphs))}


def test_a_rate_of_the_practice_is_a_statistic():
    found = coded_paragraphs(
        "Cakupan kunjungan nifas lengkap di kecamatan ini baru 64,8 persen pada tahun lalu.",
        "Capaian kunjungan rumah oleh bidan desa naik menjadi 81% setelah ada motor dinas.",
    )
    assert found == {"s0": set(), "s1": set()}


def test_the_practice_reported_or_planned_still_counts():
    found = coded_paragraphs(
        "Pada bulan Maret bidan melakukan 37 kunjungan nifas ke rumah ibu yang baru bersalin.",
        "Tahun depan setiap ibu akan mendapat kunjungan rumah dua kali dalam minggu pertama.",
        "Cakupan kunjungan nifas rendah, jadi bidan kini melakukan kunjungan rumah tiap Selasa.",
    )
    assert found == {"s0": {"kunjungan_nifas"}, "s1": {"kunjungan_nifas"}, "s2": {"kunjungan_nifas"}}


def test_a_keyword_outside_the_rate_still_counts():
    found = coded_paragraphs(
        "Cakupan kunjungan nifas baru 60 persen. Karena itu bidan kini melakukan kunjungan nifas tiap Selasa.",
        "Cakupan kunjungan nifas baru 60 persen, jadi bidan kini melakukan kunjungan rumah tiap Selasa.",
    )
    assert found == {"s0": {"kunjungan_nifas"}, "s1": {"kunjungan_nifas"}}
