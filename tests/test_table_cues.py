"""A timed Word table of turns that a tool wrote (AWS Transcribe through tscribe: a heading, notes and
a confidence table, then Time | Speaker | Content rows of `spk_0`, `spk_1`) is that tool's export:
its speakers are mapped by the batch, its heading and confidence table are a note, not turns."""

from __future__ import annotations

import docx
import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch

ROWS = [("00:00:02", "spk_0", "Bapak kerja di bagian apa sekarang?"),
        ("00:00:06", "spk_1", "Kita di gudang pendingin, mesin kompresor bunyi kras skali."),
        ("00:00:15", "spk_0", "Ada pakai penutup telinga?"),
        ("00:00:19", "spk_1", "Jarang, kalu pake torang nda dengar mandor pangge.")]


def _filled(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cell, value in zip((cell for row in table.rows for cell in row.cells), (value for row in rows for value in row)):
        cell.text = value


def batch_of(tmp_path, sidecar: str):
    folder = tmp_path / "b"
    folder.mkdir()
    document = docx.Document()
    document.add_heading("Transcription of gudang-r2", level=1)
    document.add_paragraph("Transcription using AWS Transcribe automatic speech recognition.")
    _filled(document, [("Confidence", "Count", "Percentage"), ("98% - 100%", "40", "80.0%"), ("90% - 97%", "10", "20.0%")])
    document.add_paragraph()
    _filled(document, [("Time", "Speaker", "Content"), *ROWS])
    document.save(folder / "aws_R2.docx")
    (folder / "aws_R2.yaml").write_text(sidecar, encoding="utf-8")
    return folder


def test_a_tools_timed_table_is_mapped_by_its_sidecar(tmp_path):
    batch = read_batch(batch_of(tmp_path, "informant: R2\nlanguage: xmm\nspeakers: {spk_0: P, spk_1: R2}\n"))
    segments = batch.segments
    spoken = segments[segments["speaker_role"] != "note"]
    assert spoken["speaker"].tolist() == ["P", "R2", "P", "R2"]
    assert spoken["speaker_role"].tolist() == ["interviewer", "informant", "interviewer", "informant"]
    assert spoken["time_start"].tolist() == ["00:00:02.000", "00:00:06.000", "00:00:15.000", "00:00:19.000"]
    assert spoken["time_end"].tolist()[:3] == ["00:00:06.000", "00:00:15.000", "00:00:19.000"]
    # the heading, the notes and the confidence table are one note, not a speaker called "Confidence"
    notes = segments[segments["speaker_role"] == "note"]["text"].tolist()
    assert len(notes) == 1 and "98% - 100%" in notes[0]
    assert "Confidence" not in set(segments["speaker"].dropna())
    assert not any("quotations" in warning for warning in batch.warnings)
    assert any("aws_R2.docx: paragraph 1 to table 1, row 3 before the first row of turns" in warning for warning in batch.warnings)


def test_an_unmapped_tool_label_in_a_timed_table_stops_the_run(tmp_path):
    with pytest.raises(InputError) as raised:
        read_batch(batch_of(tmp_path, "informant: R2\nlanguage: xmm\n"))
    message = str(raised.value)
    assert "spk_0" in message and "spk_1" in message and "table 2, row 2" in message


def test_a_paragraph_after_the_table_is_not_the_last_turns(tmp_path):
    folder = batch_of(tmp_path, "informant: R2\nlanguage: xmm\nspeakers: {spk_0: P, spk_1: R2}\n")
    document = docx.Document(folder / "aws_R2.docx")
    document.add_paragraph("Catatan pewawancara: rekaman berhenti karena baterai habis.")
    document.save(folder / "aws_R2.docx")
    batch = read_batch(folder)
    segments = batch.segments
    assert segments["text"].tolist()[-2] == ROWS[-1][2]
    assert segments["speaker_role"].tolist()[-1] == "note" and "baterai habis" in segments["text"].tolist()[-1]
    assert any("aws_R2.docx: paragraph 4 after the last row of turns" in warning for warning in batch.warnings)
