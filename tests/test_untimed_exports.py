"""Tool exports that name each turn's speaker but give no times (round 17, checked against the tools'
source): WhisperX's .txt writes "[SPEAKER_00]: words" per segment (whisperx/utils.py, WriteTXT), and
noScribe's .txt with Timestamps off writes the audio file's name, a block about the transcription,
then "S00: words" per turn (noScribe/main.py, utils.html_to_text). Their labels are the batch's to map,
as a subtitle file's are; before, the file was read as quotations of informants called "S00"."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_batch
from test_ingest_support import write_batch

# invented interview about a village clinic's opening hours, as WhisperX --diarize writes its .txt
WHISPERX = ("[SPEAKER_00]: Bu, jam berapa pustu buka setiap hari?\n"
            "[SPEAKER_01]: Jam delapan pagi, tapi perawatnya sering datang terlambat.\n"
            "[SPEAKER_00]: Kalau malam ada yang jaga?\n"
            "[SPEAKER_01]: Tidak ada, jadi kami ke rumah bidan saja.\n")
# the same kind of interview as noScribe saves it as text (Timestamps off: its default)
NOSCRIBE = ("wawancara_R4\n\n"
            "Transcribed with noScribe vers. 0.6.2\n"
            "Audio file: C:/data/wawancara_R4.m4a\n"
            "(Language: Indonesian (id) | Speaker detection: auto | Overlapping speech: True | "
            "Timestamps: False | Disfluencies: True | Mark pause: 1sec+)\n\n"
            "S00: Pak, siapa yang mengangkut sampah dari pasar?\n\n"
            "S01: Truk dari kecamatan, dua kali seminggu.\n"
            "Kalau truknya rusak, sampah menumpuk di pinggir jalan.\n\n"
            "S00: Warga pernah mengeluh?\n\n"
            "S01: Sering, terutama waktu musim hujan.\n")


def test_a_whisperx_text_export_is_mapped_like_its_subtitles(tmp_path):
    batch = write_batch(tmp_path, {"pustu_R3.txt": WHISPERX,
                                   "pustu_R3.yaml": "informant: R3\nspeakers: {SPEAKER_00: P, SPEAKER_01: R3}\n"})
    segments = read_batch(batch).segments
    assert segments["speaker"].tolist() == ["P", "R3", "P", "R3"]
    assert segments["text"].iloc[1] == "Jam delapan pagi, tapi perawatnya sering datang terlambat."
    assert not segments["text"].str.contains("SPEAKER").any()
    assert segments["time_start"].tolist() == [""] * 4 and segments["time_end"].tolist() == [""] * 4


def test_a_noscribe_text_export_keeps_its_header_as_a_note(tmp_path):
    batch = write_batch(tmp_path, {"wawancara_R4.txt": NOSCRIBE,
                                   "wawancara_R4.yaml": "informant: R4\nspeakers: {S00: P, S01: R4}\n"})
    result = read_batch(batch)
    segments = result.segments
    assert segments["speaker_role"].tolist() == ["note", "interviewer", "informant", "interviewer", "informant"]
    assert segments["text"].iloc[2] == ("Truk dari kecamatan, dua kali seminggu. "
                                        "Kalau truknya rusak, sampah menumpuk di pinggir jalan.")
    assert "Audio file" in segments["text"].iloc[0]
    assert any("lines 1-6 before the first speaker line are the export's title" in warning
               for warning in result.warnings)


def test_unmapped_tool_labels_stop_the_run_with_the_lines_to_add(tmp_path):
    batch = write_batch(tmp_path, {"pustu_R3.txt": WHISPERX})
    with pytest.raises(InputError) as raised:
        read_batch(batch)
    message = str(raised.value)
    assert "pustu_R3.txt" in message and "SPEAKER_00" in message and "SPEAKER_01: " in message


def test_informant_codes_shaped_like_tool_labels_stay_a_typed_transcript(tmp_path):
    # a study whose informants are S01 and S02, listed in informants.csv, typing their turns
    text = "S01: Saya jual ikan di pasar.\n\nS02: Saya petani cengkih.\n"
    batch = write_batch(tmp_path, {"kelompok.txt": text, "informants.csv": "informant,role\nS01,Nelayan\nS02,Petani\n"})
    assert read_batch(batch).segments["speaker"].tolist() == ["S01", "S02"]


# WhisperX and noScribe write every format of a recording side by side, and noScribe saves HTML by
# default: a user who also saves the text has one recording in two files; both copies would be counted
SUBTITLES = ("1\n00:00:01,000 --> 00:00:03,000\n[SPEAKER_00]: Bu, jam berapa pustu buka setiap hari?\n\n"
             "2\n00:00:03,500 --> 00:00:07,000\n[SPEAKER_01]: Jam delapan pagi, tapi perawatnya sering datang "
             "terlambat.\n")
PAGE = ("<html><body><p>wawancara_R4</p><p>S00: Pak, siapa yang mengangkut sampah dari pasar?</p>"
        "<p>S01: Truk dari kecamatan, dua kali seminggu.</p></body></html>")


@pytest.mark.parametrize("files, names", [
    ({"pustu_R3.txt": WHISPERX, "pustu_R3.srt": SUBTITLES,
      "pustu_R3.yaml": "informant: R3\nspeakers: {SPEAKER_00: P, SPEAKER_01: R3}\n"}, "pustu_R3.srt, pustu_R3.txt"),
    ({"wawancara_R4.txt": NOSCRIBE, "wawancara_R4.html": PAGE,
      "wawancara_R4.yaml": "informant: R4\nspeakers: {S00: P, S01: R4}\n"}, "wawancara_R4.html, wawancara_R4.txt"),
])
def test_one_recording_in_two_formats_stops_the_run(tmp_path, files, names):
    with pytest.raises(InputError) as raised:
        read_batch(write_batch(tmp_path, files))
    assert f"{names} are one name in 2 formats" in str(raised.value)


# WhisperX leaves out "[SPEAKER_..]:" where diarization assigned no speaker, in its subtitles and its .txt
# alike; the segment joins the turn before
UNLABELLED_VTT = ("WEBVTT\n\n00:01.000 --> 00:03.000\n[SPEAKER_00]: Bu, jam berapa pustu buka setiap hari?\n\n"
                  "00:03.500 --> 00:07.000\n[SPEAKER_01]: Jam delapan pagi.\n\n"
                  "00:07.200 --> 00:08.000\nHmm, ya.\n")
UNLABELLED_TXT = ("[SPEAKER_00]: Pak, sumur di belakang rumah masih dipakai?\n"
                  "[SPEAKER_01]: Masih, untuk mencuci saja.\n"
                  "Airnya agak keruh kalau hujan.\n"
                  "[SPEAKER_00]: Air minum dari mana?\n[SPEAKER_01]: Beli galon di warung.\n")


@pytest.mark.parametrize("name, text, answer, line", [
    ("pustu_R3.vtt", UNLABELLED_VTT, "Jam delapan pagi. Hmm, ya.", 9),
    ("sumur_R3.txt", UNLABELLED_TXT, "Masih, untuk mencuci saja. Airnya agak keruh kalau hujan.", 3),
])
def test_a_whisperx_segment_without_a_speaker_is_named(tmp_path, name, text, answer, line):
    sidecar = "informant: R3\nspeakers: {SPEAKER_00: P, SPEAKER_01: R3}\n"
    result = read_batch(write_batch(tmp_path, {name: text, name.rsplit(".", 1)[0] + ".yaml": sidecar}))
    assert result.segments["text"].tolist()[1] == answer
    assert any(f"1 cue without a speaker label (line {line})" in warning for warning in result.warnings)


def test_a_one_line_title_is_named_as_one_line(tmp_path):
    # the recording's name alone above the first speaker line
    text = ("posyandu_R6\nS00: Ibu datang ke posyandu tiap bulan?\nS01: Tiap bulan, kalau anak tidak sakit.\n"
            "S00: Siapa yang menimbang?\nS01: Kader dari dusun sebelah.\n")
    result = read_batch(write_batch(tmp_path, {"posyandu_R6.txt": text,
                                               "posyandu_R6.yaml": "informant: R6\nspeakers: {S00: P, S01: R6}\n"}))
    assert any("posyandu_R6.txt: line 1 before the first speaker line is the export's title" in warning
               for warning in result.warnings)


@pytest.mark.parametrize("interviewer", ["P", "Peneliti", "I"])
def test_typed_codes_like_noscribe_labels_beside_an_interviewer_stay_a_typed_transcript(tmp_path, interviewer):
    # round 19 trial: a study whose informants are S01, S02 typed "S01:" without informants.csv; the file
    # was read as noScribe's export (the interviewer's lines swallowed into S01's "cues") and the run
    # stopped asking to map S01 to P. noScribe writes no interviewer label: a typed label of one is a
    # typed transcript (invented interview about a harbour's fish auction)
    batch = write_batch(tmp_path, {"S03.txt": (f"{interviewer}: Bapak jual ikan di mana?\n"
                                               "S03: Di tempat pelelangan, tiap pagi.\n"
                                               f"{interviewer}: Harganya bagaimana?\n"
                                               "S03: Turun kalau musim ikan banyak.\n")})
    segments = read_batch(batch).segments
    assert segments["speaker"].tolist() == [interviewer, "S03", interviewer, "S03"]
    assert segments["speaker_role"].tolist() == ["interviewer", "informant"] * 2
    assert segments["text"].iloc[1] == "Di tempat pelelangan, tiap pagi."
