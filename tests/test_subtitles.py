"""WebVTT and SRT transcripts (issue 18): speakers, mapping, times, and bad subtitle files.

tests/data/subtitles holds invented interviews in each speaker style: voice tags (noScribe,
wawancara_A7.vtt), `Name:` prefixes from Zoom with a sidecar mapping (zoom_A8.vtt + zoom_A8.yaml),
WhisperX's `[SPEAKER_00]:` prefixes in SRT (kader_K2.srt), no speakers at all (catatan_K3.vtt),
and one typed transcript (A9.txt). tests/data/subtitles_typed holds the same turns typed by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from pipeline.ingest.subtitles import parse_cues, read_subtitle_text
from test_ingest_support import DATA, MINIMAL_CODEBOOK, needs_pipeline, run_cli, write_batch

SUBTITLES = DATA / "subtitles"
SCHEMAS = Path(__file__).parents[1].parent / "shared" / "refi-qda"
# QualCoder's own pattern for a time point in a transcript ("hhmmss1" in its refi.py)
QUALCODER_TIME_MARK = re.compile(r"\[[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\] ")
TYPED = DATA / "subtitles_typed"
ERROR_LINE = re.compile(r"^error: (?P<file>[^:\n]+?)(?::(?P<line>\d+))?(?: \[(?P<key>.+?)\])?: (?P<message>.+)$")

VOICE_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:03.000
<v S00>Ibu so pernah urus BPJS?</v>

2
00:00:03.500 --> 00:00:06.000
<v S01>Belum, torang nda punya KK.

3
00:00:06.000 --> 00:00:08.000
<v S01>Capil jauh.
"""


def _cues(text: str, name: str = "x.vtt"):
    path = Path(name)
    return parse_cues(read_subtitle_text(text.encode("utf-8"), path), path)


@pytest.fixture(scope="module")
def subtitle_batch():
    return read_batch(SUBTITLES)


def test_voice_tags_give_speakers_times_and_lines():
    cues = _cues(VOICE_VTT)
    assert [(cue.voice, cue.text, cue.start_ms, cue.end_ms, cue.line) for cue in cues] == [
        ("S00", "Ibu so pernah urus BPJS?", 1000, 3000, 4),
        ("S01", "Belum, torang nda punya KK.", 3500, 6000, 8),
        ("S01", "Capil jauh.", 6000, 8000, 12)]


def test_srt_cues_keep_blank_lines_inside_their_text():
    cues = _cues("1\n00:00:01,000 --> 00:00:02,500\nA7: Torang so\n\nurus KK.\n\n"
                 "2\n00:00:03,000 --> 00:00:04,000\nP: Lalu?\n", "x.srt")
    assert [(cue.text, cue.start_ms, cue.end_ms) for cue in cues] == [("A7: Torang so\nurus KK.", 1000, 2500),
                                                                       ("P: Lalu?", 3000, 4000)]


def test_every_speaker_style_is_read_and_mapped(subtitle_batch):
    segments = subtitle_batch.segments.set_index("segment_id")
    by_document = {name: frame for name, frame in segments.groupby("document")}
    voice = by_document["wawancara_A7.vtt"]
    assert voice["speaker"].tolist() == ["P", "A7"] * 3                       # S00 -> P, S01 -> A7 (batch.yaml)
    assert voice["informant"].unique().tolist() == ["A7"]
    # consecutive cues of one speaker make one turn, joined at a word boundary
    assert voice["text"].iloc[1] == "Belum ada. Torang belum punya KK baru, jadi nda bisa daftar anak di BPJS."
    assert (voice["time_start"].iloc[1], voice["time_end"].iloc[1]) == ("00:00:05.100", "00:00:13.000")
    zoom = by_document["zoom_A8.vtt"]                                          # "Name:" prefixes, sidecar mapping
    assert zoom["speaker"].tolist() == ["P", "A8", "P", "A8"]
    assert zoom["text"].iloc[1].endswith("mar malas urus karena jauh ke kantor.")   # a cue without a prefix continues
    assert zoom["language"].unique().tolist() == ["xmm"]                      # sidecar front matter
    srt = by_document["kader_K2.srt"]                                          # [SPEAKER_00]: prefixes
    assert srt["speaker_role"].tolist() == ["interviewer", "informant"] * 2
    assert srt["time_start"].tolist() == ["00:00:02.000", "00:00:05.500", "00:00:15.000", "00:00:17.500"]
    plain = by_document["catatan_K3.vtt"]                                      # no speakers: one informant's words
    assert plain["informant"].unique().tolist() == ["K3"] and set(plain["speaker_role"]) == {"informant"}
    assert len(plain) == 2                                                     # a 3-second pause starts a paragraph
    typed = by_document["A9.txt"]
    assert typed["time_start"].tolist() == ["", ""]


