"""A transcript kept as a spreadsheet (CSV of speaker and words columns) is read as turns, not passed
over; a CSV that is no transcript is still passed over with a warning."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch

TYPED = ("pembicara,teks\n"
         "P,Sudah berapa lama Ibu kerja di gudang es?\n"
         "R4,\"Hampir delapan tahun, mesin pendingin bunyi terus, sampai telinga saya berdengung.\"\n"
         "P,Pernah periksa telinga?\n"
         "R4,Belum pernah sama sekali.\n")


def read(tmp_path, files: dict[str, str]):
    folder = tmp_path / "b"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return read_batch(folder)


def test_a_spreadsheet_of_turns_is_an_interview(tmp_path):
    batch = read(tmp_path, {"R4_gudang.csv": TYPED})
    segments = batch.segments
    assert segments["speaker"].tolist() == ["P", "R4", "P", "R4"]
    assert segments["speaker_role"].tolist() == ["interviewer", "informant", "interviewer", "informant"]
    assert segments["text"].tolist()[1].startswith("Hampir delapan tahun, mesin")
    assert not any("ignored" in warning for warning in batch.warnings)


def test_a_semicolon_spreadsheet_with_times_and_tool_labels_is_mapped_by_its_sidecar(tmp_path):
    rows = ("start_time;speaker;comment\n"
            "00:00:01;spk_0;Bapak pakai penutup telinga?\n"
            "00:00:04;spk_1;Kadang-kadang, kalau mandor lewat.\n")
    batch = read(tmp_path, {"R5.csv": rows, "R5.yaml": "speakers: {spk_0: P, spk_1: R5}\n"})
    segments = batch.segments
    assert segments["speaker"].tolist() == ["P", "R5"]
    assert segments["time_start"].tolist() == ["00:00:01.000", "00:00:04.000"]


def test_an_unmapped_label_is_named_by_its_row(tmp_path):
    rows = "start_time,speaker,comment\n00:00:01,spk_0,Bapak pakai penutup telinga?\n00:00:04,spk_1,Kadang.\n"
    with pytest.raises(InputError) as raised:
        read(tmp_path, {"R5.csv": rows})
    assert "spk_1" in str(raised.value) and "row 3" in str(raised.value)


def test_a_csv_that_is_no_transcript_is_passed_over_with_a_warning(tmp_path):
    batch = read(tmp_path, {"R4.md": "P: Ada keluhan?\nR4: Telinga berdengung.\n",
                            "daftar_mesin.csv": "mesin,desibel,lokasi\nretort,96,sterilisasi\nseamer,92,pengemasan\n"})
    assert any("daftar_mesin.csv: ignored, not a transcript" in warning for warning in batch.warnings)
    assert set(batch.segments["document"]) == {"R4.md"}


def read_mapped(tmp_path, rows: list[str]):
    """R5.csv of a tool's [start_time | speaker | comment] `rows` (';'-separated), its sidecar mapping spk_0 and spk_1."""
    text = "".join(f"{row}\n" for row in ["start_time;speaker;comment", *rows])
    return read(tmp_path, {"R5.csv": text, "R5.yaml": "speakers: {spk_0: P, spk_1: R5}\n"})


def test_a_row_without_a_time_starts_where_the_turn_above_it_starts(tmp_path):
    segments = read_mapped(tmp_path, [";spk_1;Halo Bapak.", "00:00:01;spk_0;Bapak pakai penutup telinga?",
                                      ";spk_1;Kadang-kadang.", "00:00:04;spk_0;Kenapa tidak selalu?"]).segments
    assert segments["speaker"].tolist() == ["R5", "P", "R5", "P"]   # the row above the first time is a turn, not a title
    assert segments["text"].tolist()[0] == "Halo Bapak."
    assert segments["time_start"].tolist()[1] == "00:00:01.000"


def test_an_untimed_row_of_the_same_speaker_adds_only_its_words(tmp_path):
    batch = read_mapped(tmp_path, ["00:00:01;spk_0;Bapak pakai penutup telinga?", "00:00:02;spk_1;Kadang-kadang,",
                                   ";spk_1;kalau mandor lewat.", "00:00:06;spk_0;Oh begitu."])
    assert batch.segments["text"].tolist()[1] == "Kadang-kadang, kalau mandor lewat."


def test_a_sidecar_saved_as_unicode_text_maps_a_timed_spreadsheets_speakers(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "R6.csv").write_text("start_time,speaker,comment\n00:00:01,Ani,Ibu sudah lama di sini?\n"
                                   "00:00:04,Wati,Sudah sepuluh tahun.\n00:00:07,Ani,Telinga sakit?\n"
                                   "00:00:09,Wati,Kadang berdengung.\n", encoding="utf-8")
    (folder / "R6.yaml").write_text("speakers: {Ani: P, Wati: R6}\n", encoding="utf-16")   # Notepad's "Unicode"
    segments = read_batch(folder).segments
    assert segments["speaker"].tolist() == ["P", "R6", "P", "R6"]
    assert segments["time_start"].tolist()[:2] == ["00:00:01.000", "00:00:04.000"]
