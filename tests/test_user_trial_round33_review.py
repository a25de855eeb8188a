"""Round 33's new-user trial, what round 32's left in the review: a re-decide warning that counted turns as
decisions and showed only the latest grader's, and a split code's rejected turns asked about again."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

SPLIT = """\
name: obat
themes:
  - id: t
    label: Obat
    categories:
      - id: c
        label: Membeli
        codes:
          - id: kios
            label: Beli di kios
            definition: Antibiotics bought at a kiosk.
            keywords: [kios]
            formerly: [Tempat beli obat]
          - id: apotek
            label: Beli di apotek
            definition: Antibiotics bought at a pharmacy.
            keywords: [apotek]
            formerly: [Tempat beli obat]
          - id: sisa
            label: Sisa obat disimpan
            definition: Leftover tablets kept for later.
            keywords: [sisa]
"""


def _split(tmp_path: Path, decisions: list[tuple[str, str, str, str]], formerly: bool = True):
    """Three turns the revised codebook's rules code; the graders decided them under the code it split."""
    from pipeline.codebook.load import load_codebook

    (tmp_path / "obat.yaml").write_text(SPLIT if formerly else SPLIT.replace("formerly: [Tempat beli obat]", "color: '#112233'"),
                                        encoding="utf-8")
    codebook = load_codebook(tmp_path / "obat.yaml")
    machine = pd.DataFrame({"segment_id": ["M1-a", "M1-b", "M1-c"], "code_id": ["kios", "apotek", "sisa"],
                            "source": "rule", "confidence": 1.0})
    segments = pd.DataFrame({"segment_id": ["M1-a", "M1-b", "M1-c"], "informant": "M1",
                             "text": ["Kita beli di kios dekat rumah.", "Apotek di pasar tutup.", "Sisa obat kita simpan."]})
    reviews = pd.DataFrame([(turn, "Tempat beli obat", "tempat", decision, grader) for turn, decision, grader, _ in decisions],
                           columns=["segment_id", "code", "code_id", "decision", "reviewer"]).assign(
        timestamp=[when for *_, when in decisions], note="")
    return reviews, machine, segments, codebook


def _as_stored(tmp_path: Path, reviews: pd.DataFrame) -> pd.DataFrame:
    from pipeline.review.store import read_reviews

    folder = tmp_path / "stored"
    folder.mkdir(exist_ok=True)
    reviews[["segment_id", "code", "decision", "reviewer", "timestamp", "note", "code_id"]].to_csv(
        folder / "reviews.csv", index=False)
    return read_reviews(folder)


TWO_GRADERS = [("M1-a", "accept", "EM", "2026-11-10T10:00:00"), ("M1-a", "reject", "RT", "2026-11-10T11:00:00"),
               ("M1-b", "accept", "EM", "2026-11-10T10:01:00"), ("M1-b", "accept", "RT", "2026-11-10T11:01:00")]


def test_the_decide_again_warning_counts_turns_and_names_every_graders_decision(tmp_path: Path) -> None:
    """The warning said "4 decisions" of two turns each two graders decided, and listed only the latest grader's
    decision: RT's reject hid EM's accept on the same turn."""
    from pipeline.review.apply import apply_reviews

    reviews, machine, segments, codebook = _split(tmp_path, TWO_GRADERS, formerly=False)
    message = " ".join(apply_reviews(machine, reviews, segments, codebook).messages())
    assert "2 turns (4 decisions) decided under code 'Tempat beli obat'" in message
    assert "M1-a (accept by EM, reject by RT)" in message and "M1-b (accept by EM, accept by RT)" in message
    assert "`formerly: Tempat beli obat`" in message   # a reject waits: formerly would keep it
    # one grader: the decision alone, as before
    one = reviews[reviews["reviewer"] == "EM"]
    said = " ".join(apply_reviews(machine, one, segments, codebook).messages())
    assert "2 turns decided under" in said and "M1-a (accept)" in said and "decisions)" not in said


