"""End to end on a copy of the Wori batch: graders' decisions change the next run's tables, and a
decision whose turn was edited away is kept and reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.review.session import ReviewSession
from pipeline.review.store import append_review, read_reviews
from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

import pipeline.run as run  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "wori.yaml"


def analyze(batch: Path, out: Path):
    return run.analyze(batch, codebook_path=CODEBOOK, out_dir=out, workers=1, progress=False)


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def quotes_per_code(out: Path) -> dict[str, int]:
    table = read(out, "theme_table")
    return dict(zip(table.iloc[:, 2], table.iloc[:, 3].astype(int)))


def matrix_cell(out: Path, code: str, informant: str) -> int:
    matrix = read(out, "code_matrix").set_index("code")
    return int(matrix.loc[code, informant])


@pytest.fixture
def wori(tmp_path: Path) -> Path:
    batch = tmp_path / "wori"
    shutil.copytree(REPO / "transcripts" / "wori", batch, ignore=shutil.ignore_patterns("reviews*.csv*"))
    return batch


def test_a_reject_and_an_add_change_the_next_runs_tables(wori: Path, tmp_path: Path) -> None:
    first = analyze(wori, tmp_path / "run1").out_dir
    codings, segments = read(first, "codings"), read(first, "segments")
    rules = codings[codings["source"] == "rule"]
    assert len(rules) >= 2, "the Wori batch is coded by the rules"
    rejected = rules.iloc[0]
    accepted = rules[rules["code"] != rejected["code"]].iloc[0]
    # add a code the machine did not give to an informant turn, other than the rejected code
    coded = set(zip(codings["segment_id"], codings["code"]))
    turns = segments[segments["speaker_role"] == "informant"]
    labels = [label for label in quotes_per_code(first) if label != rejected["code"]]
    target, added_code = next((turn, label) for _, turn in turns.iterrows() for label in labels
                              if (turn["segment_id"], label) not in coded)
    append_review(wori, rejected["segment_id"], rejected["code"], "reject", "TEST", note="not this code")
    append_review(wori, accepted["segment_id"], accepted["code_id"], "accept", "TEST")
    append_review(wori, target["segment_id"], added_code, "add", "TEST", note="missed by the rules")

    second = analyze(wori, tmp_path / "run2")
    out = second.out_dir
    before, after = quotes_per_code(first), quotes_per_code(out)
    assert after[rejected["code"]] == before[rejected["code"]] - 1
    assert after[added_code] == before[added_code] + 1
    assert matrix_cell(out, rejected["code"], rejected["informant"]) == \
        matrix_cell(first, rejected["code"], rejected["informant"]) - 1
    assert matrix_cell(out, added_code, target["informant"]) == matrix_cell(first, added_code, target["informant"]) + 1

    now = read(out, "codings")
    row = lambda sid, label: now[(now["segment_id"] == sid) & (now["code"] == label)]  # noqa: E731
    assert row(rejected["segment_id"], rejected["code"])["review"].tolist() == ["rejected"], "kept, flagged"
    assert row(accepted["segment_id"], accepted["code"])["review"].tolist() == ["accepted"]
    added = row(target["segment_id"], added_code)
    assert added[["source", "review", "informant"]].values.tolist() == [["review", "added", target["informant"]]]
    assert second.record.counts["rejected"] == 1
    assert not second.record.orphan_reviews


def test_an_edited_transcript_keeps_and_reports_the_orphaned_decision(wori: Path, tmp_path: Path) -> None:
    first = analyze(wori, tmp_path / "run1").out_dir
    codings, segments = read(first, "codings"), read(first, "segments")
    decided = codings[codings["source"] == "rule"].iloc[0]
    turn = segments[segments["segment_id"] == decided["segment_id"]].iloc[0]
    append_review(wori, decided["segment_id"], decided["code"], "accept", "TEST", note="checked")

    transcript = wori / turn["document"]
    source = transcript.read_text(encoding="utf-8")
    assert source.count(turn["text"]) == 1
    transcript.write_text(source.replace(turn["text"], turn["text"] + " Itu saja.", 1), encoding="utf-8")

    second = analyze(wori, tmp_path / "run2")
    orphans = second.record.orphan_reviews
    assert [(o["segment_id"], o["decision"]) for o in orphans] == [(decided["segment_id"], "accept")]
    assert any(decided["segment_id"] in warning for warning in second.warnings), "the run says so"
    kept = read_reviews(wori)
    assert kept["segment_id"].tolist() == [decided["segment_id"]], "the decision stays in reviews.csv"
    assert decided["segment_id"] not in set(read(second.out_dir, "segments")["segment_id"])

    session = ReviewSession(wori, second.out_dir, "TEST")
    assert session.orphans()["segment_id"].tolist() == [decided["segment_id"]], "the notebook shows it"
    candidates = session.reattach_candidates(session.orphans().iloc[0])
    assert any(text.startswith(turn["text"]) for text in candidates["text"]), "the edited turn is offered"
