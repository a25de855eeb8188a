"""The stop that lists a tool export's unmapped speaker labels names where each is first used as
its author finds it: in a Word export the paragraph ("paragraph 3"), not a line of the text the
reader made of it, and its turns, not "cues" (a subtitle file's word). Before round 20 a Word
export's listing said "first on line 3" (round 19 and 20 new-user trials)."""

from __future__ import annotations

import pytest
from docx import Document

from pipeline.errors import InputError
from pipeline.ingest import read_batch


def _docx(path, paragraphs):
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)


# invented: a Sonix-style Word export, "Speaker 1: [00:00:02] words", a title paragraph above
SONIX = ("wawancara_T4 - transcript",
         "Speaker 1: [00:00:02] Bu, warung ini buka sejak kapan?",
         "Speaker 2: [00:00:06] Sejak pasar pindah, sudah tiga tahun.",
         "Speaker 1: [00:00:11] Pembeli banyak dari mana?",
         "Speaker 2: [00:00:15] Kebanyakan sopir angkot dan tukang ojek.")
# invented: a Descript-style Word export, the name alone, then "[hh:mm:ss] words" paragraphs
DESCRIPT = ("Nona:", "[00:00:01] Sudah berapa lama Bapak jaga kios ini?",
            "Speaker 2:", "[00:00:05] Kira-kira lima tahun.", "[00:00:09] Sebelumnya saya jadi sopir.",
            "Nona:", "[00:00:14] Kenapa berhenti?",
            "Speaker 2:", "[00:00:17] Mata sudah kurang awas.")


def test_unmapped_labels_of_a_word_export_are_named_by_paragraph(tmp_path):
    _docx(tmp_path / "wawancara_T4.docx", SONIX)
    with pytest.raises(InputError) as raised:
        read_batch(tmp_path)
    message = str(raised.value)
    assert "Speaker 1 (2 turns, first in paragraph 2, not mapped)" in message
    assert "Speaker 2 (2 turns, first in paragraph 3, not mapped)" in message


def test_a_subtitle_file_keeps_its_cues_and_lines(tmp_path):
    (tmp_path / "rekaman_T5.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Speaker 1>Ibu jual apa saja?\n\n"
        "00:00:03.500 --> 00:00:06.000\n<v Speaker 2>Sayur dan ikan asin.\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_batch(tmp_path)
    assert "Speaker 1 (1 cue, first on line 3, not mapped)" in str(raised.value)


def test_a_word_exports_tool_note_is_named_by_paragraph(tmp_path):
    # Otter's closing line in its Word export: the warning that leaves it out names its paragraph
    from test_ingest_support import docx_bytes, write_batch
    body = ["Speaker 1  0:01", "Bu, berapa lama antre di loket?", "Speaker 2  0:05",
            "Kadang dua jam, apalagi hari Senin.", "Transcribed by https://otter.ai"]
    batch = write_batch(tmp_path, {"otter_T6.docx": docx_bytes(body),
                                   "otter_T6.yaml": "informant: T6\nspeakers: {Speaker 1: P, Speaker 2: T6}\n"})
    result = read_batch(batch)
    assert any("otter_T6.docx, paragraph 5: 'Transcribed by" in warning for warning in result.warnings)


def test_a_word_exports_title_is_named_by_paragraphs(tmp_path):
    from test_ingest_support import docx_bytes, write_batch
    body = ["Wawancara loket", "Thu, Nov 12, 2026", "Speaker 1  0:01", "Bu, berapa lama antre di loket?",
            "Speaker 2  0:05", "Kadang dua jam, apalagi hari Senin."]
    batch = write_batch(tmp_path, {"otter_T7.docx": docx_bytes(body),
                                   "otter_T7.yaml": "informant: T7\nspeakers: {Speaker 1: P, Speaker 2: T7}\n"})
    result = read_batch(batch)
    assert any("otter_T7.docx: paragraphs 1-2 before the first" in warning for warning in result.warnings)


def test_a_turn_of_two_paragraphs_counts_as_one_turn(tmp_path):
    """Round 30's trial: a Descript turn in two timed paragraphs was counted as two ("3 turns" for 2)."""
    _docx(tmp_path / "kios_R2.docx", DESCRIPT)
    with pytest.raises(InputError) as raised:
        read_batch(tmp_path)
    message = str(raised.value)
    assert "Speaker 2 (2 turns, first in paragraph 4" in message
    assert "Nona (2 turns, first in paragraph 2" in message


def test_a_subtitle_speakers_running_cues_are_still_counted_as_cues(tmp_path):
    (tmp_path / "rekaman_T6.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Speaker 1>Ibu jual apa saja?\n\n"
        "00:00:03.500 --> 00:00:06.000\n<v Speaker 2>Sayur dan ikan asin.\n\n"
        "00:00:06.200 --> 00:00:08.000\n<v Speaker 2>Kadang juga telur.\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_batch(tmp_path)
    assert "Speaker 2 (2 cues, first on line 6, not mapped)" in str(raised.value)
