"""A sidecar `NAME.yaml` beside a transcript of any kind (a .vtt or .srt file, a timed .txt or Word
export, a typed .md, .txt or .docx) is read the same way, its keys over the file's own front matter,
and never reported as an ignored file."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import GOOD_TRANSCRIPT, docx_bytes, write_batch
from test_timed_text import WORD_TIMED

SIDECAR = "role: Nelayan perahu\ndate: 2026-10-14\nsite: Likupang\n"


def _ignored(batch) -> list[str]:
    return [warning for warning in batch.warnings if "ignored" in warning]


def test_the_sidecar_of_a_timed_word_export_is_read_and_not_called_ignored(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"perahu_L8.docx": docx_bytes(WORD_TIMED[4:]),
                                              "perahu_L8.yaml": "informant: L8\n" + SIDECAR}))
    assert not _ignored(batch)
    metadata = batch.documents["perahu_L8.docx"].metadata
    assert (metadata["role"], str(metadata["date"]), metadata["site"]) == ("Nelayan perahu", "2026-10-14", "Likupang")
    assert batch.segments["time_start"].iloc[0] == "00:00:03.000"


@pytest.mark.parametrize("name, content", [("A1.md", GOOD_TRANSCRIPT), ("A1.txt", GOOD_TRANSCRIPT),
                                           ("A1.docx", docx_bytes(GOOD_TRANSCRIPT.split("\n")))])
def test_a_typed_transcripts_sidecar_adds_its_facts_over_the_front_matter(tmp_path, name, content):
    batch = read_batch(write_batch(tmp_path, {name: content, "A1.yaml": SIDECAR}))
    assert not _ignored(batch)
    metadata = batch.documents[name].metadata
    assert metadata["informant"] == "A1" and metadata["role"] == "Nelayan perahu"   # the sidecar wins
    assert batch.informants.set_index("informant").loc["A1", "site"] == "Likupang"


def test_a_typed_transcripts_sidecar_may_not_map_speakers(tmp_path):
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "A1.yaml": "speakers: {S00: P, S01: A1}\n"}))
    [problem] = raised.value.problems
    assert problem.file.endswith("A1.yaml") and "has no speaker-and-time lines" in problem.message


def test_a_word_files_refused_mapping_names_its_paragraphs_not_lines(tmp_path):
    """A Word file has paragraphs, not lines: the refused mapping's message counts and names them."""
    content = docx_bytes(["Catatan wawancara gudang pendingin", "P: Ada keluhan telinga?", "A1: Kadang berdenging."])
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"A1.docx": content, "A1.yaml": "speakers: {S00: P, S01: A1}\n"}))
    [problem] = raised.value.problems
    assert "has no speaker-and-time paragraphs" in problem.message
    assert "its first paragraph is \u201cCatatan wawancara gudang pendingin\u201d" in problem.message
    assert " line" not in problem.message


def test_a_spreadsheets_refused_mapping_names_its_rows_not_lines(tmp_path):
    content = "pembicara,teks\nP,Ada keluhan telinga?\nA1,Kadang berdenging.\nP,Sejak kapan?\nA1,Setahun.\n"
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"A1.csv": content, "A1.yaml": "speakers: {S00: P, S01: A1}\n"}))
    [problem] = raised.value.problems
    assert "has no speaker-and-time rows" in problem.message and " line" not in problem.message


def test_a_batch_mapping_for_a_missing_file_names_the_spreadsheets_too(tmp_path):
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"A1.md": GOOD_TRANSCRIPT, "batch.yaml": "speakers: {A2.vtt: {S00: P}}\n"}))
    assert "is not a .vtt, .srt, .sbv, .eaf, .TextGrid, .txt, .md, .docx, .html, .htm, .otr, .csv or .json file of this batch" in str(raised.value)
