"""A Markdown heading in a transcript is a section or session boundary: a note segment of its own,
never words of the turn before it; a dated session heading counts as an interview in COREQ item 18."""

from __future__ import annotations

from pipeline.coding.context import previous_turns
from pipeline.export.coreq import coreq_markdown
from pipeline.ingest import read_batch
from pipeline.records.codebook import Category, Code, Codebook, Theme
from test_ingest_support import write_batch

# invented interview with a fisherman about a village water pump, held on two days in one file
TWO_SESSIONS = """---
informant: N2
role: Nelayan
date: 2027-02-01
---
## Pertemuan 1 (2027-02-01)

P: Pompa air di kampung masih jalan?
N2: So rusak dari bulan lalu, torang timba di sumur.

## Pertemuan 2 (2027-02-08)

P: Minggu ini pompa so diperbaiki?
N2: Belum, teknisi dari kecamatan belum datang.
"""

ONE_SESSION = """---
informant: N3
role: Guru
---
P: Air sumur di sekolah bersih?
N3: Bersih, tapi kalau hujan jadi keruh.
"""


def test_a_heading_between_turns_is_its_own_note_not_words_of_the_turn_before(tmp_path):
    batch = read_batch(write_batch(tmp_path, {"pompa_N2.md": TWO_SESSIONS}))
    segments = batch.segments
    assert segments["text"].tolist() == [
        "## Pertemuan 1 (2027-02-01)", "Pompa air di kampung masih jalan?",
        "So rusak dari bulan lalu, torang timba di sumur.", "## Pertemuan 2 (2027-02-08)",
        "Minggu ini pompa so diperbaiki?", "Belum, teknisi dari kecamatan belum datang."]
    assert segments["speaker"].tolist() == ["", "P", "N2", "", "P", "N2"]
    assert segments["line"].tolist() == [6, 8, 9, 11, 13, 14]
    assert not any("before the first speaker label" in warning for warning in batch.warnings)


def test_words_after_a_heading_without_a_label_stay_in_its_note_with_a_warning(tmp_path):
    text = TWO_SESSIONS.replace("## Pertemuan 2 (2027-02-08)\n", "## Pertemuan 2 (2027-02-08)\nDi rumah N2, sore.\n")
    batch = read_batch(write_batch(tmp_path, {"pompa_N2.md": text}))
    assert "## Pertemuan 2 (2027-02-08)\nDi rumah N2, sore." in batch.segments["text"].tolist()
    [said] = [warning for warning in batch.warnings if "text after the heading" in warning]
    assert said.startswith(f"{tmp_path / 'batch' / 'pompa_N2.md'}:12: text after the heading on line 11")


def _item_18(segments, lang="en"):
    code = Code("C1", "Pompa rusak", "", "T1", "Air", "K1", "Sarana")
    book = Codebook("air", "1", (Theme("T1", "Air", (Category("K1", "Sarana", (code,)),)),))
    codings = segments.iloc[:0].assign(code="", code_id="", source="", review="")[["segment_id", "informant", "code",
                                                                                    "code_id", "source", "review"]]
    text = coreq_markdown(segments=segments, informants=None, codings=codings, codebook=book, saturation_result=None,
                          coders=[], software="pipeline", agreement=None, lang=lang)
    return text.split("**18.", 1)[1].split("**19.", 1)[0]


def test_an_informant_with_two_dated_sessions_in_one_file_was_interviewed_twice(tmp_path):
    segments = read_batch(write_batch(tmp_path, {"pompa_N2.md": TWO_SESSIONS, "sumur_N3.md": ONE_SESSION})).segments
    assert "N2 (2)" in _item_18(segments)
    assert "N3" not in _item_18(segments)
    assert "N2 (2)" in _item_18(segments, "id")


def test_notes_have_their_own_role_and_are_neither_coded_nor_quoted(tmp_path):
    text = TWO_SESSIONS.replace("## Pertemuan 1 (2027-02-01)\n", "Direkam di dermaga, angin kencang.\n")
    batch = read_batch(write_batch(tmp_path, {"pompa_N2.md": text}))
    segments = batch.segments
    assert segments["speaker_role"].tolist() == ["note", "interviewer", "informant", "note", "interviewer", "informant"]
    # the answer after a session heading follows the question, not the heading
    informant = segments.index[segments["speaker_role"] == "informant"]
    assert previous_turns(segments, informant)[1] == ("So rusak dari bulan lalu, torang timba di sumur.\n"
                                                      "Minggu ini pompa so diperbaiki?")


def test_cues_before_the_first_speaker_of_a_subtitle_file_are_a_note(tmp_path):
    vtt = ("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nRekaman mulai\n\n"
           "00:00:02.000 --> 00:00:05.000\n<v P>Pompa masih jalan?\n\n"
           "00:00:05.000 --> 00:00:09.000\n<v N2>So rusak.\n\n"
           "00:00:09.000 --> 00:00:12.000\n<v P>Sejak kapan?\n\n"
           "00:00:12.000 --> 00:00:15.000\n<v N2>Bulan lalu.\n")
    segments = read_batch(write_batch(tmp_path, {"pompa_N2.vtt": vtt})).segments
    assert segments["speaker_role"].tolist()[:2] == ["note", "interviewer"]


def test_a_file_without_a_date_takes_its_first_sessions(tmp_path):
    undated = TWO_SESSIONS.replace("date: 2027-02-01\n", "")
    batch = read_batch(write_batch(tmp_path, {"pompa_N2.md": undated, "sumur_N3.md": ONE_SESSION}))
    assert batch.documents["pompa_N2.md"].metadata["date"] == "2027-02-01"
    assert "date" not in batch.documents["sumur_N3.md"].metadata
