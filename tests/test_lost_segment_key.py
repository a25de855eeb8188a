"""A batch whose `.segment_id_key` was lost (copied without hidden files, cloned) gets a new key and
new ids; its decisions and corrections find their turns again by file, position and a hash of the
masked text, with a copy of each file kept, and the run summary names what it could not find."""

from __future__ import annotations

import shutil

import pytest

from pipeline.ingest.segment_key import KEY_FILE
from pipeline.review.store import append_review, read_reviews
from pipeline.review.translations import add_correction
from test_review_support import analyze_unavailable
from test_segment_ids import CORRECTED, _batch, _informant_turn, _run

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

from pipeline.cli import run_summary  # noqa: E402
from pipeline.review.session import ReviewSession  # noqa: E402

SAME_WORDS = "A1: Iya.\n\nP: Lanjut.\n\nA1: Iya.\n"


def _turns(result):
    segments = result.analysis.segments
    return segments[segments["speaker_role"] == "informant"]


def test_decisions_made_in_the_notebook_find_their_turns_after_the_key_is_lost(tmp_path):
    batch, codebook = _batch(tmp_path)
    with (batch / "A1.md").open("a", encoding="utf-8") as handle:
        handle.write(SAME_WORDS)
    first = _run(batch, codebook, tmp_path)
    turns = _turns(first)
    repeated = turns[turns["text"] == "Iya."]["segment_id"].tolist()
    session = ReviewSession(batch, tmp_path / "out", reviewer="rk")
    session.reject(turns.iloc[0]["segment_id"], "Biaya mahal", note="bukan soal biaya")
    session.nothing_to_code(repeated[1])   # the second of two turns with the same words
    session.correct_translation(turns.iloc[0]["segment_id"], CORRECTED)
    before = (batch / "reviews.csv").read_bytes()

    (batch / KEY_FILE).unlink()
    shutil.rmtree(tmp_path / "out")   # a clone: no earlier outputs either
    second = _run(batch, codebook, tmp_path)
    now = _turns(second)
    assert now.iloc[0]["segment_id"] != turns.iloc[0]["segment_id"]
    assert not second.record.orphan_reviews
    assert set(read_reviews(batch)["segment_id"]) == {now.iloc[0]["segment_id"],
                                                       now[now["text"] == "Iya."]["segment_id"].tolist()[1]}
    rejected = second.analysis.codings
    rejected = rejected[(rejected["segment_id"] == now.iloc[0]["segment_id"]) & (rejected["code"] == "Biaya mahal")]
    assert rejected["review"].tolist() == ["rejected"]
    assert now.iloc[0]["translation"] == CORRECTED
    moved = second.record.reviews["moved_ids"]["reviews.csv"]
    assert moved["rows"] == 2 and moved["lost_key"] and not moved["unfound"]
    assert (batch / moved["backup"]).read_bytes() == before
    assert any(line.startswith(f"reviews.csv: the batch's {KEY_FILE} was missing") and "2 rows moved" in line
               for line in run_summary(second))


def test_older_decisions_without_anchors_move_by_the_last_runs_segments_or_are_named(tmp_path):
    batch, codebook = _batch(tmp_path)
    first = _run(batch, codebook, tmp_path)
    turns = _turns(first)
    append_review(batch, turns.iloc[0]["segment_id"], "Biaya mahal", "reject", "rk")   # no anchor columns
    append_review(batch, turns.iloc[1]["segment_id"], "Biaya mahal", "add", "rk")
    add_correction(batch, turns.iloc[0]["segment_id"], turns.iloc[0]["text"], CORRECTED, "rk")

    (batch / KEY_FILE).unlink()
    second = _run(batch, codebook, tmp_path)   # the outputs of the first run are still there
    now = _turns(second)
    assert read_reviews(batch)["segment_id"].tolist() == now["segment_id"].tolist()[:2]
    assert not second.record.orphan_reviews

    (batch / KEY_FILE).unlink()
    shutil.rmtree(tmp_path / "out")
    third = _run(batch, codebook, tmp_path)   # only the correction's text hash says where a turn was
    moved = third.record.reviews["moved_ids"]["reviews.csv"]
    assert moved["rows"] == 1 and read_reviews(batch)["segment_id"].iloc[0] == _turns(third)["segment_id"].iloc[0]
    assert moved["unfound"] == [f"A1.md ({now['segment_id'].iloc[1]}: no turn kept)"]
    assert [row["segment_id"] for row in third.record.orphan_reviews] == [now["segment_id"].iloc[1]]   # kept
    summary = " ".join(run_summary(third))
    assert "1 turn not found again" in summary and "A1.md (" in summary
