"""A grader's decision carries to the run's near-identical turns (issue 15, round 12): a reject
removes the code there, an add suggests it, and a dissimilar turn is left alone."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.coding.carry_over import NEAR_IDENTICAL, carried_changes, coverage
from pipeline.coding.coder import code_segments
from pipeline.coding.learned_codings import learn
from pipeline.records.codings import counted
from pipeline.schema import CARRIED_EVIDENCE
from test_learning import CODEBOOK_YAML, FILLER, codebook, segments_of  # noqa: F401 (the fixture)

PAYUNG = "Saya lupa bawa payung waktu pergi ke pasar kemarin sore, jadi basah semua."   # no schedule forgotten
FARE = "Naik pete-pete ke posyandu kami tidak sanggup, kantong kami kering sekali."     # a fare no rule knows
# the next batch: the same turns as another informant says them, and a turn the rule codes rightly
PAYUNG_AGAIN = "Iya, saya lupa bawa payung waktu pergi ke pasar kemarin sore, jadi basah semua."
FARE_AGAIN = "Naik pete-pete ke posyandu kami tidak sanggup, kantong kami kering sekali, Ibu."
SCHEDULE = "Saya lupa jadwal posyandu bulan ini karena tidak ada yang kasih tahu."


def history_of(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """An earlier batch's kept decisions (`pipeline.review.history`): (segment id, code, decision, text)."""
    return pd.DataFrame([{"batch": "tahap1@0123456789", "segment_id": sid, "code_id": code, "decision": decision,
                          "text": text, "translation": "", "question": "", "reviewer": "RM",
                          "timestamp": "2026-12-01T00:00:00"} for sid, code, decision, text in rows])


def test_a_reject_and_an_add_carry_to_the_next_batchs_near_identical_turns_only(codebook):
    history = history_of([("R-1", "lupa", "reject", PAYUNG), ("R-2", "biaya", "add", FARE),
                          ("R-3", "lupa", "accept", SCHEDULE)])
    texts = FILLER + [PAYUNG_AGAIN, FARE_AGAIN, SCHEDULE.replace("bulan ini", "kemarin")]
    segments = segments_of(texts)
    payung, fare, schedule = (f"T-{len(FILLER) + i:03d}" for i in range(3))
    rules = code_segments(segments, codebook)
    ruled = set(zip(rules["segment_id"], rules["code_id"]))
    assert {(payung, "lupa"), (schedule, "lupa")} <= ruled and (fare, "biaya") not in ruled

    learned = learn(segments, rules, None, codebook, history)
    rows = learned.codings[learned.codings["evidence_in"] == CARRIED_EVIDENCE]
    assert set(zip(rows["segment_id"], rows["code_id"])) == {(payung, "lupa"), (fare, "biaya")}
    doubt = rows[rows["segment_id"] == payung].iloc[0]
    assert doubt["evidence"].startswith("as reviewed: R-1 in tahap1, similarity ") and doubt["confidence"] < 0.5
    assert rows.loc[rows["segment_id"] == fare, "confidence"].iloc[0] >= NEAR_IDENTICAL
    assert carried_changes(learned.codings)["removed"] == 1 and carried_changes(learned.codings)["suggested"] == 1

    codings = pd.concat([rules, learned.codings], ignore_index=True)
    for threshold in (None, 0.0, 0.5):      # the reject holds at any threshold; the add counts with one
        kept = set(zip(*(counted(codings, threshold)[column] for column in ("segment_id", "code_id"))))
        assert (payung, "lupa") not in kept and (schedule, "lupa") in kept    # the dissimilar turn keeps its rule
        assert ((fare, "biaya") in kept) == (threshold is not None)
    untouched = learn(segments, rules, None, codebook, history_of([("R-9", "lupa", "reject", FILLER[0])]))
    assert not (untouched.codings["evidence_in"] == CARRIED_EVIDENCE).any()    # no turn says the same as R-9


def test_a_decision_in_this_batch_carries_to_its_unreviewed_twin_and_leaves_a_reviewed_one_as_the_grader_left_it(
        codebook):
    texts = FILLER + [PAYUNG, PAYUNG_AGAIN, PAYUNG_AGAIN]
    segments = segments_of(texts)
    first, twin, reviewed = (f"T-{len(FILLER) + i:03d}" for i in range(3))
    rules = code_segments(segments, codebook)
    # the grader rejects lupa on the first; on the last, adds biaya and leaves its rule coding of lupa standing
    decisions = pd.DataFrame([(first, "lupa", "reject"), (reviewed, "biaya", "add")],
                             columns=["segment_id", "code_id", "decision"])
    learned = learn(segments, rules, decisions, codebook)
    carried = learned.codings[learned.codings["evidence_in"] == CARRIED_EVIDENCE]
    assert sorted(zip(carried["segment_id"], carried["code_id"])) == [(twin, "biaya"), (twin, "lupa")]
    evidence = dict(zip(carried["code_id"], carried["evidence"]))
    assert evidence["lupa"].startswith(f"as reviewed: {first}, similarity")
    assert evidence["biaya"] == f"as reviewed: {reviewed}, similarity 1.00"