def test_the_notebook_shows_every_graders_decision_on_a_turn_to_decide_again(tmp_path: Path) -> None:
    """The status "decide again" showed the turn's codings with no word of what either grader had decided."""
    from test_review_support import write_full_outputs

    from pipeline.review import ReviewSession
    from pipeline.review.render import card_html
    from pipeline.review.store import append_review

    batch, out = write_full_outputs(tmp_path)
    append_review(batch, "A1-bbb222", "Ongkos dan pendamping", "accept", "EM", timestamp="2026-11-10T10:00:00+00:00")
    append_review(batch, "A1-bbb222", "Ongkos dan pendamping", "reject", "RT", timestamp="2026-11-10T11:00:00+00:00")
    session = ReviewSession(batch, out, reviewer="EM")
    again = session.filter(status="again")
    assert set(again["decided_before"]) == {"Ongkos dan pendamping: accept by EM, reject by RT"}
    assert "accept by EM, reject by RT" in card_html(again.iloc[0], "en")
    assert "1 turn decided under a code the codebook no longer has" in session.summary_html("en")
    assert "decided_before" not in session.filter(status="pending")


def test_a_reject_of_a_split_code_stays_a_reject_of_its_part_on_the_turn(tmp_path: Path) -> None:
    """Both graders rejected the code on a turn; after the codebook split it, the part the rules now find there came
    back as a coding to decide again. With `formerly:` the reject holds for the parts; an accept is still asked."""
    from pipeline.review.apply import apply_reviews

    both_reject = [("M1-a", "reject", "EM", "2026-11-10T10:00:00"), ("M1-a", "reject", "RT", "2026-11-10T11:00:00"),
                   ("M1-b", "accept", "EM", "2026-11-10T10:01:00")]
    reviews, machine, segments, codebook = _split(tmp_path, both_reject)
    reviews = _as_stored(tmp_path, reviews)   # as a run reads them (a string column's gaps are NaN, not None)
    outcome = apply_reviews(machine, reviews, segments, codebook)
    review = dict(zip(zip(outcome.codings["segment_id"], outcome.codings["code_id"]), outcome.codings["review"]))
    assert review[("M1-a", "kios")] == "rejected"
    assert review[("M1-b", "apotek")] == "" and review[("M1-c", "sisa")] == ""   # an accept of the whole: which part?
    assert outcome.unknown_to_decide()["segment_id"].tolist() == ["M1-b"]
    assert "formerly" not in " ".join(outcome.messages())   # an accept waits alone: formerly keeps no accept
    assert outcome.moot_rejects.empty   # the part the turn never had is no coding the rules stopped making
    # a later decision on the part wins over the reject it took from the whole
    later = pd.concat([reviews, pd.DataFrame([{"segment_id": "M1-a", "code": "Beli di kios", "code_id": "kios", "decision": "accept",
                                               "reviewer": "EM", "timestamp": "2026-11-12T09:00:00", "note": ""}])],
                      ignore_index=True)
    codings = apply_reviews(machine, later, segments, codebook).codings
    assert codings.loc[codings["segment_id"] == "M1-a", "review"].tolist() == ["accepted"]
    # without `formerly:` nothing is passed on, and the warning says how to keep them
    reviews, machine, segments, codebook = _split(tmp_path, both_reject, formerly=False)
    outcome = apply_reviews(machine, reviews, segments, codebook)
    assert set(outcome.codings["review"]) == {""} and "`formerly: Tempat beli obat`" in " ".join(outcome.messages())


def test_a_code_renamed_with_a_new_id_takes_every_decision_through_formerly(tmp_path: Path) -> None:
    from pipeline.review.apply import apply_reviews
    from pipeline.review.grader_agreement import grader_agreement

    reviews, machine, segments, codebook = _split(tmp_path, [("M1-c", "accept", "EM", "2026-11-10T10:00:00"),
                                                             ("M1-c", "reject", "RT", "2026-11-10T10:00:00")])
    renamed = reviews.assign(code="Obat sisa")
    (tmp_path / "obat.yaml").write_text(SPLIT.replace("keywords: [sisa]", "keywords: [sisa]\n            formerly: [Obat sisa]"),
                                        encoding="utf-8")
    from pipeline.codebook.load import load_codebook
    codebook = load_codebook(tmp_path / "obat.yaml")
    outcome = apply_reviews(machine, renamed.iloc[:1], segments, codebook)
    assert outcome.codings.loc[outcome.codings["code_id"] == "sisa", "review"].tolist() == ["accepted"]
    # the graders' agreement compares the decisions as they were made, under the label they saw
    table = grader_agreement(renamed, machine, segments, codebook, ("EM", "RT")).table
    assert "Obat sisa" in set(table["code"])


