"""Commercial tools' Word exports, checked against public parsers of real files in round 18 (sources in
docs/TOOL_FORMATS.md): Descript writes a speaker's name alone on its paragraph ("Speaker 1:"), then
"[00:00:02] words" (PeakCut's Descript .docx parser); Rev writes "Speaker 1 (00:00:02)" on its
paragraph and the words in the next (a Rev transcript formatter). The Descript layout stopped the run."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

# invented: a father on his son's toothache
TURNS = [("Speaker 1", "00:00:02", "Anak Bapak pernah sakit gigi?"),
         ("Speaker 2", "00:00:06", "Pernah, pipinya bengkak dua hari."),
         ("Speaker 1", "00:00:12", "Lalu dibawa ke mana?")]
MAPPING = 'speakers:\n  {name}: {{"Speaker 1": P, "Speaker 2": K7}}\n'


def _read(tmp_path, name, paragraphs):
    return read_batch(write_batch(tmp_path, {name: docx_bytes(paragraphs), "batch.yaml": MAPPING.format(name=name)}))


def test_descript_name_then_timed_words(tmp_path):
    paragraphs = [part for label, time, words in TURNS for part in (f"{label}:", f"[{time}] {words}")]
    paragraphs.insert(4, "[00:00:09] Sudah minum obat warung.")   # a later paragraph of the same speaker
    turns = _read(tmp_path, "descript_K7.docx", paragraphs).segments
    assert turns["speaker"].tolist() == ["P", "K7", "P"]
    assert turns["text"].tolist()[1] == "Pernah, pipinya bengkak dua hari. Sudah minum obat warung."
    assert turns["time_start"].tolist() == ["00:00:02.000", "00:00:06.000", "00:00:12.000"]


def test_rev_name_and_time_then_words(tmp_path):
    paragraphs = [part for label, time, words in TURNS for part in (f"{label} ({time})", words)]
    turns = _read(tmp_path, "rev_K7.docx", paragraphs).segments
    assert turns["speaker"].tolist() == ["P", "K7", "P"]
    assert turns["time_start"].tolist() == ["00:00:02.000", "00:00:06.000", "00:00:12.000"]