def test_coverage_is_directed_and_one_new_sentence_is_enough_to_say_something_else():
    rejected = "Obat dari Puskesmas, tapi bulan ini sudah habis. Jadi saya beli di apotek sendiri."
    shorter = "Jadi saya beli di apotek sendiri."
    longer = rejected + " Saya tinggal sendiri dan merasa sepi di rumah."
    covered, covering = coverage([shorter, longer, "Anak saya suka bermain bola."], [rejected])
    assert covered[0, 0] == pytest.approx(1.0) and covering[0, 0] < NEAR_IDENTICAL   # all it says, R said
    assert covered[1, 0] < NEAR_IDENTICAL and covering[1, 0] == pytest.approx(1.0)    # it says more than R
    assert np.all(np.array([covered[2, 0], covering[2, 0]]) < 0.3)


def test_the_next_batchs_run_removes_the_rejected_rule_coding_and_says_what_the_read_decisions_changed(tmp_path):
    import pipeline.run as run
    from pipeline.cli import run_summary
    from pipeline.review.store import append_review

    codebook = tmp_path / "study.yaml"
    codebook.write_text(CODEBOOK_YAML, encoding="utf-8")
    turns = {"first": [PAYUNG, SCHEDULE, FILLER[0]], "second": [PAYUNG_AGAIN, SCHEDULE, FILLER[1]]}
    for name, said in turns.items():
        (tmp_path / name).mkdir()
        lines = [f"P: Pertanyaan {i}?\nA1: {text}" for i, text in enumerate(said)]
        (tmp_path / name / "A1.md").write_text("---\ninformant: A1\nlanguage: ind\n---\n" + "\n".join(lines) + "\n",
                                               encoding="utf-8")

    def analyze(name: str):
        return run.analyze(tmp_path / name, codebook_path=codebook, out_dir=tmp_path / f"out_{name}", workers=1,
                           progress=False)

    first = analyze("first")
    codings = first.analysis.codings
    rejected = codings.loc[(codings["code_id"] == "lupa"), "segment_id"].tolist()
    segments = first.analysis.segments.set_index("segment_id")
    payung = next(sid for sid in rejected if segments.at[sid, "text"] == PAYUNG)
    append_review(tmp_path / "first", payung, "Lupa jadwal", "reject", "RM", "payung, bukan jadwal")
    analyze("first")                                     # keeps the decision with the codebook
    second = analyze("second")
    counted_second = second.analysis.counted
    texts = second.analysis.segments.set_index("segment_id")["text"]
    assert [texts[sid] for sid in counted_second.loc[counted_second["code_id"] == "lupa", "segment_id"]] == [SCHEDULE]
    note = next(w for w in second.warnings if "earlier batch" in w)
    assert "read 1 decision of 1 earlier batch" in note and "removed 1 rule coding" in note
    assert any("1 rule coding removed" in line for line in run_summary(second))


def test_a_reject_carries_to_the_same_words_translated_another_way(codebook):
    """A new user's trial: a reject on "... Kita pe anak [NAMA] yang antar." did not reach the next
    batch's "... Kita pe anak yang antar.": the glosser translated the two "antar" and "mengantar",
    and the redaction mark counted as a word the new turn lacked."""
    said = "Kita so lupa jadwal imunisasi, rumah jauh skali. Tetangga {}yang antar."
    reviewed = history_of([("R-5", "lupa", "reject", said.format("[NAMA] "))])
    reviewed["translation"] = "Saya sudah lupa jadwal imunisasi, rumah jauh sekali. Tetangga [NAMA] yang antar."
    segments = segments_of(FILLER + [said.format("")])
    segments["translation"] = ""
    turn = f"T-{len(FILLER):03d}"
    segments.loc[segments["segment_id"] == turn, "translation"] = (
        "Saya sudah lupa jadwal imunisasi, rumah jauh sekali. Tetangga yang mengantar.")
    rules = code_segments(segments, codebook)
    assert (turn, "lupa") in set(zip(rules["segment_id"], rules["code_id"]))
    learned = learn(segments, rules, None, codebook, reviewed)
    rows = learned.codings[learned.codings["evidence_in"] == CARRIED_EVIDENCE]
    assert set(zip(rows["segment_id"], rows["code_id"])) == {(turn, "lupa")}
    assert rows.iloc[0]["evidence"].startswith("as reviewed: R-5 in tahap1")
