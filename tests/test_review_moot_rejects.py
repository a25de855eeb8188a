"""A reject of a rule coding the rules no longer make (the codebook was edited) has nothing left
to reject: the run reports it among the decisions not applied, with the reason. A reject of a
model suggestion is not moot: the model makes no suggestion where a person decided."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from pipeline.run_summary import _since_last_run
from pipeline.review import ReviewSession
from pipeline.review.apply import apply_reviews
from pipeline.review.store import append_review, read_reviews
from test_review_support import codings_frame, segments_frame, wori_codebook, write_full_outputs


def test_a_reject_of_a_coding_the_rules_no_longer_make_is_reported_not_applied(tmp_path: Path) -> None:
    batch, out = write_full_outputs(tmp_path)
    session = ReviewSession(batch, out, "RA")
    session.reject("A1-bbb222", "C2", "not about registration")     # the rules' coding
    session.reject("A7-eee555", "C2")                               # the model's suggestion
    append_review(batch, "A1-bbb222", "Tidak memiliki kartu keluarga", "reject", "OLD")  # written before the column
    codings = codings_frame()
    # the next run, after a codebook edit: the rules no longer code A1-bbb222 with C2 or C3, and the
    # model makes no suggestion on the pair a person decided
    after_edit = codings[~codings["code_id"].isin(["C2", "C3"])]
    outcome = apply_reviews(after_edit, read_reviews(batch), segments_frame(), wori_codebook())

    assert outcome.moot_rejects[["segment_id", "code"]].values.tolist() == [
        ["A1-bbb222", "Malas untuk mengurus pendaftaran"]]
    [message] = [line for line in outcome.messages() if "no longer make" in line]
    assert "'Malas untuk mengurus pendaftaran'" in message and "A1-bbb222 (RA," in message
    assert "not applied" in message and "codebook changed" in message
    report = outcome.report()
    assert len(report["moot_reject_reviews"]) == 1

    summary = _since_last_run(SimpleNamespace(previous=None,
                                              record=SimpleNamespace(reviews=report, orphan_reviews=[])))
    assert "1 not applied (see the warnings)" in summary[0]


def test_a_reject_the_rules_still_answer_is_applied_and_not_reported(tmp_path: Path) -> None:
    batch, out = write_full_outputs(tmp_path)
    ReviewSession(batch, out, "RA").reject("A1-bbb222", "C2")
    outcome = apply_reviews(codings_frame(), read_reviews(batch), segments_frame(), wori_codebook())
    assert outcome.moot_rejects.empty and not [line for line in outcome.messages() if "no longer make" in line]
    assert read_reviews(batch).iloc[-1]["coding_source"] == "rule"


def test_a_reject_of_a_code_the_turn_does_not_have_is_in_the_summarys_breakdown(tmp_path: Path) -> None:
    """A reject written through the API on a turn the rules never coded with it was counted among the
    decisions in force but in none of the summary's parts: the breakdown did not add up."""
    batch, out = write_full_outputs(tmp_path)
    session = ReviewSession(batch, out, "RA")
    session.reject("A1-bbb222", "C2")                                   # the rules' coding: rejected
    append_review(batch, "A6-ddd444", "C5", "reject", "RA", code_id="C5")   # A6 was never coded C5
    report = apply_reviews(codings_frame(), read_reviews(batch), segments_frame(), wori_codebook()).report()
    assert (report["decisions"], report["rejected"], report["rejected_uncoded"]) == (2, 1, 1)
    assert report["moot_reject_reviews"] == []   # not a moot reject: nothing coded it, before or now
    [line] = _since_last_run(SimpleNamespace(previous=None, record=SimpleNamespace(reviews=report, orphan_reviews=[])))
    assert "1 rejected, 0 added; 1 reject of a code the turn does not have" in line and "not applied" not in line