def test_offsets_index_the_transcript_text_that_carries_the_times(subtitle_batch):
    for row in subtitle_batch.segments.itertuples():
        source = subtitle_batch.documents[row.document].text
        assert source[row.start:row.end] == row.text
        if row.time_start:
            line_start = source.rfind("\n", 0, row.start) + 1
            assert source[line_start:row.start].startswith(f"[{row.time_start[:8]}] ")
    assert subtitle_batch.documents["zoom_A8.vtt"].text.startswith(
        "[00:00:00] P: Ibu, bagaimana dengan BPJS untuk anak?\n[00:00:03] A8: Kita so pernah")


def test_no_word_of_any_cue_is_lost_and_speaker_names_stay_out(subtitle_batch):
    segments = subtitle_batch.segments
    for path in sorted(SUBTITLES.glob("*.vtt")) + sorted(SUBTITLES.glob("*.srt")):
        cue_words = " ".join(cue.text for cue in parse_cues(path.read_text(encoding="utf-8"), path)).split()
        segment_words = " ".join(segments.loc[segments["document"] == path.name, "text"]).split()
        labels = {"[SPEAKER_00]:", "[SPEAKER_01]:", "Sari", "Wuisan:", "Mama", "Rina:"}
        assert [word for word in cue_words if word not in labels] == segment_words, path.name
    for document in subtitle_batch.documents.values():
        assert "Wuisan" not in document.text and "Rina" not in document.text
    assert not [warning for warning in subtitle_batch.warnings if "zoom_A8.yaml" in warning]   # the sidecar is read


@needs_pipeline
def test_tables_equal_those_of_the_same_turns_typed_by_hand(tmp_path):
    """The mixed .txt/.vtt/.srt batch through the command line (in this process, which has the
    models loaded already), with --timestamps, against the typed batch."""
    from pipeline.cli import main
    from pipeline.run import analyze

    assert main(["analyze", str(SUBTITLES), "--out", str(tmp_path / "subtitles"), "--timestamps", "--workers", "1",
                 "--quiet"]) == 0
    typed = analyze(TYPED, out_dir=tmp_path / "typed", workers=1, progress=False).out_dir
    for table in ("theme_table.csv", "informants.csv", "code_matrix.csv"):
        assert (tmp_path / "subtitles" / table).read_bytes() == (typed / table).read_bytes(), table
    # each batch folder keys its own segment ids (ingest/segment_key.py): the codings are equal but for them
    by_subtitles, by_hand = (pd.read_csv(folder / "codings.csv", dtype=str, keep_default_na=False).drop(columns="segment_id")
                             for folder in (tmp_path / "subtitles", typed))
    pd.testing.assert_frame_equal(by_subtitles, by_hand)
    codings = pd.read_csv(typed / "codings.csv")
    assert len(codings) >= 10 and codings["informant"].nunique() >= 4      # the comparison is not vacuous
    segments = pd.read_csv(tmp_path / "subtitles" / "segments.csv", dtype=str, keep_default_na=False)
    assert list(segments.columns[segments.columns.get_loc("end") + 1:][:2]) == ["time_start", "time_end"]
    assert (segments["time_start"] != "").sum() == len(segments) - 2
    appendix = (tmp_path / "subtitles" / "quotations.md").read_text(encoding="utf-8")
    assert "\u201cTorang bawa ke puskesmas, mar bayar sandiri. Kadang torang cuma urus kalau sakit.\u201d (A7) " \
           "[00:00:17]" in appendix
    assert re.search(r"\(A9\)(?! \[\d)", appendix)                          # a typed turn has no time
    import docx

    report = "\n".join(paragraph.text for paragraph in docx.Document(tmp_path / "subtitles" / "subtitles_report.docx")
                       .paragraphs)
    assert "kalau sakit.\u201d (A7) [00:00:17]" in report
    plain = (typed / "quotations.md").read_text(encoding="utf-8")
    assert "[00:" not in plain
    _check_refi_qda_project(tmp_path / "subtitles" / "subtitles.qdpx", segments)


