"""A short Teams meeting exported to Word with one turn (round 18's trial; bristlenose's fixture shows
such a file): one paragraph, the speaker and time, a line break, the words. The run stopped with
advice to delete "the 0 lines of text" above that line, though the batch mapped its speaker."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

# invented: a school nurse's one-turn recorded answer
BODY = ('<w:p><w:r><w:t xml:space="preserve">Meiske Ruru   0:05</w:t><w:br/>'
        '<w:t>Setiap Jumat pagi anak-anak sikat gigi bersama di halaman sekolah.</w:t></w:r></w:p>')


def test_a_mapped_one_turn_export_is_read(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"teams_K4.docx": docx_bytes(body_xml=BODY),
                                              "batch.yaml": 'speakers:\n  teams_K4.docx: {"Meiske Ruru": K4}\n'}))
    turns = batch.segments
    assert turns["speaker"].tolist() == ["K4"]
    assert turns["text"].tolist() == ["Setiap Jumat pagi anak-anak sikat gigi bersama di halaman sekolah."]
    assert turns["time_start"].tolist() == ["00:00:05.000"]


def test_an_unmapped_file_with_one_name_and_time_line_stays_typed_text(tmp_path):
    # an agenda or a typed note with one such line is no export unless the batch says so
    batch = read_batch(write_batch(tmp_path, {"agenda.txt": "Pembukaan   8:30\nSambutan kepala sekolah.\n"}))
    assert batch.segments["speaker_role"].tolist() == ["informant"]
    assert batch.segments["time_start"].tolist() == [""]
