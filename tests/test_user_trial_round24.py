"""Round 24's new-user trial (how fishermen's wives on small islands decide where to give birth,
transcribed by a linguist in ELAN and Praat): what the researcher tripped over in the run's
messages and outputs, each fixed with its test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from pipeline.aggregate.saturation import saturation_table, undated_warning
from pipeline.cli import build_parser
from pipeline.ingest.batch import read_batch
from pipeline.review.corrections import transcribed_translations
from pipeline.review.translations import add_correction
from pipeline.schema import OWN_TRANSLATION
from tests.test_ingest_support import DATA, MINIMAL_CODEBOOK, write_batch

TOOLS = DATA / "ingest" / "round24_tools"


def test_the_transcribers_translation_is_shown_in_place_of_the_machines_and_a_graders_wins(tmp_path: Path) -> None:
    """The translation tier was the whole point of the linguist's work: the outputs showed the
    glosser's translation of each turn instead, and the transcriber's was lost."""
    from pipeline.run import analyze

    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(TOOLS / "K02_elan.eaf", batch)
    (tmp_path / "tes.yaml").write_text(MINIMAL_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    analyze(batch, tmp_path / "tes.yaml", out, workers=1, learn=False, progress=False)
    segments = pd.read_csv(out / "segments.csv", keep_default_na=False)
    answer = segments[segments["text"].str.startswith("Kita pe kaka")].iloc[0]
    assert answer["translation"] == "Kakak laki-laki saya yang mengantar."
    add_correction(batch, answer["segment_id"], answer["text"], "Saudara laki-laki saya yang mengantar.", "TRIAL")
    analyze(batch, tmp_path / "tes.yaml", out, workers=1, learn=False, progress=False)
    segments = pd.read_csv(out / "segments.csv", keep_default_na=False)
    assert segments.loc[segments["segment_id"] == answer["segment_id"], "translation"].iloc[0] == (
        "Saudara laki-laki saya yang mengantar.")


def test_a_turn_without_its_own_translation_keeps_the_glossers() -> None:
    segments = pd.DataFrame({"translation": ["Sudah makan?", "Belum."], OWN_TRANSLATION: ["", "Belum, Bu."]})
    assert list(transcribed_translations(segments)["translation"]) == ["Sudah makan?", "Belum, Bu."]
    assert transcribed_translations(segments.drop(columns=[OWN_TRANSLATION])) is not None


def test_help_names_the_linguists_formats_as_their_tools_write_them() -> None:
    """`--help` listed ".textgrid", a spelling Praat never writes, and --timestamps named only subtitles."""
    helped = " ".join(build_parser().format_help().split())
    analyze_help = " ".join(build_parser()._subparsers._group_actions[0].choices["analyze"].format_help().split())
    assert ".eaf, .TextGrid" in analyze_help and ".textgrid" not in analyze_help
    assert "ELAN .eaf, Praat .TextGrid" in analyze_help
    assert helped


def test_undated_messages_say_where_an_elan_or_praat_file_gives_its_date(tmp_path: Path) -> None:
    read = read_batch(TOOLS, id_key=None)
    told = "\n".join(read.warnings)
    assert "(a .vtt, .srt, .sbv, .eaf, .TextGrid or service .json file: in its sidecar NAME.yaml)" in told
    segments = pd.DataFrame({"document": ["a.eaf", "b.eaf"], "speaker_role": ["informant"] * 2,
                             "segment_id": ["a-1", "b-1"], "informant": ["K1", "K2"]})
    codings = pd.DataFrame({"segment_id": ["a-1", "b-1"], "code_id": ["x", "y"], "code": ["x", "y"]})
    warning = undated_warning(saturation_table(segments, codings)) or ""
    assert "the sidecar of a subtitle, ELAN or Praat file" in warning


def test_a_textgrid_beside_its_sidecar_takes_the_sidecars_date(tmp_path: Path) -> None:
    batch = write_batch(tmp_path, {"K04.TextGrid": (TOOLS / "K04_short.TextGrid").read_text(),
                                   "K04.yaml": "date: 2026-11-20\nrole: Istri nelayan\n"})
    read = read_batch(batch, id_key=None)
    assert str(read.documents["K04.TextGrid"].metadata["date"]) == "2026-11-20"
    assert not [warning for warning in read.warnings if "K04.yaml" in warning]


def test_coreq_calls_a_linguists_aligned_transcript_neither_a_subtitle_nor_a_tools_export() -> None:
    """COREQ item 19 listed the .eaf and .TextGrid files as 'a transcription tool's timed export'."""
    from pipeline.export.coreq import coreq_markdown
    from tests.test_coreq import codebook
    from tests.test_coreq_recordings import answer

    segments = pd.DataFrame([
        {"segment_id": f"{name}-1", "document": name, "informant": code, "speaker_role": "informant",
         "language": "xmm", "time_start": "00:00:02.000", "time_end": "00:04:00.000"}
        for name, code in (("K02.eaf", "K02"), ("K03.TextGrid", "K03"))])
    for lang, said in (("en", "time-aligned transcriptions (ELAN, Praat): K02.eaf, K03.TextGrid"),
                       ("id", "transkripsi selaras waktu (ELAN, Praat): K02.eaf, K03.TextGrid")):
        text = coreq_markdown(segments=segments, informants=pd.DataFrame({"informant": ["K02", "K03"], "role": ["Ibu"] * 2}),
                              codings=pd.DataFrame(columns=["segment_id", "informant", "code", "code_id", "source", "review"]),
                              codebook=codebook(), saturation_result=None, coders=["rule"], software="pipeline",
                              agreement=None, lang=lang)
        assert said in answer(text, 19)
        assert "timed export" not in answer(text, 19) and "ekspor alat" not in answer(text, 19)
