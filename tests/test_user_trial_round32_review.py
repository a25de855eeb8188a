"""Round 32's new-user trial, its review: two graders, a revised codebook (a label renamed, a code split,
one dropped, one added) and a second batch; what happened to the graders' decisions, each fixed with its test."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def _graders(tmp_path: Path):
    from pipeline.codebook.load import load_codebook

    (tmp_path / "mata.yaml").write_text(
        "name: mata\nthemes:\n  - id: t\n    label: Mata\n    categories:\n      - id: c\n        label: Layanan\n"
        "        codes:\n          - id: kabur\n            label: Penglihatan kabur\n            definition: Blurred sight.\n"
        "            keywords: [kabur]\n          - id: ongkos\n            label: Ongkos ke Manado\n"
        "            definition: The fare.\n            keywords: [ongkos]\n", encoding="utf-8")
    codebook = load_codebook(tmp_path / "mata.yaml")
    machine = pd.DataFrame({"segment_id": ["L1-a", "L1-b", "L1-c"], "code_id": ["kabur", "kabur", "ongkos"],
                            "source": "rule"})
    segments = pd.DataFrame({"segment_id": ["L1-a", "L1-b", "L1-c"], "informant": "L1",
                             "text": ["Mata kabur.", "Oto mahal, mata kabur.", "Ongkos dua ratus."]})
    # 'Ongkos dan pendamping' was split in the revised codebook; both graders decided it before
    rows = [("L1-a", "Penglihatan kabur", "kabur", "accept", "EM"), ("L1-b", "Ongkos dan pendamping", "biaya", "reject", "EM"),
            ("L1-c", "Ongkos dan pendamping", "biaya", "accept", "EM"),
            ("L1-a", "Penglihatan kabur", "kabur", "accept", "RT"), ("L1-b", "Ongkos dan pendamping", "biaya", "accept", "RT"),
            ("L1-c", "Ongkos dan pendamping", "biaya", "accept", "RT")]
    reviews = pd.DataFrame(rows, columns=["segment_id", "code", "code_id", "decision", "reviewer"]).assign(
        timestamp=[f"2026-11-10T10:{minute:02d}:00" for minute in range(len(rows))], note="")
    return reviews, machine, segments, codebook


def test_grader_agreement_keeps_a_code_the_revised_codebook_split(tmp_path: Path) -> None:
    """After the codebook was revised the split code's decisions vanished from grader-agreement, and the pooled
    kappa changed with no decision changed; they are compared under the label the graders saw, marked so."""
    from pipeline.review.grader_agreement import grader_agreement

    reviews, machine, segments, codebook = _graders(tmp_path)
    result = grader_agreement(reviews, machine, segments, codebook, ("EM", "RT"))
    table = result.table.set_index("code")
    assert table.loc["Ongkos dan pendamping", ["n_units", "a_count", "b_count"]].tolist() == [2, 1, 2]
    assert "not in the codebook now" in table.loc["Ongkos dan pendamping", "note"]
    assert "not in the codebook now" not in table.loc["Penglihatan kabur", "note"]
    assert table.loc["(all)", "n_units"] == 3
    assert result.disagreements["code"].tolist() == ["Ongkos dan pendamping"]


def test_the_run_compares_two_graders_itself_and_not_one(tmp_path: Path) -> None:
    """grader_agreement.csv, written by the command beside the outputs, was gone after the next run replaced
    the outputs folder; each run now writes it when two graders signed reviews.csv."""
    from pipeline.review.grader_agreement import run_grader_agreement

    reviews, machine, segments, codebook = _graders(tmp_path)
    both = run_grader_agreement(reviews, machine, segments, codebook)
    assert both is not None and both.graders == ("EM", "RT")
    assert run_grader_agreement(reviews[reviews["reviewer"] == "EM"], machine, segments, codebook) is None


def test_a_split_codes_turn_decided_again_is_not_asked_about_again(tmp_path: Path) -> None:
    """The run kept asking to decide again a turn the grader had already decided with the split's new codes."""
    from pipeline.review.apply import apply_reviews

    reviews, machine, segments, codebook = _graders(tmp_path)
    again = pd.DataFrame([("L1-c", "Ongkos ke Manado", "ongkos", "accept", "EM", "2026-11-12T09:00:00", "")],
                         columns=reviews.columns)
    # the same sitting's decision on an older code of the turn is no decision again
    sitting = pd.DataFrame([("L1-b", "Penglihatan kabur", "kabur", "accept", "EM", "2026-11-10T10:01:30", "")],
                           columns=reviews.columns)
    outcome = apply_reviews(machine.assign(confidence=1.0), pd.concat([reviews, again, sitting], ignore_index=True),
                            segments, codebook)
    assert sorted(outcome.unknown_to_decide()["segment_id"]) == ["L1-b"]
    message = " ".join(outcome.messages())
    assert "L1-b (reject by EM, accept by RT)" in message and "L1-c" not in message and "1 more decided again since" in message


