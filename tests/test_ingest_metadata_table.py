"""A Word transcript that opens with a table of interview facts (key | value rows) instead of
`---` front matter: the facts are its front matter, checked as front matter is; a table in a
transcript that is neither turns nor facts is reported with its file, line and number."""

from __future__ import annotations

import docx
import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch

TURNS = ["P: Sudah berapa lama Bapak jadi kader posyandu?",
         "D2: So lima tahun, kita yang pegang timbangan bayi di desa.",
         "P: Apa kendala paling berat?",
         "D2: Orang tua nda mau datang kalau hujan, jalan becek."]


def write_docx(path, tables_before: list[list[list[str]]], tables_after: list[list[list[str]]] = ()) -> None:
    document = docx.Document()
    for rows in tables_before:
        _add_table(document, rows)
    for line in TURNS:
        document.add_paragraph(line)
    for rows in tables_after:
        _add_table(document, rows)
    document.save(path)


def _add_table(document, rows: list[list[str]]) -> None:
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(grid.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value


def batch_of(tmp_path, before, after=()):
    folder = tmp_path / "b"
    folder.mkdir()
    write_docx(folder / "wawancara_D2.docx", before, after)
    return read_batch(folder)


FACTS = [["Kode Informan", "D2"], ["Peran", "Kader posyandu"], ["Tanggal", "2025-03-04"],
         ["Desa", "Kema"], ["Bahasa", "Melayu Manado"], ["Usia", "41"]]


def test_a_facts_table_before_the_turns_is_the_front_matter(tmp_path):
    batch = batch_of(tmp_path, [FACTS])
    assert list(batch.segments["speaker"]) == ["P", "D2", "P", "D2"]
    assert batch.segments["text"].iloc[1].startswith("So lima tahun")
    metadata = batch.documents["wawancara_D2.docx"].metadata
    assert metadata["informant"] == "D2" and metadata["role"] == "Kader posyandu"
    assert str(metadata["date"]) == "2025-03-04" and metadata["site"] == "Kema"
    assert metadata["language"] == "xmm" and metadata["Usia"] == 41
    row = batch.informants.set_index("informant").loc["D2"]
    assert row["role"] == "Kader posyandu"
    assert not any("table" in warning for warning in batch.warnings)


def test_a_facts_table_is_checked_as_front_matter(tmp_path):
    rows = [["Informan", "D2"], ["Tanggal", "4 Maret 2025"], ["Bahasa", "Sangihe"]]
    with pytest.raises(InputError) as caught:
        batch_of(tmp_path, [rows])
    text = str(caught.value)
    assert "wawancara_D2.docx" in text and "language must be one of" in text and "Sangihe" in text


def test_a_table_neither_turns_nor_facts_is_reported_with_its_number(tmp_path):
    costs = [["Biaya", "Jumlah"], ["Ojek ke puskesmas", "Rp 20.000"], ["Fotokopi KK", "Rp 2.000"]]
    batch = batch_of(tmp_path, [FACTS], [costs])
    warnings = [warning for warning in batch.warnings if "table 2" in warning]
    assert len(warnings) == 1
    assert "wawancara_D2.docx" in warnings[0] and "line " in warnings[0]


def test_a_facts_table_after_the_first_turn_is_not_front_matter(tmp_path):
    batch = batch_of(tmp_path, [], [FACTS])
    assert "informant" not in batch.documents["wawancara_D2.docx"].metadata
    assert any("table 1" in warning for warning in batch.warnings)
