"""Round 25's new-user trial (mothers' use of the village ambulance boat on small islands, transcribed
with Fireflies, Google Recorder, Microsoft Stream, Riverside, Deepgram and Speechmatics): what the
researcher tripped over in the run's messages and outputs, each fixed with its test."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.coding.reliability import decider, reason_in_indonesian
from pipeline.errors import InputError
from pipeline.ingest.batch import read_batch
from pipeline.wording import words
from tests.test_ingest_support import DATA, write_batch


def test_the_reliability_table_says_its_decisions_count_the_codebooks_examples() -> None:
    """After she wrote one example per code into the codebook, the table said 12 reviewed turns and
    2 decisions on a code she had decided once in 7 reviewed turns: the examples were counted
    without a word saying so."""
    for lang in ("id", "en"):
        table = words("review", lang)
        assert "contoh kodebuku" in table["col_reviewed_units"] or "codebook examples" in table["col_reviewed_units"]
        assert "contoh kodebuku" in table["col_decisions"] or "codebook examples" in table["col_decisions"]
    why = decider((0.5, 0.5), [], corrected=False, comparable=True, decisions=2)
    assert "the codebook's examples" in why
    assert reason_in_indonesian(why).startswith("aturan: dari 2 keputusan atasnya (batch ini, batch sebelumnya bila "
                                                "ada, dan contoh di kodebuku)")


def test_an_empty_subtitle_or_aligned_file_says_what_to_do_as_an_empty_text_file_does(tmp_path: Path) -> None:
    """An empty .txt said "add its text, or move it out ..."; an empty .vtt, .srt or .TextGrid said
    only "is empty"."""
    files = {"A1.vtt": "", "A2.srt": "\n \n", "A3.TextGrid": b"", "A4.md": "P: Ibu?\nA4: Iyo.\n"}
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, files), id_key=None)
    said = {Path(problem.file).name: problem.message for problem in error.value.problems}
    for name in ("A1.vtt", "A2.srt", "A3.TextGrid"):
        assert said[name].startswith("is empty; export it again from the tool") and "'_'" in said[name], said


def test_a_front_matter_informant_who_speaks_no_turn_is_named_with_the_label_her_turns_carry(tmp_path: Path) -> None:
    """`informant: M08` above turns typed `M8:` made two informants of one in Tabel 1, M08 with no turn
    and M8 apart; nothing said M08 had no turn (only that informants.csv did not list M8)."""
    transcript = "---\ninformant: M08\n---\nP: Ada biaya?\nM8: Kata hukum tua, dana desa so tanggung.\nP: Lalu?\nM8: Iyo.\n"
    batch = write_batch(tmp_path, {"M08.txt": transcript, "informants.csv": "informant,role\nM08,Ibu bersalin\n"})
    warnings = read_batch(batch, id_key=None).warnings
    assert any(w.startswith("M08.txt: its front matter names M08 as its informant, but none of its turns is M08's: its "
                            "informant turns are labelled M8 (M08.txt line 5)") for w in warnings), warnings
    agreeing = write_batch(tmp_path, {"M08.txt": transcript.replace("M8:", "M08:")}, name="agreeing")
    assert not any("front matter names" in w for w in read_batch(agreeing, id_key=None).warnings)


def test_utf16_text_without_its_mark_is_named_so_not_binary(tmp_path: Path) -> None:
    """A transcript saved as UTF-16 without its byte-order mark was called "a binary file", which sent
    the researcher looking for the wrong problem."""
    text = "---\ninformant: M08\n---\nP: Ibu pake perahu?\nM08: Iyo, bensin torang bayar.\n"
    files = {"M08.txt": text.encode("utf-16-le"), "M09.txt": text.replace("M08", "M09").encode("utf-16-be"),
             "M10.txt": b"\x00\x01\x02\x03garbage\x00\x00\x00binary\x00"}
    with pytest.raises(InputError) as error:
        read_batch(write_batch(tmp_path, files), id_key=None)
    said = {Path(problem.file).name: problem.message for problem in error.value.problems}
    assert said["M08.txt"].startswith("is UTF-16 text without its byte-order mark") and "UTF-8" in said["M08.txt"]
    assert said["M09.txt"].startswith("is UTF-16 text without its byte-order mark")
    assert said["M10.txt"].startswith("looks like a binary file")


def test_help_dates_and_roles_of_a_service_json_say_where_its_facts_go() -> None:
    """--help listed the kinds a batch reads without the JSON; the undated message named only
    subtitle, ELAN and Praat sidecars, so she did not know where a Deepgram file's date goes."""
    from pipeline.aggregate.saturation import saturation_table, undated_warning
    from pipeline.cli import build_parser

    analyze_help = " ".join(build_parser()._subparsers._group_actions[0].choices["analyze"].format_help().split())
    assert "a Deepgram, Speechmatics, AssemblyAI or ElevenLabs .json" in analyze_help
    segments = pd.DataFrame({"document": ["a.json", "b.json"], "speaker_role": ["informant"] * 2,
                             "segment_id": ["a-1", "b-1"], "informant": ["K1", "K2"]})
    codings = pd.DataFrame({"segment_id": ["a-1", "b-1"], "code_id": ["x", "y"], "code": ["x", "y"]})
    assert "(or of a Deepgram, Speechmatics, AssemblyAI or ElevenLabs .json)" in (undated_warning(saturation_table(segments, codings)) or "")

