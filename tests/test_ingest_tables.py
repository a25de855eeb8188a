"""Action-plan tables: each row is one segment, read in document order, its header not coded
(pipeline/ingest/tables.py, word.py)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pandas as pd
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pipeline.coding.coder import code_segments
from pipeline.ingest import read_batch
from pipeline.schema import SEGMENT_COLUMNS
from test_coding_distinctions import CODEBOOK, HELP_REGISTER, INFORM

HEADER = ["No", "Masalah", "Strategi / Kegiatan", "Sasaran", "Penanggung jawab"]
ROWS = [
    ["1", "Banyak balita belum terdaftar", "Kader akan mendata balita yang belum punya kartu BPJS dan membantu "
     "pendaftarannya", "Keluarga balita", "Kader posyandu"],
    ["2", "Orang tua kurang informasi", "Puskesmas perlu meningkatkan penyuluhan tentang manfaat JKN kepada "
     "orang tua balita", "Orang tua balita", "Puskesmas"],
]
FRONT = ["---", "informant: R1", "role: Rencana aksi", "type: document", "---"]


def plan_docx(rows=ROWS, header=HEADER, before=("Rencana aksi peningkatan kepesertaan JKN",),
              after=("Rencana ini ditinjau setiap triwulan.",)) -> bytes:
    document = docx.Document()
    for line in [*FRONT, *before]:
        document.add_paragraph(line)
    grid = document.add_table(rows=len(rows) + (1 if header else 0), cols=len(rows[0]))
    for row, values in zip(grid.rows, ([header] if header else []) + rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    for line in after:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def plan_md(rows=ROWS) -> str:
    lines = [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join([*FRONT, "", "Rencana aksi peningkatan kepesertaan JKN:", "",
                      f"| {' | '.join(HEADER)} |", "|" + "---|" * len(HEADER), *lines, "",
                      "Rencana ini ditinjau setiap triwulan.", ""])


def read(tmp_path: Path, name: str, content: bytes | str):
    folder = tmp_path / "b"
    folder.mkdir(parents=True)
    path = folder / name
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    return read_batch(folder)


def test_docx_table_rows_are_segments_in_order_labelled_by_the_header(tmp_path):
    batch = read(tmp_path, "plan.docx", plan_docx())
    texts = batch.segments["text"].tolist()
    assert texts[0] == "Rencana aksi peningkatan kepesertaan JKN"
    assert texts[1] == "; ".join(f"{label}: {cell}" for label, cell in zip(HEADER, ROWS[0]))
    assert texts[2].startswith("No: 2; Masalah: Orang tua kurang informasi; Strategi / Kegiatan: Puskesmas")
    assert texts[3] == "Rencana ini ditinjau setiap triwulan."
    assert len(texts) == 4   # the header row is no segment of its own
    document = batch.documents["plan.docx"]
    assert all(document.text[start:end] == text for start, end, text
               in zip(batch.segments["start"], batch.segments["end"], texts))


def test_markdown_pipe_table_rows_are_segments_and_its_header_is_not(tmp_path):
    batch = read(tmp_path, "plan.md", plan_md())
    segments = batch.segments
    texts = segments["text"].tolist()
    assert texts[0] == "Rencana aksi peningkatan kepesertaan JKN:"
    assert texts[1:3] == [" | ".join(row) for row in ROWS]
    assert texts[3] == "Rencana ini ditinjau setiap triwulan."
    assert not any("Penanggung jawab" in text for text in texts)
    source = batch.documents["plan.md"].text
    lines = source.split("\n")
    assert [lines[line - 1].strip(" |") for line in segments["line"]] == texts


def test_a_table_without_a_header_keeps_every_row(tmp_path):
    batch = read(tmp_path, "plan.docx", plan_docx(header=None, before=(), after=()))
    assert batch.segments["text"].tolist() == ["; ".join(row) for row in ROWS]


def test_cells_merged_across_columns_are_read_once(tmp_path):
    document = docx.Document()
    grid = document.add_table(rows=3, cols=3)
    for cell, value in zip(grid.rows[0].cells, ["Kegiatan", "Waktu", "Waktu"]):
        cell.text = value
    grid.cell(0, 1).merge(grid.cell(0, 2))   # "Waktu" spans two columns
    grid.cell(0, 1).text = "Waktu"
    for row, values in zip(grid.rows[1:], [["Sosialisasi JKN di balai desa", "Maret", "April"],
                                           ["Pendataan balita", "Mei", "Juni"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    batch = read(tmp_path, "plan.docx", buffer.getvalue())
    assert batch.segments["text"].tolist() == ["Kegiatan: Sosialisasi JKN di balai desa; Waktu: Maret; Waktu: April",
                                               "Kegiatan: Pendataan balita; Waktu: Mei; Waktu: Juni"]


def test_a_cell_merged_down_the_rows_is_not_repeated(tmp_path):
    document = docx.Document()
    grid = document.add_table(rows=3, cols=2)
    for row, values in zip(grid.rows, [["Masalah", "Kegiatan"], ["Balita belum terdaftar", "Pendataan balita"],
                                       ["", "Pendampingan pendaftaran"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    grid.cell(1, 0).merge(grid.cell(2, 0))
    buffer = io.BytesIO()
    document.save(buffer)
    texts = read(tmp_path, "plan.docx", buffer.getvalue()).segments["text"].tolist()
    assert sum(text.count("Balita belum terdaftar") for text in texts) == 1
    assert texts[-1] == "Kegiatan: Pendampingan pendaftaran"


def paragraph_codes(text: str) -> set[str]:
    row = {"segment_id": "a", "document": "p.md", "informant": "R1", "speaker": "R1", "speaker_role": "informant",
           "start": 0, "end": len(text), "line": 1, "language": "", "text": text, "gloss": "", "translation": ""}
    informants = pd.DataFrame({"informant": ["R1"], "role": ["Rencana aksi"]})
    return set(code_segments(pd.DataFrame([row], columns=SEGMENT_COLUMNS), CODEBOOK, informants)["code_id"])


def row_codes(batch) -> list[set[str]]:
    codings = code_segments(batch.segments, CODEBOOK, batch.informants)
    return [set(codings.loc[codings["segment_id"] == segment_id, "code_id"])
            for segment_id in batch.segments["segment_id"]]


def test_a_strategy_in_a_row_is_coded_as_the_same_words_in_a_paragraph(tmp_path):
    docx_batch = read(tmp_path / "d", "plan.docx", plan_docx())
    md_batch = read(tmp_path / "m", "plan.md", plan_md())
    for batch in (docx_batch, md_batch):
        codes = row_codes(batch)
        assert HELP_REGISTER in codes[1] and INFORM in codes[2]
        assert codes[1:3] == [paragraph_codes(text) for text in batch.segments["text"][1:3]]
    assert row_codes(docx_batch)[1:3] == row_codes(md_batch)[1:3]
    assert [paragraph_codes(row[2]) for row in ROWS] == [{HELP_REGISTER}, {INFORM}]


def test_redaction_reaches_table_cells(tmp_path):
    rows = [["1", "Pendataan balita", "Hubungi kader di 0812-3456-7890", "Keluarga", "Kader"], ROWS[1]]
    batch = read(tmp_path, "plan.docx", plan_docx(rows=rows))
    assert "0812" not in " ".join(batch.redactor.masked_slices(
        batch.documents["plan.docx"].text, batch.segments["start"].tolist(), batch.segments["end"].tolist()))


def test_a_news_dateline_is_not_part_of_the_lead(tmp_path):
    leads = ["MANADO - Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen tahun ini.",
             "Manado, Kompas.com - Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen.",
             "JAKARTA, KOMPAS.com -- Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen.",
             "Jakarta (ANTARA) - Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen.",
             "Ternate, 14/2 (ANTARA) - Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen.",
             "TAHUNA, 9/11/2025 (ANTARA) - Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen.",
             "AMURANG \u2013 Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen.",
             "BERITADAERAH.COM, TONDANO \u2014 Dinas Kesehatan mencatat cakupan imunisasi dasar baru 31 persen."]
    kept = ["Kader - ibu-ibu desa - membantu pendaftaran balita ke kantor desa setiap bulan.",
            "BPJS - JKN", "Rapat 3/4 - hasilnya dibahas lagi pekan depan oleh tim desa.", "BACA JUGA \u2014 Bupati Resmikan Jalan Baru di Desa Sebelah"]
    text = "\n\n".join(["---", "type: document", "---", *leads, *kept]).replace("---\n\n", "---\n", 2)
    batch = read(tmp_path, "news.md", text)
    texts = batch.segments["text"].tolist()
    assert texts[:len(leads)] == [lead[lead.index("Dinas"):] for lead in leads]
    assert texts[len(leads):] == kept
