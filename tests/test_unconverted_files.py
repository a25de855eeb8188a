"""A word processor's file that is not .docx (old Word's .doc, .rtf, LibreOffice's .odt) in a batch folder
stops the run, saying how to save it as .docx (round 19 trial: an interview saved as .doc was passed over
with one warning among many, and every table was made without it)."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import write_batch

TYPED = "P: Bapak melaut jam berapa?\nN3: Dari subuh sampai siang.\n"


@pytest.mark.parametrize("name", ["N4_wawancara.doc", "N4.rtf", "N4.ODT"])
def test_a_word_file_not_saved_as_docx_stops_the_run(tmp_path, name):
    batch = write_batch(tmp_path, {"N3.txt": TYPED})
    (batch / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    message = str(raised.value)
    assert name in message and "save it as .docx" in message and "'_'" in message


def test_a_word_file_alone_is_named_too(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "N4.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    with pytest.raises(InputError, match=r"N4\.doc.*save it as \.docx"):
        read_batch(batch)


def test_a_word_file_named_to_be_left_out_is_left_out(tmp_path):
    batch = write_batch(tmp_path, {"N3.txt": TYPED})
    (batch / "_N4_lama.doc").write_bytes(bytes(16))
    assert read_batch(batch).segments["informant"].tolist() == ["N3", "N3"]


def test_a_whisper_json_stops_the_run_naming_the_formats_to_use(tmp_path):
    # round 19 trial: WhisperX's .json (its segments with speakers) was passed over with one warning
    batch = write_batch(tmp_path, {"N3.txt": TYPED, "N5.json": '{"segments": [{"start": 0.5, "end": 2.0, "text": '
                                   '" Ya.", "speaker": "SPEAKER_01"}], "language": "id"}'})
    with pytest.raises(InputError, match=r"N5\.json.*\.vtt.*\.srt"):
        read_batch(batch)


def test_another_json_file_is_only_warned_about(tmp_path):
    batch = write_batch(tmp_path, {"N3.txt": TYPED, "settings.json": '{"theme": "dark"}'})
    assert any("settings.json: ignored" in warning for warning in read_batch(batch).warnings)


def test_a_whisper_json_beside_its_own_transcript_is_passed_over_with_a_warning(tmp_path):
    # WhisperX writes N5.json beside N5.vtt: the user kept the .vtt, which is read; the .json is named
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nP: Bapak sudah makan?\n\n00:00:03.500 --> 00:00:05.000\nN5: Sudah.\n"
    batch = write_batch(tmp_path, {"N5.vtt": vtt, "N5.json": '{"segments": [{"start": 1.0, "end": 3.0, "text": " Ya."}]}'})
    result = read_batch(batch)
    assert result.segments["informant"].tolist() == ["N5", "N5"]
    assert any("N5.json" in warning and "not read" in warning for warning in result.warnings)


def test_a_json_with_no_segments_is_no_whisper_output(tmp_path):
    batch = write_batch(tmp_path, {"N3.txt": TYPED, "catatan.json": '{"segments": []}'})
    assert any("catatan.json: ignored" in warning for warning in read_batch(batch).warnings)
