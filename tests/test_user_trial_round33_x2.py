"""Round 33's new-user trial, what it left: each trip fixed with its test."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
from test_user_trial_round32_review import _graders


def test_a_retired_code_decided_again_everywhere_is_no_warning_on_every_run(tmp_path: Path) -> None:
    """Once the graders had decided every turn of a split code again, each later run still warned so; the
    summary line now says it, and a turn still to decide keeps its warning."""
    from pipeline.review.apply import apply_reviews
    from pipeline.run_summary import _since_last_run

    reviews, machine, segments, codebook = _graders(tmp_path)
    again = pd.DataFrame([(turn, "Ongkos ke Manado", "ongkos", "accept", "EM", "2026-11-12T09:00:00", "")
                          for turn in ("L1-b", "L1-c")], columns=reviews.columns)
    outcome = apply_reviews(machine.assign(confidence=1.0), pd.concat([reviews, again], ignore_index=True),
                            segments, codebook)
    assert not [line for line in outcome.messages() if "Ongkos dan pendamping" in line]
    record = SimpleNamespace(reviews=outcome.report(), orphan_reviews=[])
    summary = " ".join(_since_last_run(SimpleNamespace(previous=None, record=record)))
    assert "2 turns decided under a code the codebook no longer has, decided again since" in summary
    assert "not applied" not in summary
    # one turn left to decide: still a warning, and counted as not applied
    waiting = apply_reviews(machine.assign(confidence=1.0), pd.concat([reviews, again[:1]], ignore_index=True),
                            segments, codebook)
    assert [line for line in waiting.messages() if "Ongkos dan pendamping" in line and "L1-c" in line]
    record = SimpleNamespace(reviews=waiting.report(), orphan_reviews=[])
    assert "1 not applied" in " ".join(_since_last_run(SimpleNamespace(previous=None, record=record)))