def _check_refi_qda_project(path: Path, segments: pd.DataFrame) -> None:
    """Schema-valid; each subtitle transcript is stored with a [hh:mm:ss] mark before each turn (the
    marks QualCoder syncs a transcript with its recording by); selections name their time span."""
    import zipfile

    import xmlschema
    from lxml import etree

    namespaces = {"p": "urn:QDA-XML:project:1.0"}
    with zipfile.ZipFile(path) as archive:
        project = archive.read("project.qde")
        if (SCHEMAS / "Project.xsd").is_file():   # ../shared/refi-qda; test_refiqda reports its absence as a skip
            xmlschema.XMLSchema(str(SCHEMAS / "Project.xsd")).validate(project.decode("utf-8"))
        root = etree.fromstring(project)
        by_id = segments.set_index("segment_id")
        checked = 0
        for source in root.iterfind("p:Sources/p:TextSource", namespaces):
            text = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://")).decode("utf-8")
            if source.get("name").endswith((".vtt", ".srt")):
                assert all(QUALCODER_TIME_MARK.match(line) for line in text.splitlines()), source.get("name")
            for selection in source.iterfind("p:PlainTextSelection", namespaces):
                row = by_id.loc[selection.get("name")]
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                assert text[start:end] == row["text"]
                description = selection.findtext("p:Description", namespaces=namespaces)
                if row["time_start"]:
                    assert description.startswith(f"[{row['time_start'][:8]}-{row['time_end'][:8]}] ")
                    checked += 1
        assert checked >= 5


