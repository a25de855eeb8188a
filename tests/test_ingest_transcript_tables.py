"""Word transcripts as transcription tools and editors save them: a [speaker | words] table under a
header row, with a column of times, and an empty .docx in the batch."""

from __future__ import annotations

import io

import docx
import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch

FRONT = ["---", "informant: B09", "language: xmm", "---"]
TURNS = [("P", "Ibu minum obat tiap hari?"), ("B09", "Iyo, kita pe anak yang ingatkan, mar kadang mual skali."),
         ("P", "Ambil obat di mana?"), ("B09", "Di puskesmas, jauh, ongkos ojek mahal.")]
TIMES = ["00:00:01", "00:00:05", "00:00:12", "00:00:15"]


def table_docx(rows: list[list[str]]) -> bytes:
    document = docx.Document()
    for line in FRONT:
        document.add_paragraph(line)
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(grid.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def turns_of(tmp_path, content: bytes):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "B09.docx").write_bytes(content)
    batch = read_batch(folder)
    return batch, list(zip(batch.segments["speaker"], batch.segments["text"]))


def test_a_speaker_tables_header_row_is_no_turn(tmp_path):
    batch, turns = turns_of(tmp_path, table_docx([["Pembicara", "Teks"], *map(list, TURNS)]))
    assert turns == TURNS
    assert not any("Pembicara" in warning for warning in batch.warnings)


def test_a_column_of_times_is_left_out_of_the_turns(tmp_path):
    rows = [["Waktu", "Pembicara", "Teks"], *[[time, *turn] for time, turn in zip(TIMES, TURNS)]]
    batch, turns = turns_of(tmp_path, table_docx(rows))
    assert turns == TURNS
    assert set(batch.segments.loc[batch.segments["speaker"] == "B09", "speaker_role"]) == {"informant"}


def test_times_as_ranges_in_a_table_without_header(tmp_path):
    rows = [[f"[{time} - {time[:-1]}9]", *turn] for time, turn in zip(TIMES, TURNS)]
    _, turns = turns_of(tmp_path, table_docx(rows))
    assert turns == TURNS


def test_a_headerless_speaker_table_keeps_its_first_turn(tmp_path):
    _, turns = turns_of(tmp_path, table_docx([list(turn) for turn in TURNS]))
    assert turns == TURNS


def test_an_empty_docx_is_reported_not_a_traceback(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "B09.docx").write_bytes(b"")
    with pytest.raises(InputError, match="B09.docx.*empty"):
        read_batch(folder)


def test_an_empty_speaker_cell_merged_with_the_one_above_continues_its_turn(tmp_path):
    document = docx.Document()
    for line in FRONT:
        document.add_paragraph(line)
    grid = document.add_table(rows=4, cols=2)
    for row, (speaker, words) in zip(grid.rows, [TURNS[0], TURNS[1], ("", "Kadang lupa juga."), TURNS[2]]):
        row.cells[0].text, row.cells[1].text = speaker, words
    grid.cell(1, 0).merge(grid.cell(2, 0)).text = "B09"   # Word: one cell down two rows, "same speaker"
    buffer = io.BytesIO()
    document.save(buffer)
    batch, turns = turns_of(tmp_path, buffer.getvalue())
    assert turns[1] == ("B09", f"{TURNS[1][1]}\nKadang lupa juga.")
    assert len(turns) == 3 and not any("unknown speaker" in warning for warning in batch.warnings)


def test_a_truly_empty_speaker_cell_is_an_unknown_speaker_named_by_table_and_row(tmp_path):
    rows = [list(TURNS[0]), list(TURNS[1]), ["", "Kadang lupa juga."], list(TURNS[2])]
    batch, turns = turns_of(tmp_path, table_docx(rows))
    assert turns[1] == TURNS[1]   # not joined to the informant's words
    unknown = batch.segments[batch.segments["speaker_role"] == "unknown"]
    assert unknown["text"].str.contains("Kadang lupa juga.").tolist() == [True]
    warning = next(warning for warning in batch.warnings if "empty speaker cell" in warning)
    assert "B09.docx, table 1, row 3" in warning and "Merge Cells" in warning


def test_a_timespan_column_gives_each_turn_its_start_and_end(tmp_path):
    """NVivo's Timespan | Speaker | Content: the times stay out of the words and fill time_start and
    time_end, so a quotation can carry its place in the recording (--timestamps)."""
    spans = ["0:00:01.5 - 0:00:04.9", "0:00:04.9 - 0:00:11.0", "0:00:11.0 - 0:00:14.2", "0:00:14.2 - 0:00:30.0"]
    rows = [["Timespan", "Speaker", "Content"], *[[span, *turn] for span, turn in zip(spans, TURNS)]]
    batch, turns = turns_of(tmp_path, table_docx(rows))
    assert turns == TURNS
    segments = batch.segments
    assert segments["time_start"].tolist() == ["00:00:01.500", "00:00:04.900", "00:00:11.000", "00:00:14.200"]
    assert segments["time_end"].tolist() == ["00:00:04.900", "00:00:11.000", "00:00:14.200", "00:00:30.000"]
