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