def test_coreq_item_24_reports_the_two_graders_agreement(tmp_path: Path) -> None:
    """COREQ item 24 named the two graders as coders but not how far they agreed, which the paper reports."""
    from pipeline.export.coreq import _coders
    from pipeline.export.coreq import _graders as item_24
    from pipeline.review.grader_agreement import grader_agreement

    reviews, machine, segments, codebook = _graders(tmp_path)
    table = grader_agreement(reviews, machine, segments, codebook, ("EM", "RT")).table
    said = item_24(table, ("EM", "RT"), "en")
    assert "two graders (EM, RT; pooled over the 3 codings both decided)" in said and "grader_agreement.csv" in said
    assert "dua peninjau" in item_24(table, ("EM", "RT"), "id")
    assert item_24(None, (), "en") == "" and "grader" not in _coders(["reviewer EM"], None, "en")


def test_the_notebook_shows_the_codings_of_turns_to_decide_again(tmp_path: Path) -> None:
    """The notebook's header said to decide again the turns of a split code, but the grader could find them only
    in the run's warnings in the terminal; the status filter now shows their codings, until decided again."""
    from test_review_support import write_full_outputs

    from pipeline.review import ReviewSession
    from pipeline.review.store import append_review

    batch, out = write_full_outputs(tmp_path)
    append_review(batch, "A1-bbb222", "Ongkos dan pendamping", "accept", "EM", timestamp="2026-11-10T10:00:00+00:00")
    append_review(batch, "A6-ddd444", "C1", "accept", "EM", timestamp="2026-11-10T10:01:00+00:00", code_id="C1")
    session = ReviewSession(batch, out, reviewer="EM")
    assert set(session.filter(status="again")["segment_id"]) == {"A1-bbb222"}
    assert "decide again" in session.summary_html("en")
    session.accept("A1-bbb222", "C2")   # decided again with a code no one had decided before
    session.reload()
    assert session.filter(status="again").empty


GLASSES_CODEBOOK = """\
name: mata
themes:
  - id: T1
    label: Mata
    categories:
      - id: K1
        label: Keluhan
        codes:
          - id: kabur
            label: Penglihatan kabur
            definition: Sight is blurred.
            keywords: [kabur]
          - id: kacamata
            label: Kacamata baca tanpa resep
            definition: Reading glasses bought without an eye examination.
            keywords: [kacamata]
"""
GLASSES = """---
informant: L5
language: xmm
---
P: Oma pakai kacamata?

L5: Kita beli kacamata di pasar, mar tetap kabur.
"""


def test_a_code_the_rules_find_nowhere_is_named_though_a_grader_accepted_it(tmp_path: Path, capsys) -> None:
    """Renamed 'Kacamata baca tanpa resep', the code names an absence, so its keywords count only where the thing
    is missing: the machine coded the cadre's turn no more, and the run said nothing, a grader's accept elsewhere
    counting as found."""
    from test_ingest_support import write_batch

    from pipeline.cli import main
    from pipeline.review.store import append_review

    codebook = tmp_path / "mata.yaml"
    codebook.write_text(GLASSES_CODEBOOK, encoding="utf-8")
    batch = write_batch(tmp_path, {"L5.md": GLASSES})
    run = ["analyze", str(batch), "--codebook", str(codebook), "--out", str(tmp_path / "out"), "--no-history"]
    assert main(run) == 0
    segments = pd.read_csv(tmp_path / "out" / "segments.csv")
    turn = segments.loc[segments["speaker"] == "L5", "segment_id"].iloc[0]
    append_review(batch, turn, "Kacamata baca tanpa resep", "add", "EM", code_id="kacamata")
    capsys.readouterr()
    assert main(run) == 0
    said = capsys.readouterr()
    warned = [line for line in (said.out + said.err).splitlines() if "the rules found nowhere" in line]
    assert len(warned) == 1 and "'kacamata'" in warned[0] and "'kabur'" not in warned[0]
