"""The simulated grader of evaluation.learning_curve decides as the gold says, as a person would in the notebook."""

from __future__ import annotations

import numpy as np

from evaluation.learning_curve import turn_decisions


def test_the_simulated_grader_accepts_rejects_adds_and_marks_turns_the_gold_leaves_without_codes() -> None:
    codes = ["a", "b", "c"]
    decided = turn_decisions("T-1", np.array([1, 1, 0]), np.array([1, 0, 1]), codes)
    assert [(d["code_id"], d["decision"]) for d in decided] == [("a", "accept"), ("b", "reject"), ("c", "add")]
    empty = turn_decisions("T-2", np.array([0, 1, 0]), np.array([0, 0, 0]), codes)
    assert [(d["code_id"], d["decision"]) for d in empty] == [("b", "reject"), ("", "none")]
    assert turn_decisions("T-3", np.array([0, 0, 0]), np.array([0, 0, 0]), codes) == [
        {"segment_id": "T-3", "code_id": "", "decision": "none"}]


def test_a_batch_naming_its_codebook_is_measured_with_it(tmp_path):
    """A new study's batch (batch.yaml names a codebook without rules) is measured with that codebook
    as its minimal one, whatever the folder is called."""
    from evaluation.learning_curve import curve_codebooks

    study = tmp_path / "study.yaml"
    study.write_text(
        "name: Studi\nversion: '1'\nthemes:\n- id: t\n  label: Tema\n  categories:\n  - id: c\n"
        "    label: Kategori\n    codes:\n    - id: k\n      label: Jarak jauh\n      definition: Far away.\n"
        "      keywords: [jauh]\n", encoding="utf-8")
    batch = tmp_path / "anything_interviews"
    batch.mkdir()
    (batch / "batch.yaml").write_text("codebook: ../study.yaml\n", encoding="utf-8")
    assert curve_codebooks(batch, tmp_path / "codebooks") == [("minimal", study.resolve())]


def test_a_curve_point_shows_the_gain_over_the_rules_on_the_same_turns():
    from evaluation.learning_curve import curve_cell

    assert curve_cell({"kappa_unreviewed": 0.5, "kappa_rules_unreviewed": 0.42}).strip() == "0.500 (+0.080)"
    assert curve_cell({"kappa_unreviewed": 0.3, "kappa_rules_unreviewed": 0.35}).strip() == "0.300 (-0.050)"
    assert curve_cell({"kappa_unreviewed": float("nan"), "kappa_rules_unreviewed": 0.2}).strip() == "-"


def test_the_half_review_summary_gives_the_mean_the_worst_and_the_halves_that_reach_the_bar():
    from evaluation.learning_curve import half_review_summary

    halves = [{"kappa_rules": 0.60, "kappa_learned": 0.76},    # +0.16, reaches 0.75: meets the bar
              {"kappa_rules": 0.40, "kappa_learned": 0.55},    # +0.15 but below 0.75
              {"kappa_rules": 0.80, "kappa_learned": 0.78}]    # -0.02
    assert half_review_summary(halves) == "3 halves: mean gain +0.0967, worst -0.020; 1 reach the bar (+0.10 and 0.75)"


def test_a_grader_reviewing_the_first_half_of_each_file_reviews_its_opening_turns_not_every_other_one():
    import pandas as pd

    from evaluation.learning_curve import FIRST_HALF, reviewed_half

    units = pd.DataFrame({"document": ["a.txt"] * 5 + ["b.txt"] * 2})
    assert reviewed_half(units, 0).tolist() == [True, False, True, False, True, False, True]
    first = reviewed_half(units, 0, FIRST_HALF)
    assert first.tolist() == [True, True, True, False, False, True, False]
    assert (reviewed_half(units, 1, FIRST_HALF) == ~first).all()
