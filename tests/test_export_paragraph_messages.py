"""Every message about a Word (.docx) tool export names the paragraph, never a line of the text the
reader made of it (a Word user cannot find "line 3"): the cue left out for having no words, the
misspelt label in a mapping, the informant without a role, and the overlapping turns that stop the
run. A .txt export keeps its lines. All through one way of naming a place (`Places.name`, passed
down as `place`). Before round 20's fix these said "line N" for a Word export."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import docx_bytes, write_batch

# invented: an Otter-style export, a speaker-and-time paragraph above each turn's words
ASKED = "Pak, jam berapa perahu pertama berangkat ke pulau?"
ANSWERED = "Biasanya jam enam, kalau ombak tidak tinggi."


def _read(tmp_path, paragraphs, sidecar, name="otter_R4.docx"):
    content = docx_bytes(paragraphs) if name.endswith(".docx") else "\n".join(paragraphs) + "\n"
    return read_batch(write_batch(tmp_path, {name: content, name.rsplit(".", 1)[0] + ".yaml": sidecar}))


def test_a_cue_without_words_is_named_by_its_paragraph(tmp_path):
    body = ["Speaker 1  0:01", "", "Speaker 1  0:04", ASKED, "Speaker 2  0:09", ANSWERED]
    result = _read(tmp_path, body, "informant: R4\nrole: Nelayan\nspeakers: {Speaker 1: P, Speaker 2: R4}\n")
    assert any("1 cue without words (first in paragraph 1) left out" in warning for warning in result.warnings)
    assert not any("line 1" in warning for warning in result.warnings)


def test_a_misspelt_mapping_names_the_labels_paragraphs(tmp_path):
    body = ["Speaker 1  0:01", ASKED, "Speaker 2  0:06", ANSWERED]
    result = _read(tmp_path, body, "informant: R4\nrole: Nelayan\nspeakers: {Speaker 1: P, Speaker 2: R4, Speeker 2: R4}\n")
    unused = next(warning for warning in result.warnings if "maps no one" in warning)
    assert "'Speaker 1' (first in paragraph 1, -> P)" in unused
    assert "did you mean 'Speaker 2' (paragraph 3)?" in unused
    assert "line 3" not in unused


def test_an_informant_without_a_role_is_named_by_paragraph(tmp_path):
    body = ["Speaker 1  0:01", ASKED, "Speaker 2  0:06", ANSWERED]
    result = _read(tmp_path, body, "informant: R4\nspeakers: {Speaker 1: P, Speaker 2: R4}\n")
    roleless = next(warning for warning in result.warnings if warning.startswith("Tabel 1 has no role for R4"))
    assert "otter_R4.docx, paragraph 1)" in roleless
    assert "otter_R4.docx:1" not in roleless


def test_overlapping_turns_name_the_paragraph_of_the_turn_before(tmp_path):
    body = ["Speaker 1  0:01", ASKED, "Speaker 2  0:09", ANSWERED, "Speaker 1  0:05", "Lalu pulangnya jam berapa?"]
    with pytest.raises(InputError) as raised:
        _read(tmp_path, body, "informant: R4\nrole: Nelayan\nspeakers: {Speaker 1: P, Speaker 2: R4}\n")
    assert "before the cue in paragraph 3 ends" in str(raised.value)


def test_a_text_export_keeps_its_lines(tmp_path):
    body = ["Speaker 1  0:01", ASKED, "Speaker 2  0:09", ANSWERED, "Speaker 1  0:05", "Lalu pulangnya jam berapa?"]
    with pytest.raises(InputError) as raised:
        _read(tmp_path, body, "informant: R4\nrole: Nelayan\nspeakers: {Speaker 1: P, Speaker 2: R4}\n", "otter_R4.txt")
    assert "before the cue on line 3 ends" in str(raised.value)


def test_times_alone_in_a_word_export_are_named_by_paragraphs(tmp_path):
    body = ["Speaker 1  0:01", ASKED, "Speaker 2  0:06", ANSWERED, "0:11", "Kalau hujan, tunggu sampai siang.",
            "Speaker 1  0:15", "Ongkosnya berapa?", "0:18", "Untuk orang dewasa."]
    result = _read(tmp_path, body, "informant: R4\nrole: Nelayan\nspeakers: {Speaker 1: P, Speaker 2: R4}\n")
    assert any("otter_R4.docx: paragraphs 5, 9 are only a time" in warning for warning in result.warnings)


def test_times_alone_in_a_typed_text_keep_their_lines(tmp_path):
    body = ["P: Pak, perahunya milik sendiri?", "R5: Punya kakak saya.", "01:20", "Saya cuma bantu.",
            "P: Sudah berapa lama?", "R5: Dari lulus sekolah."]
    result = _read(tmp_path, body, "informant: R5\nrole: Nelayan\n", "catatan_R5.md")
    assert any("catatan_R5.md: line 3 is only a time" in warning for warning in result.warnings)


def test_text_under_a_heading_of_a_word_transcript_names_the_headings_paragraph(tmp_path):
    body = ["# Di dermaga", "Angin kencang pagi itu.", "P: Pak, perahunya milik sendiri?", "R6: Punya kakak saya.",
            "P: Sudah berapa lama?", "R6: Dari lulus sekolah."]
    result = _read(tmp_path, body, "informant: R6\nrole: Nelayan\n", "catatan_R6.docx")
    assert any("catatan_R6.docx, paragraph 2: text after the heading in paragraph 1 and before" in warning
               for warning in result.warnings)
