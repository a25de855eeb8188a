"""Applying decisions: what the tables count after graders accept, reject and add codes."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.review.apply import apply_reviews
from pipeline.records.codings import counted
from pipeline.review.store import empty_reviews
from pipeline.schema import CODING_COLUMNS, REVIEW_COLUMNS
from test_review_support import codings_frame, segments_frame, wori_codebook


def reviews(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    """rows: (segment_id, code, decision, timestamp)."""
    return pd.DataFrame([[sid, code, decision, "RA", stamp, ""] for sid, code, decision, stamp in rows],
                        columns=REVIEW_COLUMNS)


@pytest.fixture
def base():
    codebook = wori_codebook()
    return codings_frame(codebook), segments_frame(), codebook


def state(codings: pd.DataFrame, segment_id: str, code_id: str) -> list[str]:
    return codings.loc[(codings["segment_id"] == segment_id) & (codings["code_id"] == code_id), "review"].tolist()


def test_no_reviews_changes_nothing_but_the_review_column(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, empty_reviews(), segments, codebook)
    assert list(outcome.codings.columns) == CODING_COLUMNS
    assert len(outcome.codings) == len(codings)
    assert set(outcome.codings["review"]) == {""}
    assert outcome.orphans.empty and outcome.unknown_codes.empty


def test_reject_keeps_the_row_flagged_and_out_of_the_tables(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(("A1-bbb222", "Malas untuk mengurus pendaftaran", "reject", "2024-05-01T09:00:00")),
                            segments, codebook)
    assert state(outcome.codings, "A1-bbb222", "C2") == ["rejected"]
    assert len(outcome.codings) == len(codings)
    kept = counted(outcome.codings)
    assert not ((kept["segment_id"] == "A1-bbb222") & (kept["code_id"] == "C2")).any()
    assert ((kept["segment_id"] == "A1-bbb222") & (kept["code_id"] == "C3")).any(), "other codes of the turn stay"


def test_codes_are_matched_by_id_or_by_label_in_any_case(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(
        ("A1-bbb222", "c3", "accept", "2024-05-01T09:00:00"),
        ("A1-ccc333", "PUSKESMAS DAN DESA MEMBANTU UNTUK PENDAFTARAN", "reject", "2024-05-01T09:00:00"),
    ), segments, codebook)
    assert state(outcome.codings, "A1-bbb222", "C3") == ["accepted"]
    assert state(outcome.codings, "A1-ccc333", "C5") == ["rejected"]


def test_label_and_id_of_the_same_code_are_one_key_and_the_latest_wins(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(
        ("A1-bbb222", "C2", "reject", "2024-05-02T09:00:00"),
        ("A1-bbb222", "Malas untuk mengurus pendaftaran", "accept", "2024-05-01T09:00:00"),
    ), segments, codebook)
    assert state(outcome.codings, "A1-bbb222", "C2") == ["rejected"]
    assert outcome.decisions == 1


def test_add_appends_a_review_row_with_codebook_labels_and_the_turns_informant(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(("A7-eee555", "Tidak memiliki kartu keluarga", "add", "2024-05-01T09:00:00")),
                            segments, codebook)
    added = outcome.codings[outcome.codings["review"] == "added"]
    assert len(added) == 1
    row = added.iloc[0]
    assert (row["segment_id"], row["informant"], row["code_id"]) == ("A7-eee555", "A7", "C3")
    assert (row["theme"], row["category"], row["code"]) == ("Pemanfaatan BPJS", "Kepemilikan BPJS rendah",
                                                              "Tidak memiliki kartu keluarga")
    assert row["source"] == "review" and row["confidence"] == 1.0
    assert ((counted(outcome.codings)["segment_id"] == "A7-eee555") & (counted(outcome.codings)["code_id"] == "C3")).any()


def test_add_of_a_coding_the_machine_found_confirms_it_without_a_duplicate(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(("A1-bbb222", "C2", "add", "2024-05-01T09:00:00")), segments, codebook)
    assert state(outcome.codings, "A1-bbb222", "C2") == ["accepted"]
    assert len(outcome.codings) == len(codings)


def test_accept_of_a_coding_the_machine_no_longer_proposes_keeps_the_code(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(("A1-ccc333", "C4", "accept", "2024-05-01T09:00:00")), segments, codebook)
    row = outcome.codings[(outcome.codings["segment_id"] == "A1-ccc333") & (outcome.codings["code_id"] == "C4")]
    assert row["source"].tolist() == ["review"] and row["review"].tolist() == ["accepted"]


def test_a_reject_after_an_add_removes_the_added_code(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(
        ("A7-eee555", "C3", "add", "2024-05-01T09:00:00"),
        ("A7-eee555", "C3", "reject", "2024-05-01T10:00:00"),
    ), segments, codebook)
    assert state(outcome.codings, "A7-eee555", "C3") == []


def test_decisions_on_missing_segments_are_orphans_kept_and_reported(base) -> None:
    codings, segments, codebook = base
    decided = reviews(("A1-edited1", "C3", "accept", "2024-05-01T09:00:00"),
                      ("A1-bbb222", "C2", "reject", "2024-05-01T09:00:00"))
    outcome = apply_reviews(codings, decided, segments, codebook)
    assert outcome.orphans["segment_id"].tolist() == ["A1-edited1"]
    assert list(outcome.orphans.columns) == REVIEW_COLUMNS
    assert state(outcome.codings, "A1-bbb222", "C2") == ["rejected"], "the rest still applies"
    assert not (outcome.codings["segment_id"] == "A1-edited1").any()
    messages = outcome.messages("transcripts/wori/reviews.csv")
    assert len(messages) == 1 and "A1-edited1" in messages[0] and "transcripts/wori/reviews.csv" in messages[0]
    assert outcome.report()["orphan_reviews"][0]["segment_id"] == "A1-edited1"


def test_unknown_codes_are_reported_not_applied(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(("A1-bbb222", "Kurang gizi", "add", "2024-05-01T09:00:00")),
                            segments, codebook)
    assert outcome.unknown_codes["code"].tolist() == ["Kurang gizi"]
    assert len(outcome.codings) == len(codings)
    assert "Kurang gizi" in outcome.messages()[0]


def test_applying_to_a_previous_result_gives_the_same_result(base) -> None:
    codings, segments, codebook = base
    decided = reviews(("A7-eee555", "C3", "add", "2024-05-01T09:00:00"), ("A1-bbb222", "C2", "reject", "2024-05-01T09:00:00"))
    once = apply_reviews(codings, decided, segments, codebook).codings
    twice = apply_reviews(once, decided, segments, codebook).codings
    pd.testing.assert_frame_equal(once.reset_index(drop=True), twice.reset_index(drop=True))


def test_model_codings_count_only_above_a_threshold_unless_a_human_confirmed_them(base) -> None:
    codings, segments, codebook = base
    applied = apply_reviews(codings, empty_reviews(), segments, codebook).codings
    assert (applied["source"] == "model").sum() == 1  # A7-eee555 C2 at 0.55; four rule codings
    assert len(counted(applied)) == 4, "no threshold: model suggestions do not count"
    assert len(counted(applied, model_threshold=0.5)) == 5
    assert len(counted(applied, model_threshold=0.6)) == 4
    accepted = apply_reviews(codings, reviews(("A7-eee555", "C2", "accept", "2024-05-01T09:00:00")), segments, codebook)
    assert len(counted(accepted.codings)) == 5, "an accepted suggestion counts without a threshold"
    rejected = apply_reviews(codings, reviews(("A6-ddd444", "C1", "reject", "2024-05-01T09:00:00")), segments, codebook)
    assert len(counted(rejected.codings, model_threshold=0.5)) == 4


def test_a_nothing_to_code_mark_changes_no_coding_and_is_neither_orphan_nor_unknown_code(base) -> None:
    codings, segments, codebook = base
    outcome = apply_reviews(codings, reviews(("A1-bbb222", "", "none", "2024-05-01T09:00:00"),
                                             ("A1-gone", "", "none", "2024-05-01T09:00:00")), segments, codebook)
    assert outcome.codings.equals(apply_reviews(codings, empty_reviews(), segments, codebook).codings)
    assert outcome.unknown_codes.empty
    assert outcome.orphans["segment_id"].tolist() == ["A1-gone"]    # kept for re-attaching, like any decision
    assert outcome.in_force.loc[outcome.in_force["decision"] == "none", "code_id"].tolist() == ["", ""]
