"""A time alone on its line above an Otter-style "Speaker 2  0:06" header leaves that header whole:
it was read as a phone recorder's "LABEL: words" line, a speaker "Speaker 2 0" saying "06 ..."."""

from __future__ import annotations

from pipeline.ingest import read_batch

EXPORT = ("Speaker 1  0:01\nBapak kerja di bagian mana?\n\n0:05\n\nSpeaker 2  0:06\nDi gudang pendingin, dekat kompresor.\n\n"
          "Speaker 1  0:12\nAda pakai penutup telinga?\n\nSpeaker 2  0:15\nJarang, panas sekali.\n")


def test_a_lone_time_above_a_speaker_and_time_line_is_no_label(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "otter_R7.txt").write_text(EXPORT, encoding="utf-8")
    (folder / "otter_R7.yaml").write_text('informant: R7\nspeakers: {"Speaker 1": P, "Speaker 2": R7}\n', encoding="utf-8")
    batch = read_batch(folder)
    segments = batch.segments
    assert segments["speaker"].tolist() == ["P", "R7", "P", "R7"]
    assert segments["text"].tolist()[1] == "Di gudang pendingin, dekat kompresor."
    assert segments["time_start"].tolist()[1] == "00:00:06.000"
    assert any("0:05" in warning or "line 4" in warning for warning in batch.warnings)
