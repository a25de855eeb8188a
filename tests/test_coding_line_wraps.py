"""A document paragraph's wrapped lines are read as one line by the coder (pipeline/coding/line_wraps.py)."""

from __future__ import annotations

import pandas as pd

from pipeline.coding.line_wraps import unwrapped, with_unwrapped_documents


def test_a_line_break_inside_a_sentence_reads_as_a_space():
    text = "Petugas kelurahan memeriksa\n  tekanan darah warga lanjut usia,\ndi balai pertemuan."
    assert unwrapped(text) == "Petugas kelurahan memeriksa tekanan darah warga lanjut usia, di balai pertemuan."


def test_sentence_ends_list_items_tables_and_numbers_keep_their_line_breaks():
    text = ("Kegiatan yang disepakati:\n- Kader menjemput warga\n- Desa menyediakan perahu\nRapat selesai.\n"
            "Tahun ini tercatat\n120 warga\n| No | Kegiatan |\n# Jadwal baru\n(2) Desa menyediakan kendaraan.")
    assert unwrapped(text) == text


def test_only_documents_are_unwrapped():
    segments = pd.DataFrame({"document": ["plan.txt", "K1.txt"],
                             "text": ["Bidan desa akan\nmengantar ibu hamil.", "Saya antar\ndia ke sana."],
                             "translation": ["Bidan desa akan\nmengantar ibu hamil.", ""]})
    read = with_unwrapped_documents(segments, frozenset({"plan.txt"}))
    assert read["text"].tolist() == ["Bidan desa akan mengantar ibu hamil.", "Saya antar\ndia ke sana."]
    assert read["translation"].tolist()[0] == "Bidan desa akan mengantar ibu hamil."
    assert segments["text"][0] == "Bidan desa akan\nmengantar ibu hamil."   # the segments table is not changed


def test_lettered_list_items_keep_their_line_breaks():
    """A lettered list (the list markers of ingest.line_shapes.list_marker) is no wrapped sentence: "b) ..." is
    lower case, as a wrapped line's first word is, and was joined to the item before it."""
    text = ("Puskesmas menyiapkan\na) timbangan bayi di setiap pos\nb) buku catatan gizi\n"
            "c) lemari obat yang terkunci")
    assert unwrapped(text) == "Puskesmas menyiapkan\na) timbangan bayi di setiap pos\nb) buku catatan gizi\n" \
                              "c) lemari obat yang terkunci"


def test_an_item_numbered_in_brackets_keeps_the_line_after_it_apart():
    text = "(3) Perawat mencatat hasil kunjungan\nKepala desa menandatangani laporan."
    assert unwrapped(text) == text


def test_a_title_in_capitals_keeps_its_line_break_before_the_paragraph_under_it():
    text = "RENCANA KERJA POSYANDU MAWAR\nKader menimbang balita setiap bulan di balai desa."
    assert unwrapped(text) == text
    assert unwrapped("RENCANA KERJA\nposyandu mawar") == "RENCANA KERJA posyandu mawar"


def test_a_line_ending_a_quoted_sentence_or_an_ellipsis_ends_it_as_at_ingest():
    """A sentence whose full stop stands before a closing quote or bracket, or that ends with an
    ellipsis, ends at its line as ingest reads it (`line_shapes.ends_clause`): no wrap."""
    assert unwrapped('Kader bilang "anak harus ditimbang."\nIbu datang besok.') == \
        'Kader bilang "anak harus ditimbang."\nIbu datang besok.'
    assert unwrapped("Warga menunggu hasil pemeriksaan\u2026\nPetugas datang sore.") == \
        "Warga menunggu hasil pemeriksaan\u2026\nPetugas datang sore."
    assert unwrapped("Warga menunggu hasil\npemeriksaan darah.") == "Warga menunggu hasil pemeriksaan darah."
