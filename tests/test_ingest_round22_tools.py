"""Round 22's new-user trial: transcription tools' exports no earlier trial brought.

YouTube's caption file (.sbv: `0:00:01.000,0:00:05.500` above each cue, no cue number) was passed
over with a warning among many, so an interview left every table unnoticed; it is read as the
other subtitle files are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from tests.test_ingest_support import DATA, write_batch

TOOLS = DATA / "ingest" / "round22_tools"


def _stopped(tmp_path: Path, files: dict[str, str]) -> str:
    """What the run says when it stops on a batch of `files`."""
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, files), id_key=None)
    return str(error.value)


def test_youtube_sbv_captions_are_read_as_cues_with_times() -> None:
    read = read_batch(TOOLS, id_key=None)   # read only: nothing is written into the folder
    turns = read.segments
    assert list(turns["speaker"]) == ["P", "N05", "P", "N05", "P", "N05"]
    assert list(turns["time_start"])[:2] == ["00:00:01.000", "00:00:05.500"]
    assert turns["text"].iloc[3] == ("Nda ikut, kak. Kita malu kalau teman-teman tahu papa sakit TB. "
                                     "Nanti dorang jauhi kita.")
    assert not [warning for warning in read.warnings if "N05_youtube" in warning]


def test_a_broken_sbv_timing_line_is_named_with_its_line_and_the_right_shape(tmp_path: Path) -> None:
    said = _stopped(tmp_path, {"N05.sbv": "0:00:01.000,0:00:04.000\nP: Sekolah di mana?\n\n"
                                          "0:00:04.000, 0:00:09.200\nN05: Di SMA.\n"})
    assert "N05.sbv:4: broken timing line '0:00:04.000, 0:00:09.200'" in said
    assert "'0:00:01.000,0:00:04.000'" in said


# whisper.cpp's console lines, saved as the transcript (a title line above them)
CPP_LINES = ("Rekaman N06, 14 November 2026\n"
             "[00:00:00.000 --> 00:00:06.000]  {a}Ibu, boleh cerita soal pemeriksaan kontak TB?\n"
             "[00:00:06.000 --> 00:00:15.500]  {b}Kita pe suami nelayan, dia sering melaut malam.\n"
             "Pagi pulang langsung tidor.\n"
             "[00:00:15.500 --> 00:00:19.000]  {a}Ibu sendiri sudah diperiksa?\n"
             "[00:00:19.000 --> 00:00:30.000]  {b}So, mar anak-anak blum, karena ongkos mahal.\n")


@pytest.mark.parametrize(("first", "second", "mapping"), [
    ("Speaker 1: ", "Speaker 2: ", '{"Speaker 1": P, "Speaker 2": N06}'),
    ("(speaker 0)", "(speaker 1)", '{"speaker 0": P, "speaker 1": N06}'),   # whisper.cpp --diarize
])
def test_whisper_cpp_console_lines_are_timed_turns_not_one_informants_document(
        tmp_path: Path, first: str, second: str, mapping: str) -> None:
    batch = write_batch(tmp_path, {"N06_whispercpp.txt": CPP_LINES.format(a=first, b=second),
                                   "batch.yaml": f"speakers:\n  N06_whispercpp.txt: {mapping}\n",
                                   "informants.csv": "informant,role\nN06,Istri nelayan\n"})
    read = read_batch(batch, id_key=None)
    turns = read.segments
    assert list(turns["speaker_role"]) == ["note", "interviewer", "informant", "interviewer", "informant"]
    assert turns["text"].iloc[2] == "Kita pe suami nelayan, dia sering melaut malam. Pagi pulang langsung tidor."
    assert list(turns["time_start"])[1:3] == ["00:00:00.000", "00:00:06.000"]
    assert turns["time_end"].iloc[2] == "00:00:15.500"
    assert not turns["text"].str.contains("-->").any()


def test_whisper_cpp_lines_without_speakers_ask_for_them_instead_of_coding_the_questions(tmp_path: Path) -> None:
    said = _stopped(tmp_path, {"N06_whispercpp.txt": CPP_LINES.format(a="", b="")})
    assert "N06_whispercpp.txt: has no speaker labels" in said
    assert "2 of its 4 cues end with a question (lines 2, 5)" in said


ZOOM = ("WEBVTT\n\n1\n00:00:01.220 --> 00:00:07.500\nMeyti Lumenta: Apa kendala paling besar?\n\n"
        "2\n00:00:07.900 --> 00:00:19.100\nKader Lince: Dorang pe jadwal melaut.\n\n"
        "3\n00:00:19.500 --> 00:00:26.000\nMeyti Lumenta: Apa yang sudah kader lakukan?\n\n"
        "4\n00:00:26.200 --> 00:00:41.000\nKader Lnce: Torang datang ke rumah malam-malam.\n")


def test_a_zoom_name_misspelt_once_stops_the_run_instead_of_joining_the_question_before(tmp_path: Path) -> None:
    """"Kader Lnce:" once beside the mapped "Kader Lince:" was read as words: the informant's answer
    became part of the interviewer's question, never coded, the name in its text."""
    said = _stopped(tmp_path, {"N07_zoom.vtt": ZOOM,
                               "batch.yaml": 'speakers:\n  N07_zoom.vtt: {"Meyti Lumenta": P, "Kader Lince": N07}\n',
                               "informants.csv": "informant,role\nN07,Kader TB\n"})
    assert "Kader Lnce (1 cue, first on line 16, not mapped; close to 'Kader Lince' (-> N07): a misspelling?" in said