def test_a_sidecars_role_without_informant_is_the_mapped_informants(tmp_path: Path) -> None:
    """N01_deepgram.yaml gave `role:` and `date:` but no `informant:`: Tabel 1 said N01's file "says
    nothing about its informant" and printed no role; a sidecar without a role was pointed at the
    recording's first word as the place to write one."""
    read = read_batch(DATA / "ingest" / "round25_tools", id_key=None)
    told = "\n".join(read.warnings)
    assert "no role for N01" not in told
    assert read.informants.set_index("informant").loc["N01", "role"] == "Ibu bersalin"
    batch = write_batch(tmp_path, {"N02.json": (DATA / "ingest" / "round25_tools" / "N02_speechmatics.json").read_bytes(),
                                   "N02.yaml": "date: 2026-11-21\nspeakers: {S1: P, S2: N02, UU: P}\n"})
    told = "\n".join(read_batch(batch, id_key=None).warnings)
    assert f"Tabel 1 has no role for N02 ({batch / 'N02.yaml'} (its sidecar, beside it))" in told, told


def test_measuring_two_hand_coded_interviews_of_a_copied_batch_names_the_files_not_coded(tmp_path: Path,
                                                                                        capsys) -> None:
    """README's way to measure the coder: hand-code a few interviews in a copy of the batch. She coded
    two of ten and got kappa 0.31, every turn of the other eight counted as needing no code, and
    nothing said so."""
    from evaluation.coding import main
    from tests.test_ingest_support import MINIMAL_CODEBOOK

    (tmp_path / "tes.yaml").write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"A1.txt": "P: Kenapa?\nA1: Dorang malas mo urus.\n",
                                   "A2.txt": "P: Kenapa?\nA2: KK hilang.\n", "A3.txt": "P: Kenapa?\nA3: Nda tau.\n",
                                   "_gold.csv": "document,quote,code\nA1.txt,malas mo urus,C1\n"})
    assert main([str(batch), "--codebook", str(tmp_path / "tes.yaml"), "--no-gloss"]) == 0
    printed = capsys.readouterr().out
    assert ("note: 2 of the folder's 3 files have no row in _gold.csv (A2.txt, A3.txt): their 2 informant turns "
            "count as needing no code") in printed
    (batch / "_gold.csv").write_text("document,quote,code\nA1.txt,malas mo urus,C1\nA2.txt,KK hilang,C2\n"
                                     "A3.txt,Nda tau,\n", encoding="utf-8")
    assert main([str(batch), "--codebook", str(tmp_path / "tes.yaml"), "--no-gloss"]) == 0
    assert "note:" not in capsys.readouterr().out