def test_an_english_run_names_a_retired_code_by_the_english_label_an_earlier_codebook_gave(tmp_path: Path) -> None:
    """--lang en printed a code the revised codebook no longer has under its Indonesian label (the warnings,
    grader_agreement.csv, the notebook): the English label lived only in the earlier codebook. Each run.json
    now keeps the labels of the codes it saw, and a later record keeps those of codes since retired."""
    from pipeline.codebook.load import load_codebook
    from pipeline.records.retired_labels import kept_labels, retired_english
    from pipeline.records.run_record import RunRecord
    from pipeline.review.apply import apply_reviews
    from pipeline.review.grader_agreement import grader_agreement

    earlier = tmp_path / "v1.yaml"
    earlier.write_text(SPLIT.replace("""          - id: kios
            label: Beli di kios""", """          - id: tempat
            label: Tempat beli obat
            label_en: Where the drug was bought
            definition: Where.
            keywords: [beli]
          - id: kios
            label: Beli di kios"""), encoding="utf-8")
    first = RunRecord(codebook={"labels": kept_labels(None, load_codebook(earlier))})
    reviews, machine, segments, codebook = _split(tmp_path, TWO_GRADERS, formerly=False)
    # a run in Indonesian in between keeps the retired code's labels in its own record
    between = RunRecord(codebook={"labels": kept_labels(first, codebook)})
    english = retired_english(kept_labels(between, codebook), codebook)
    assert english["tempat beli obat"] == "Where the drug was bought" == english["tempat"]
    said = " ".join(apply_reviews(machine, reviews, segments, codebook).messages("reviews.csv", english))
    assert "code 'Where the drug was bought' ('Tempat beli obat' in reviews.csv)" in said
    table = grader_agreement(reviews, machine, segments, codebook, ("EM", "RT"), english).table
    assert "Where the drug was bought" in set(table["code"]) and "Tempat beli obat" not in set(table["code"])
    # a code still in the codebook is no retired one, and nothing is renamed without an English label
    assert "beli di kios" not in english and retired_english({"x": {"label": "X", "label_en": ""}}, codebook) == {}


def test_an_english_notebook_names_a_retired_code_in_english(tmp_path: Path) -> None:
    import json

    from test_review_support import write_full_outputs

    from pipeline.review import ReviewSession
    from pipeline.review.store import append_review

    batch, out = write_full_outputs(tmp_path)
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    record["codebook"]["labels"] = {"biaya": {"label": "Ongkos dan pendamping", "label_en": "Cost and escort"}}
    (out / "run.json").write_text(json.dumps({**record, "options": {"lang": "en"}}), encoding="utf-8")
    append_review(batch, "A1-bbb222", "Ongkos dan pendamping", "accept", "EM", timestamp="2026-11-10T10:00:00+00:00")
    session = ReviewSession(batch, out, reviewer="EM")
    assert set(session.filter(status="again")["decided_before"]) == {"Cost and escort: accept by EM"}
    assert "Cost and escort (1)" in session.summary_html("en") and "Ongkos" not in session.summary_html("en")


def test_a_decision_on_a_turn_that_kept_revs_paragraph_time_finds_the_turn_without_it() -> None:
    """After the reader stopped gluing Rev's "(00:35):" into a turn, the grader's decisions on that turn were
    orphaned ("1 turn not found again"): its stored quote still held the time. A time alone taken out is no edit;
    a word taken out is one."""
    from pipeline.review.turn_anchors import quoted_turns, turn_anchors

    first = "Kita beli di kios dekat lorong. Kalau ka puskesmas, antri sampe siang."
    other = "Obat itu tiga hari saja, sisa kita simpan."
    turns = turn_anchors(pd.DataFrame({"segment_id": ["M5-0001", "M5-0002"], "text": [first, other]}), None)
    kept_time = "Kita beli di kios dekat lorong. (00:35): Kalau ka puskesmas, antri sampe siang."
    assert quoted_turns({"M5-lost": kept_time}, turns, None) == {"M5-lost": "M5-0001"}
    edited = "Kita beli di kios dekat lorong. (00:35): Kalau ka puskesmas, antri lama sampe siang."
    assert quoted_turns({"M5-lost": edited}, turns, None) == {}
