"""A coding made by a grader's decision on a near-identical turn (`pipeline.coding.carry_over`)
shows as such in the review notebook: a mark, the reviewed turn it carries from, and that turn's
words, instead of the model's weighted words (issue 15, round 13)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from pipeline.coding.carry_over import carried_evidence, carried_source
from pipeline.review import ReviewSession
from pipeline.review.render import card_html
from pipeline.schema import CARRIED_EVIDENCE
from test_notebooks import REPO, execute, outputs
from test_review_support import write_full_outputs

REVIEWED = "A1-bbb222"          # "Dorang malas mo urus KK (Kartu Keluarga)."
CARRIED = ("A7-eee555", "A7", "T1", "K1", "Tidak memiliki kartu keluarga", "C3", "model", 0.91,
           carried_evidence(REVIEWED, 0.91), CARRIED_EVIDENCE, "")


def with_carried_row(root: Path) -> tuple[Path, Path]:
    """Outputs of a run in which the decision on REVIEWED carried code C3 to A7's turn."""
    batch, out = write_full_outputs(root)
    codings = pd.read_csv(out / "codings.csv", encoding="utf-8-sig")
    codings = pd.concat([codings, pd.DataFrame([CARRIED], columns=codings.columns)], ignore_index=True)
    codings.to_csv(out / "codings.csv", index=False, encoding="utf-8-sig")
    return batch, out


def test_the_carried_evidence_names_its_reviewed_turn_and_other_evidence_names_none():
    assert carried_source(carried_evidence("S-3 in tahap1", 0.857)) == ("S-3 in tahap1", 0.86)
    assert carried_source("malas … urus") is None


def test_a_carried_card_is_marked_and_shows_the_turn_it_carries_from(tmp_path: Path):
    batch, out = with_carried_row(tmp_path)
    session = ReviewSession(batch, out, "TEST")
    view = session.filter(code="C3")
    carried = view[view["segment_id"] == "A7-eee555"].iloc[0]
    page = card_html(carried, "en")
    assert "\u21bb as reviewed" in page and f"near-identical turn {REVIEWED} (similarity 0.91)" in page
    assert "Dorang malas mo urus KK" in page, "the reviewed turn's own words"
    assert "<mark" not in page, "no word of the turn is marked as evidence: a decision made it"
    ruled = view[view["segment_id"] == REVIEWED].iloc[0]
    assert "as reviewed" not in card_html(ruled, "en") and "<mark" in card_html(ruled, "en")
    queued = session.queue_view()
    card = card_html(queued[(queued["segment_id"] == "A7-eee555") & (queued["code_id"] == "C3")].iloc[0], "en")
    assert "words that weigh most" not in card and "\u21bb as reviewed" in card


def test_the_review_notebook_run_headless_shows_the_carried_coding_as_such(tmp_path: Path, monkeypatch):
    # the kernel imports this checkout's pipeline (a relative PYTHONPATH would name the notebook's folder)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH", "")])))
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'fake'\n")
    (tmp_path / "notebooks").mkdir()
    batch, _ = with_carried_row(tmp_path)
    notebook = execute("review", batch.parents[1] / "notebooks", REVIEWER="TEST")
    page = outputs(notebook, "text/html")
    assert "\u21bb seperti direview" in page
    assert f"keputusan peninjau pada giliran {REVIEWED} yang hampir sama (kemiripan 0.91)" in page


def test_a_card_carried_from_an_earlier_batch_names_that_batch_in_the_run_language():
    """The trial's Indonesian card read "... pada giliran H02-5daee05ac9 in batch1 ...": the batch
    is named in the card's own language."""
    from pipeline.review.render import carried_note_html
    row = pd.Series({"evidence": carried_evidence("K3-0a1b2c in desa_a", 1.0), "evidence_in": CARRIED_EVIDENCE})
    indonesian = carried_note_html(row, "id")
    assert "giliran K3-0a1b2c di batch desa_a yang hampir sama (kemiripan 1.00)" in indonesian
    assert " in desa_a" not in indonesian
    assert "turn K3-0a1b2c of batch desa_a (similarity 1.00)" in carried_note_html(row, "en")


def test_a_rule_coding_a_carried_reject_removes_is_one_card_marked_removed(tmp_path: Path):
    """A new user's second batch: the rule coding a carried reject removed showed as a pending
    card ("menunggu rule 0.70") beside the carried doubt, and the run said "13 of 13 codings await
    review" while 11 counted: a grader could decide the pair twice."""
    from pipeline.records.codings import removed_by_carry
    batch, out = write_full_outputs(tmp_path)
    codings = pd.read_csv(out / "codings.csv", encoding="utf-8-sig")
    doubt = ("A1-bbb222", "A1", "T1", "K1", "Malas untuk mengurus pendaftaran", "C2", "model", 0.0,
             carried_evidence("H02-5daee0 in desa_a", 1.0), CARRIED_EVIDENCE, "")
    codings = pd.concat([codings, pd.DataFrame([doubt], columns=codings.columns)], ignore_index=True)
    codings.to_csv(out / "codings.csv", index=False, encoding="utf-8-sig")
    removed = removed_by_carry(codings)
    assert codings[removed][["segment_id", "code_id", "source"]].values.tolist() == [["A1-bbb222", "C2", "rule"]]

    session = ReviewSession(batch, out, "TEST")
    pair = session.filter(code="C2")
    pair = pair[pair["segment_id"] == "A1-bbb222"]
    assert pair["source"].tolist() == ["model"], "one card for the pair: the carried decision"
    card = card_html(pair.iloc[0], "id")
    assert "\u21bb dihapus seperti direview" in card and "giliran H02-5daee0 di batch desa_a" in card
    assert len(session.filter()) == len(codings) - 1
    assert session.progress()["total"] == len(codings) - 1, "the progress line counts the cards shown"
    by_code = session.progress_by_code().set_index("code_id")
    assert by_code.at["C2", "codings"] == int((codings["code_id"] == "C2").sum()) - 1
