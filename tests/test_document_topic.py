"""A document's topic (headline and lead) meets a rule's `topic:` condition for each of its
paragraphs (pipeline/coding/document_topic.py). The sentences are new wordings written here."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook import load_codebook
from pipeline.codebook.load import parse_codebook
from pipeline.coding import code_segments
from pipeline.coding.document_topic import is_headline_line, topic_positions
from pipeline.schema import SEGMENT_COLUMNS
from tests.helpers import one_category_yaml

WORI = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")
HELP_REGISTER = "bantuan_pendaftaran"
OUTREACH = "Petugas kemudian turun jemput bola ke rumah-rumah warga di tiga kecamatan pesisir."


def page_codes(paragraphs: list[str]) -> list[set[str]]:
    """The codes of each paragraph of one news page."""
    rows = [{"segment_id": f"p{i}", "document": "n.md", "informant": "N1", "speaker": "N1",
             "speaker_role": "informant", "start": i * 400, "end": i * 400 + len(text), "line": 2 * i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""}
            for i, text in enumerate(paragraphs)]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), WORI)
    return [set(found.loc[found["segment_id"] == f"p{i}", "code_id"]) for i in range(len(paragraphs))]


def test_outreach_in_an_insurance_story_is_registration_help():
    codes = page_codes(["# Ribuan Warga Miskin di Kabupaten Pesisir Belum Punya Kartu JKN",
                        "Pemerintah kabupaten menargetkan semua warga miskin tercatat sebagai peserta JKN tahun ini.",
                        OUTREACH])
    assert HELP_REGISTER in codes[2]


def test_outreach_on_a_civil_registry_page_is_not():
    codes = page_codes(["# Disdukcapil Kejar Target Perekaman KTP Elektronik",
                        "Dinas kependudukan menargetkan semua warga wajib KTP sudah merekam data sebelum akhir tahun.",
                        OUTREACH])
    assert HELP_REGISTER not in codes[2]


TWO_RULES = parse_codebook(one_category_yaml([
    {"id": "with_topic", "label": "Kunjungan untuk vaksin", "definition": "Home visits for vaccination.",
     "keywords": ["imunisasi keliling"], "rules": [{"all": ["kunjungan"], "any": ["vaksin"], "topic": ["vaksin"]}]},
    {"id": "without_topic", "label": "Kunjungan rumah untuk vaksin", "definition": "Home visits for vaccination.",
     "keywords": ["imunisasi keliling"], "rules": [{"all": ["kunjungan"], "any": ["vaksin"]}]},
], name="Studi kunjungan"), source="test.yaml")


def test_only_a_rule_naming_a_topic_reads_the_page():
    rows = [{"segment_id": f"p{i}", "document": "v.md", "informant": "V1", "speaker": "V1",
             "speaker_role": "informant", "start": i * 300, "end": i * 300 + len(text), "line": 2 * i + 1,
             "language": "ind", "text": text, "gloss": "", "translation": ""}
            for i, text in enumerate(["# Cakupan Vaksin Campak Masih Rendah",
                                      "Dinas kesehatan menyebut banyak anak belum mendapat vaksin campak.",
                                      "Kader lalu melakukan kunjungan ke rumah warga setiap sore."])]
    found = code_segments(pd.DataFrame(rows, columns=SEGMENT_COLUMNS), TWO_RULES)
    assert set(found.loc[found["segment_id"] == "p2", "code_id"]) == {"with_topic"}


@pytest.mark.parametrize("text, headline", [
    ("# Pemkab Tambah Peserta JKN", True),
    ("Pemkab Tambah 3.000 Peserta JKN dari Warga Miskin", True),
    ("Pemerintah kabupaten menambah tiga ribu peserta JKN tahun ini.", False),
    ("Kepala dinas sosial mengatakan, pendataan berjalan sejak Januari dan akan selesai bulan depan karena banyak warga pindah alamat serta belum melapor ke kelurahan masing-masing.", False),
])
def test_a_headline_is_a_short_line_without_a_closing_stop(text, headline):
    assert is_headline_line(text) is headline


def test_the_topic_is_the_headline_and_the_lead():
    owners = ["a.md", "a.md", "a.md", "b.md", "b.md"]
    texts = ["# Judul", "Lead pertama.", "Isi.", "Paragraf pembuka tanpa judul.", "Isi berikutnya."]
    assert topic_positions(owners, texts, frozenset({"a.md", "b.md"})) == {"a.md": [0, 1], "b.md": [3]}