def test_a_misspelt_label_in_a_timed_export_names_the_mapped_label_it_is_close_to(tmp_path: Path) -> None:
    descript = ("[00:00:00] Meyti Lumenta: Oma so diperiksa?\n\n[00:00:07] Oma Roos: Blum.\n\n"
                "[00:00:12] Meyti Lumenta: Kenapa?\n\n[00:00:15] Oma Ros: Kita malu.\n")
    said = _stopped(tmp_path, {"N03_descript.txt": descript,
                               "batch.yaml": 'speakers:\n  N03_descript.txt: {"Meyti Lumenta": P, "Oma Roos": N03}\n'})
    assert "Oma Ros (1 turn, first on line 7, not mapped; close to 'Oma Roos' (-> N03): a misspelling?" in said


VTT_THREE = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Speaker 1>Ibu so pernah ke puskesmas?\n\n"
             "00:00:05.000 --> 00:00:09.000\n<v Speaker 2>Blum, jauh skali.\n\n"
             "00:00:10.000 --> 00:00:14.000\n<v Speaker 3>Kita tetangga, kita antar dia.\n")


def test_a_new_numbered_speaker_is_not_called_a_misspelling_of_another(tmp_path: Path) -> None:
    said = _stopped(tmp_path, {"D1.vtt": VTT_THREE,
                               "batch.yaml": 'speakers:\n  D1.vtt: {"Speaker 1": P, "Speaker 2": D1}\n'})
    assert "Speaker 3 (1 cue, first on line 9, not mapped): " in said and "misspelling" not in said


def test_whisper_cpps_undecided_voice_is_named_as_such_not_as_a_misspelling(tmp_path: Path) -> None:
    lines = CPP_LINES.format(a="(speaker 0)", b="(speaker 1)").replace(
        "(speaker 0)Ibu sendiri", "(speaker ?)Ibu sendiri")
    said = _stopped(tmp_path, {"N06_whispercpp.txt": lines,
                               "batch.yaml": 'speakers:\n  N06_whispercpp.txt: {"speaker 0": P, "speaker 1": N06}\n'})
    assert ("speaker ? (1 turn, first on line 5, not mapped; whisper.cpp's '(speaker ?)' marks words whose voice "
            "the tool could not decide") in said
    assert "misspelling?" not in said


def test_the_readme_names_every_kind_of_file_that_takes_a_sidecar() -> None:
    import re

    from pipeline.ingest.speakers import TIMED_SUFFIXES
    from pipeline.ingest.tiers import SHOWN_SUFFIXES   # ".TextGrid", as Praat writes it

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    [listed] = re.findall(r"a transcript's sidecar \(`NAME\.yaml` or `NAME\.yml` beside ([^)]*)\)", readme)
    assert [suffix for suffix in TIMED_SUFFIXES
            if f"`{SHOWN_SUFFIXES.get(suffix, suffix)}`" not in listed.replace("NAME", "")] == []


def test_a_sidecar_beside_a_csv_export_names_its_informant(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"rekaman.csv": "speaker,text\nP,Ibu so periksa?\nN07,Blum.\n",
                                   "rekaman.yaml": "informant: N07\ndate: 2026-11-12\n"})
    read = read_batch(batch, id_key=None)
    assert str(read.documents["rekaman.csv"].metadata["date"]) == "2026-11-12"


@pytest.mark.parametrize("closing", ["-- selesai --\n", "\nRekaman selesai pukul 10.30\n"])
def test_a_closing_line_after_the_last_timed_line_is_left_out_of_its_words_with_a_warning(
        tmp_path: Path, closing: str) -> None:
    batch = write_batch(tmp_path, {"N06_whispercpp.txt": CPP_LINES.format(a="(speaker 0)", b="(speaker 1)") + closing,
                                   "batch.yaml": 'speakers:\n  N06_whispercpp.txt: {"speaker 0": P, "speaker 1": N06}\n'})
    read = read_batch(batch, id_key=None)
    assert read.segments["text"].iloc[-1] == "So, mar anak-anak blum, karena ongkos mahal."
    line = 8 if closing.startswith("\n") else 7
    assert any(f"N06_whispercpp.txt:{line}: '{closing.strip()}' after the last timed line" in warning
               for warning in read.warnings), read.warnings