@needs_pipeline
def test_unmapped_speakers_stop_the_run_with_the_labels_and_the_lines_to_add(tmp_path):
    batch = write_batch(tmp_path, {"wawancara.vtt": VOICE_VTT, "zoom.vtt":
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSari Wuisan: Bagaimana KK?\n\n"
                                   "00:00:02.000 --> 00:00:03.000\nA3: Belum ada.\n\n"
                                   "00:00:03.000 --> 00:00:04.000\nSari Wuisan: Lalu?\n"})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    result = run_cli("analyze", batch, "--codebook", codebook, "--out", tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr + result.stdout
    assert "S00 (1 cue, first on line 4, not mapped): \u201cIbu so pernah urus BPJS?\u201d" in result.stderr
    assert "S01 (2 cues, first on line 8, not mapped): \u201cBelum, torang nda punya KK. Capil jauh.\u201d" in result.stderr
    assert "A3 (1 cue, first on line 6, -> A3)" in result.stderr              # an informant code needs no mapping
    assert "Sari Wuisan (2 cues, first on line 3, not mapped)" in result.stderr
    assert "      wawancara.vtt:\n        S00: P\n        S01: A1" in result.stderr
    assert "      zoom.vtt:\n        Sari Wuisan: P\n        A3: A3" in result.stderr
    assert not (tmp_path / "out").exists()
    # the lines the message shows, with the informant's code, make the batch run
    (batch / "batch.yaml").write_text("speakers:\n  wawancara.vtt: {S00: P, S01: A2}\n  zoom.vtt: {Sari Wuisan: P}\n",
                                      encoding="utf-8")
    segments = read_batch(batch).segments
    assert segments["speaker"].tolist() == ["P", "A2", "P", "A3", "P"]


def test_a_file_without_speakers_needs_its_informant(tmp_path):
    batch = write_batch(tmp_path, {"rekaman.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nTorang so rujuk.\n"})
    with pytest.raises(InputError, match=r"has no speaker labels.*speakers: \{rekaman.vtt: A7\}"):
        read_batch(batch)
    (batch / "rekaman.yaml").write_text("informant: B4\nlanguage: xmm\n", encoding="utf-8")
    segments = read_batch(batch).segments
    assert segments[["informant", "speaker_role", "text", "time_start"]].values.tolist() == [
        ["B4", "informant", "Torang so rujuk.", "00:00:01.000"]]


BAD_FILES = {
    "arrow.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v S00>Ya.\n\n00:00:03.000 -> 00:00:04.000\n<v S00>Dropped?\n",
    "no_millis.srt": "1\n00:00:01,000 --> 00:00:02,000\nP: Ya.\n\n2\n00:00:03 --> 00:00:04,000\nA1: Belum.\n",
    "overlap.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nP: Ya?\n\n00:00:04.000 --> 00:00:06.000\nA1: Belum.\n",
    "empty.srt": "",
    "latin1.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nP: Caf\u00e9?\n".encode("latin-1"),
    "glued.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nP: Ya.\n00:00:02.000 --> 00:00:03.000\nA1: Belum.\n",
    "before.srt": "Judul wawancara\n\n1\n00:00:01,000 --> 00:00:02,000\nP: Ya.\n",
    "header.vtt": "WEBVTT\n00:00:01.000 --> 00:00:02.000\nP: Ya.\n",
    "backwards.vtt": "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nP: Ya.\n",
    "comma.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nP: Ya.\n\n00:00:24,200 --> 00:00:41.000\nA1: Belum.\n",
}
EXPECTED_PROBLEMS = {
    ("arrow.vtt", "6", "broken timing line '00:00:03.000 -> 00:00:04.000'"),
    ("no_millis.srt", "6", "broken timing line '00:00:03 --> 00:00:04,000'"),
    ("overlap.vtt", "6", "the cue starts at 00:00:04.000, before the cue on line 3 ends (00:00:05.000)"),
    ("empty.srt", None, "is empty"),
    ("latin1.vtt", "4", "is not UTF-8 text (byte 0xE9)"),
    ("glued.vtt", "5", "a timing line inside the text of a cue"),
    ("before.srt", "1", "text before the first cue"),
    ("header.vtt", "2", "a cue right under the WEBVTT line"),
    ("backwards.vtt", "3", "the cue ends (00:00:04.000) before it starts (00:00:05.000)"),
    ("comma.vtt", "6", "broken timing line '00:00:24,200 --> 00:00:41.000': ',' before the milliseconds is the .srt "
                       "style; a .vtt file writes '.': '00:00:24.200 --> 00:00:41.000'"),
}


@needs_pipeline
def test_bad_subtitle_files_are_named_with_their_lines_through_the_cli(tmp_path):
    batch = write_batch(tmp_path, {**BAD_FILES, "A1.txt": "P: Ya?\nA1: Belum punya KK.\n",
                                   "batch.yaml": "speakers:\n  arrow.vtt: {S00: A2}\n  nowhere.vtt: {S00: P}\n"})
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("analyze", batch, "--codebook", codebook, "--out", out)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    errors = [match for line in result.stderr.splitlines() if (match := ERROR_LINE.match(line))]
    found = {(Path(match["file"]).name, match["line"]) for match in errors}
    assert found == {(name, line) for name, line, _ in EXPECTED_PROBLEMS} | {("batch.yaml", None)}
    for name, line, words in EXPECTED_PROBLEMS:
        assert any(Path(m["file"]).name == name and m["line"] == line and words in m["message"] for m in errors), name
    assert any(m["key"] == "speakers.nowhere.vtt" for m in errors)
    assert not out.exists()


def test_labels_mapped_to_one_speaker_make_one_turn_and_times_in_the_text_stay_text(tmp_path):
    """Diarization may split one voice into two labels; a cue line such as "10:30 - 11:00 ..." is words."""
    batch = write_batch(tmp_path, {
        "a.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v S00>Jam berapa posyandu?\n\n"
                 "00:00:02.000 --> 00:00:04.000\n<v S01>Posyandu buka\n10:30 - 11:00 di balai desa,\n\n"
                 "00:00:04.000 --> 00:00:05.000\n<v S02>tiap tanggal lima.\n",
        "batch.yaml": "speakers:\n  a.vtt: {S00: P, S01: A4, S02: A4}\n"})
    segments = read_batch(batch).segments
    assert segments[["speaker", "text", "time_start", "time_end"]].values.tolist() == [
        ["P", "Jam berapa posyandu?", "00:00:01.000", "00:00:02.000"],
        ["A4", "Posyandu buka 10:30 - 11:00 di balai desa, tiap tanggal lima.", "00:00:02.000", "00:00:05.000"]]


WHISPER_OVERLAP_SRT = """1
00:00:01,000 --> 00:00:04,300
P: Ibu so bawa anak ke posyandu?

2
00:00:04,000 --> 00:00:07,000
A1: Belum, hujan terus.

3
00:00:06,800 --> 00:00:09,000
P: Kiapa dang?
"""


def test_a_small_overlap_is_clamped_and_said_a_large_one_stops_the_run(tmp_path):
    cues = _cues(WHISPER_OVERLAP_SRT, "whisper.srt")
    assert [(cue.start_ms, cue.end_ms, cue.clamped_ms) for cue in cues] == [
        (1000, 4000, 300), (4000, 6800, 200), (6800, 9000, 0)]
    (tmp_path / "A1.srt").write_text(WHISPER_OVERLAP_SRT, encoding="utf-8")
    batch = read_batch(tmp_path)
    said = [warning for warning in batch.warnings if "overlapped" in warning]
    assert len(said) == 1 and f"{tmp_path / 'A1.srt'}:2: 2 cues" in said[0] and "up to 300 ms" in said[0]
    assert batch.segments["time_end"].tolist()[:1] == ["00:00:04.000"]
    with pytest.raises(InputError, match="before the cue on line 2 ends"):
        _cues(WHISPER_OVERLAP_SRT.replace("00:00:04,000 --> 00:00:07,000", "00:00:03,000 --> 00:00:07,000"), "w.srt")


def test_text_outside_any_cue_is_kept_and_warned_about_with_its_line(tmp_path):
    vtt = VOICE_VTT + "\nCatatan pewawancara: suara bising\n"
    batch = write_batch(tmp_path, {"wawancara_A7.vtt": vtt, "wawancara_A7.yaml": "informant: A7\n",
                                   "batch.yaml": "speakers:\n  wawancara_A7.vtt: {S00: P, S01: A7}\n"})
    read = read_batch(batch)
    assert "suara bising" in read.segments["text"].iloc[-1]
    loose = [warning for warning in read.warnings if "outside any cue" in warning]
    assert len(loose) == 1 and "wawancara_A7.vtt:15:" in loose[0] and "line 12" in loose[0]


def _srt(labelled_lines: list[str]) -> str:
    """An .srt file with one cue per line, four seconds each."""
    return "".join(f"{number}\n00:00:{4 * number:02d},000 --> 00:00:{4 * number + 3:02d},000\n{line}\n\n"
                   for number, line in enumerate(labelled_lines, start=1))


# invented exchange about a cough that lasted weeks
COUGH = ["Sudah berapa lama batuk?", "Tiga minggu, kong malam keringat.", "Sudah ke Puskesmas?", "Belum, jauh."]


@pytest.mark.parametrize("first, second", [("P1", "P2"), ("Speaker 1", "Speaker 2"), ("Pembicara 1", "Pembicara 2")])
def test_a_tools_numbered_speakers_are_mapped_not_taken_for_informants(tmp_path, first, second):
    cues = [f"{(first, second)[number % 2]}: {line}" for number, line in enumerate(COUGH)]
    batch = write_batch(tmp_path, {"batuk_R9.srt": _srt(cues), "batuk_R9.yaml": "informant: R9\nrole: Petani\n"})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    message = str(raised.value)
    assert "batuk_R9.srt" in message and f"{first} (2 cues, first on line 2, not mapped)" in message
    assert f"{second} (2 cues" in message and "speakers:" in message


def test_a_file_labelled_in_two_tools_ways_names_every_label_to_map(tmp_path):
    cues = ["[SPEAKER_00]: " + COUGH[0], "[SPEAKER_01]: " + COUGH[1], "P1: " + COUGH[2], "P2: " + COUGH[3]]
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, {"batuk_R9.srt": _srt(cues), "batuk_R9.yaml": "informant: R9\n"}))
    message = str(raised.value)
    for label in ("SPEAKER_00", "SPEAKER_01", "P1", "P2"):
        assert f"{label} (1 cue" in message
    assert "2 ways (SPEAKER_\u2026, P\u2026)" in message


