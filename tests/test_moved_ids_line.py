"""The run summary's line about decisions whose turn's id changed gives one piece of advice for the
turns not found again, with the key to restore first when the batch's id key was lost."""

from __future__ import annotations

from pipeline.run_summary import _moved_ids_line
from pipeline.ingest.segment_key import KEY_FILE

UNFOUND = ["C2.md (turn 4)", "C2.md (turn 9)"]


def test_lost_key_and_changed_reading_give_the_same_advice_for_turns_not_found():
    lost = _moved_ids_line("reviews.csv", {"lost_key": True, "rows": 3, "backup": "reviews.csv.ids-1.bak",
                                           "unfound": UNFOUND})
    read = _moved_ids_line("reviews.csv", {"rows": 3, "refound": 3, "backup": "reviews.csv.ids-1.bak",
                                           "unfound": UNFOUND})
    advice = "re-attach or drop them under the orphaned decisions of notebooks/review.ipynb"
    assert lost.count("not found again") == read.count("not found again") == 1
    assert advice in lost and advice in read
    assert f"if the original {KEY_FILE} still exists" in lost and KEY_FILE not in read.split("not found again")[1]
    assert lost.endswith(".") and read.endswith(".")
