"""A WhisperX-style Word export ("[SPEAKER_00]: words" paragraphs) names its unlabelled paragraphs as
paragraphs in the run's warnings, not as lines of a text the user never sees."""

from __future__ import annotations

from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes

PARAGRAPHS = ["[SPEAKER_00]: Ibu kerja di bagian apa?", "[SPEAKER_01]: Di bagian pengemasan ikan kaleng.",
              "Mesin penutup kaleng bunyi terus.", "[SPEAKER_00]: Ada pakai penyumbat telinga?",
              "[SPEAKER_01]: Kadang, kalau stok ada."]


def test_an_unlabelled_paragraph_of_a_word_export_is_named_as_a_paragraph(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "wx_R8.docx").write_bytes(docx_bytes(PARAGRAPHS))
    (folder / "wx_R8.yaml").write_text("informant: R8\nspeakers: {SPEAKER_00: P, SPEAKER_01: R8}\n", encoding="utf-8")
    batch = read_batch(folder)
    [warning] = [warning for warning in batch.warnings if "without a speaker label" in warning]
    assert "(paragraph 3)" in warning and "line" not in warning.split("kept")[0]