@pytest.mark.parametrize("code", ["T1", "A01", "K3"])
def test_an_interviewer_p_and_informant_codes_need_no_mapping(tmp_path, code):
    cues = [f"{('P', code)[number % 2]}: {line}" for number, line in enumerate(COUGH)]
    segments = read_batch(write_batch(tmp_path, {"batuk.srt": _srt(cues)})).segments
    assert segments["speaker"].tolist() == ["P", code, "P", code]
    assert segments["speaker_role"].tolist() == ["interviewer", "informant", "interviewer", "informant"]


def test_a_study_whose_informant_is_p1_names_it_and_needs_no_mapping(tmp_path):
    cues = [f"{('P', 'P1')[number % 2]}: {line}" for number, line in enumerate(COUGH)]
    batch = write_batch(tmp_path, {"batuk.srt": _srt(cues), "batuk.yaml": "informant: P1\n"})
    assert read_batch(batch).segments["speaker"].tolist() == ["P", "P1", "P", "P1"]


def test_a_recording_without_speakers_mapped_to_its_informant_is_an_interview(tmp_path):
    # round 19 trial: a plain Whisper .srt given to its informant was read as a "document": the run's
    # warnings listed it among files "read as documents" (advising 'type: document'), and saturation
    # left the interview out (invented answers about fishing at night)
    batch = write_batch(tmp_path, {
        "N2_rekaman.srt": "1\n00:00:01,000 --> 00:00:05,000\nKita pigi mancari malam, pulang pagi.\n\n"
                          "2\n00:00:09,000 --> 00:00:12,000\nJadi siang tidor.\n",
        "N2_rekaman.yaml": "informant: N2\n",
        "N3.txt": "P: Bapak melaut jam berapa?\nN3: Dari subuh sampai siang.\n"})
    result = read_batch(batch)
    assert result.documents["N2_rekaman.srt"].kind == "interview"
    assert not any("read as documents" in warning for warning in result.warnings)
    segments = result.segments[result.segments["document"] == "N2_rekaman.srt"]
    assert segments["speaker"].tolist() == ["N2", "N2"] and segments["speaker_role"].tolist() == ["informant"] * 2


