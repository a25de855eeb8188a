"""A Word transcript that opens with a table of interview facts (key | value rows) instead of
`---` front matter: the facts are its front matter, checked as front matter is, and a problem in
them names the table and the row (a line of the extracted text cannot be found in Word); a table
in a transcript that is neither turns nor facts is reported with its file and number."""

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
    folder.mkdir(parents=True)
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
    assert "wawancara_D2.docx, table 2: " in warnings[0] and "line " not in warnings[0]


def test_a_facts_table_after_the_first_turn_is_not_front_matter(tmp_path):
    batch = batch_of(tmp_path, [], [FACTS])
    assert "informant" not in batch.documents["wawancara_D2.docx"].metadata
    assert any("table 1" in warning for warning in batch.warnings)


def problems_of(tmp_path, before, after=()) -> list[str]:
    with pytest.raises(InputError) as caught:
        batch_of(tmp_path, before, after)
    return [str(problem) for problem in caught.value.problems]


def test_an_impossible_date_in_a_facts_table_names_its_table_and_row(tmp_path):
    rows = [["Informan", "D2"], ["Jabatan", "Kader posyandu"], ["Lokasi", "Kema"], ["Tanggal", "2026-13-40"]]
    [problem] = problems_of(tmp_path, [rows])
    assert problem.endswith("wawancara_D2.docx, table 1, row 4 (Tanggal): '2026-13-40' is not a date "
                            "(month must be in 1..12): write YYYY-MM-DD (2024-05-13)")


def test_problems_of_a_facts_table_name_the_word_rows_counting_an_empty_row(tmp_path):
    rows = [["Informan", "D2"], ["", ""], ["Bahasa", "Sangihe"], ["Langauge", "ind"]]
    problems = problems_of(tmp_path, [rows])
    assert [problem.split("/b/")[1].split(":")[0] for problem in problems] == [
        "wawancara_D2.docx, table 1, row 3 (Bahasa)", "wawancara_D2.docx, table 1, row 4 (Langauge)"]
    assert "did you mean 'language'?" in problems[1]


def test_a_facts_table_without_a_role_names_the_row_or_the_table(tmp_path):
    empty_role = [["Informan", "D2"], ["Jabatan", ""], ["Tanggal", "2025-03-04"]]
    [warning] = [w for w in batch_of(tmp_path, [empty_role]).warnings if "no role" in w]
    assert warning.startswith("Tabel 1 has no role for D2 (")
    assert "wawancara_D2.docx, table 1, row 2 (Jabatan)): write each one's role there" in warning
    no_role = [["Informan", "D2"], ["Tanggal", "2025-03-04"]]
    [warning] = [w for w in batch_of(tmp_path / "again", [no_role]).warnings if "no role" in w]
    assert "wawancara_D2.docx, table 1): write" in warning and "Jabatan" in warning


def test_a_speaker_label_in_a_turns_table_names_its_table_and_row(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    document = docx.Document()
    _add_table(document, [["Pembicara", "Teks"], ["P", "Sudah berapa lama jadi kader?"],
                          ["Ibu Sari", "So lima tahun."], ["P", "Apa kendala?"], ["Ibu Sari", "Hujan."]])
    document.save(folder / "wawancara.docx")
    [warning] = [w for w in read_batch(folder).warnings if "Ibu Sari" in w and "speaker label" in w]
    assert "wawancara.docx, table 1, row 3: speaker label 'Ibu Sari'" in warning


def test_a_misspelled_key_word_in_a_facts_table_is_refused_with_the_key_it_means(tmp_path):
    rows = [["Informan", "D2"], ["Jabatan", "Kader posyandu"], ["Tangal", "2025-03-04"], ["Usia", "41"]]
    [problem] = problems_of(tmp_path, [rows])
    assert problem.endswith("wawancara_D2.docx, table 1, row 3 (Tangal): unknown key 'Tangal'; did you mean 'date'?")
