"""What a run says when the model cannot learn: in a researcher's words, naming the codes by the
labels the run prints (`label_en` with --lang en), and saying what to do (review more turns)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.review.store import append_review
from test_english_labels import run
from test_ingest_support import needs_pipeline

pytestmark = needs_pipeline


def learning_notes(warnings: list[str]) -> list[str]:
    return [text for text in warnings if "model" in text and "label_en" not in text]


def test_a_small_english_batch_says_what_the_model_misses_and_what_to_do(tmp_path: Path) -> None:
    _, warnings = run(tmp_path, english=True, lang="en")
    [note] = learning_notes(warnings)
    assert "Side effects of TB drugs (1 with, 1 without)" in note, note
    assert "Efek samping obat" not in note
    assert "of this batch's 2 informant turns" in note and "review.ipynb" in note
    assert "uncoded" not in note and "segments" not in note, "no jargon"


def test_codes_with_too_few_decisions_are_named_in_the_run_language(tmp_path: Path) -> None:
    out, _ = run(tmp_path, english=True, lang="en")
    segments = pd.read_csv(out / "segments.csv", encoding="utf-8-sig")
    turn = segments.loc[segments["speaker_role"] == "informant", "segment_id"].iloc[0]
    append_review(tmp_path / "batch", turn, "Efek samping obat", "accept", "RA")
    from pipeline.run import analyze

    result = analyze(tmp_path / "batch", codebook_path=tmp_path / "tb.yaml", out_dir=out, progress=False,
                     lang="en", learn=False)
    [note] = [text for text in result.warnings if "too few of your decisions" in text]
    assert "Side effects of TB drugs (1 with, 0 without)" in note and "Efek samping obat" not in note
    assert "review.ipynb" in note
    assert max(len(line) for line in note.split("\n")) <= 200, "one code a line, not one 600-character line"


def test_a_batch_without_decisions_says_the_counts_are_earlier_batches(tmp_path: Path) -> None:
    import shutil

    out, _ = run(tmp_path, english=True, lang="en")
    segments = pd.read_csv(out / "segments.csv", encoding="utf-8-sig")
    turn = segments.loc[segments["speaker_role"] == "informant", "segment_id"].iloc[0]
    append_review(tmp_path / "batch", turn, "Efek samping obat", "accept", "RA")
    from pipeline.run import analyze

    analyze(tmp_path / "batch", codebook_path=tmp_path / "tb.yaml", out_dir=out, progress=False, lang="en")
    second = tmp_path / "second"
    second.mkdir()
    shutil.copy(tmp_path / "batch" / "B01.md", second / "B02.md")
    result = analyze(second, codebook_path=tmp_path / "tb.yaml", out_dir=tmp_path / "out2", progress=False, lang="en")
    [note] = [text for text in result.warnings if "the learning model has too few" in text]
    assert "your decisions" not in note and "this batch has none yet" in note and "decision history" in note