def test_a_subtitle_file_saved_as_utf16_with_its_mark_is_read(tmp_path):
    # round 19 trial: Windows Notepad's "Unicode" (UTF-16 with its byte-order mark, which says the
    # encoding for certain) stopped the run as "not UTF-8 text (byte 0xFF)"; typed files were read so already
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nP: Bapak sudah makan?\n\n00:00:03.500 --> 00:00:05.000\nN5: Sudah.\n"
    srt = "1\n00:00:01,000 --> 00:00:03,000\nP: Bapak sudah makan?\n\n2\n00:00:03,500 --> 00:00:05,000\nN6: Sudah.\n"
    batch = write_batch(tmp_path, {"N5.vtt": text.encode("utf-16"), "N6.srt": b"\xfe\xff" + srt.encode("utf-16-be")})
    segments = read_batch(batch).segments
    assert segments["text"].tolist() == ["Bapak sudah makan?", "Sudah."] * 2


def test_an_unmapped_recording_without_speakers_names_its_questions_when_it_stops(tmp_path):
    # round 19 trial: the stop said only to name the informant; mapped so, the interviewer's questions were
    # then coded as the informant's, and only the next run's warning said so
    cues = "".join(f"{number}\n00:00:0{number},000 --> 00:00:0{number},900\n{text}\n\n" for number, text in
                   enumerate(["Bapak melaut jam berapa?", "Dari subuh.", "Pulang jam berapa?", "Siang."], start=1))
    with pytest.raises(InputError, match=r"2 of its 4 cues end with a question \(lines 2, 10\).*type 'P: '"):
        read_batch(write_batch(tmp_path, {"N8.srt": cues}))


def test_a_recording_without_speakers_in_a_batch_of_documents_stays_a_document(tmp_path):
    # the batch's own `type: document` (batch.yaml) holds for a speakerless subtitle file as for any other
    batch = write_batch(tmp_path, {
        "batch.yaml": "type: document\n",
        "siaran.srt": "1\n00:00:01,000 --> 00:00:05,000\nPetugas membuka pos di pasar ikan.\n",
        "siaran.yaml": "informant: D1\n"})
    assert read_batch(batch).documents["siaran.srt"].kind == "document"
