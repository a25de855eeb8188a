"""One reader for each speaker-turn layout, whatever kind of file holds it: a phone recorder's
layout (a time alone on its line, then the speaker line) is timed in a .md file as in a .txt file,
and a Word file's session headings in Word's heading styles split it into sessions as Markdown
`## Sesi 2` headings split a .md file."""

from __future__ import annotations

import io

from pipeline.ingest import read_batch
from test_ingest_sessions import TWO_SESSIONS, _item_18
from test_ingest_support import write_batch
from test_timed_text import RECORDER


def test_a_recorder_layout_is_timed_in_markdown_as_in_plain_text(tmp_path):
    columns = ["speaker", "speaker_role", "time_start", "time_end", "text"]
    plain = read_batch(write_batch(tmp_path, {"tangki_G5.txt": RECORDER}, name="plain")).segments
    markdown = read_batch(write_batch(tmp_path, {"tangki_G5.md": RECORDER}, name="markdown")).segments
    assert markdown["time_start"].tolist() == ["00:00:03.000", "00:00:11.000", "00:00:27.000", "00:00:31.000"]
    assert markdown[columns].equals(plain[columns])


def _word_sessions(heading_style: str, text: str = TWO_SESSIONS) -> bytes:
    """`text` as a Word file: its facts in --- paragraphs, each session heading a paragraph in
    `heading_style`, each other line a paragraph."""
    import docx

    document = docx.Document()
    for line in text.strip().split("\n"):
        if line.startswith("## "):
            document.add_paragraph(line[3:], style=heading_style)
        elif line:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_heading_paragraphs_split_sessions_as_markdown_headings_do(tmp_path):
    for style in ("Heading 1", "Heading 2", "Title"):
        batch = read_batch(write_batch(tmp_path, {"pompa_N2.docx": _word_sessions(style)}, name=style.replace(" ", "")))
        segments = batch.segments
        assert segments["speaker_role"].tolist() == ["note", "interviewer", "informant", "note", "interviewer",
                                                     "informant"], style
        assert segments["text"].tolist()[2:4] == ["So rusak dari bulan lalu, torang timba di sumur.",
                                                  "Pertemuan 2 (2027-02-08)"]
        assert not any("before the first speaker label" in warning for warning in batch.warnings)
        assert "N2 (2)" in _item_18(segments)


def test_a_word_file_without_a_date_takes_its_first_heading_sessions(tmp_path):
    undated = _word_sessions("Heading 2", TWO_SESSIONS.replace("date: 2027-02-01\n", ""))
    batch = read_batch(write_batch(tmp_path, {"pompa_N2.docx": undated}))
    assert str(batch.documents["pompa_N2.docx"].metadata["date"]) == "2027-02-01"


def test_a_plain_paragraph_with_a_date_stays_in_its_turn(tmp_path):
    import docx

    document = docx.Document()
    for line in ("P: Kapan pompa rusak?", "N2: So rusak.", "Sesi 2 (2027-02-08)", "P: Lalu?"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    segments = read_batch(write_batch(tmp_path, {"pompa_N2.docx": buffer.getvalue()})).segments
    assert segments["speaker_role"].tolist() == ["interviewer", "informant", "interviewer"]
