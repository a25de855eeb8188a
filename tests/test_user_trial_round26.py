"""Round 26's new-user trial (a study that grows over weeks: batches of interviews added, a file
re-sent or renamed, the codebook revised between runs): what the researcher tripped over, each fixed
with its test."""

from __future__ import annotations

import pandas as pd

from pipeline.review.turn_anchors import TEXT_HASH_COLUMN, TURN_COLUMN, refound_turns, turn_anchors


def _segments(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame({"segment_id": [segment_id for segment_id, _ in rows], "text": [text for _, text in rows]})


def test_a_renamed_files_decisions_follow_its_unchanged_turns() -> None:
    """K07.md re-sent as wawancara_K07.md, not a word changed: the decisions on its turns became
    orphans ("turns not found again"), to be re-attached one by one."""
    before = turn_anchors(_segments([("K07-aaa", "Perahu dibeli dari dana desa tahun lalu."),
                                     ("K07-bbb", "Iyo.")]), None)
    now = turn_anchors(_segments([("A05-ccc", "Iyo."), ("A05-ddd", "Torang tunggu ombak reda."),
                                  ("wawancara_K07-eee", "Perahu dibeli dari dana desa tahun lalu."),
                                  ("wawancara_K07-fff", "Iyo.")]), None)
    lost = {old: (int(before.at[old, TURN_COLUMN]), before.at[old, TEXT_HASH_COLUMN]) for old in before.index}
    found = refound_turns(lost, now, earlier_files=frozenset({"K07", "A05"}))
    # the long turn is in one new file only; "Iyo." is in A05 too, a file the last run had
    assert found == {"K07-aaa": "wawancara_K07-eee", "K07-bbb": "wawancara_K07-fff"}


def test_a_removed_files_decisions_never_move_to_a_file_the_batch_had_before() -> None:
    """The same words in an older interview are another informant's turn, not the removed file's."""
    before = turn_anchors(_segments([("K07-aaa", "Iyo, bensin torang bayar sandiri.")]), None)
    now = turn_anchors(_segments([("A05-ccc", "Iyo, bensin torang bayar sandiri."), ("A05-ddd", "Nda.")]), None)
    lost = {"K07-aaa": (1, before.at["K07-aaa", TEXT_HASH_COLUMN])}
    assert refound_turns(lost, now, earlier_files=frozenset({"K07", "A05"})) == {}
    two_new = turn_anchors(_segments([("X1-a", "Iyo, bensin torang bayar sandiri."),
                                      ("X2-b", "Iyo, bensin torang bayar sandiri.")]), None)
    assert refound_turns(lost, two_new, earlier_files=frozenset({"K07"})) == {}


def test_the_machine_verdict_needs_graders_decisions_not_the_codebooks_examples(monkeypatch) -> None:
    """With 24 examples per code written into the codebook and not one turn reviewed, the reliability
    table called both codes `machine` ("can be left to the model"): the model had only recognised the
    researcher's own examples."""
    import numpy as np

    import pipeline.coding.reliability as reliability
    from pipeline.coding.training_units import Units

    n = 48
    labels = np.zeros((n, 2), dtype=np.int8)
    labels[:24, 0] = 1
    labels[24:, 1] = 1
    human = labels.astype(bool)                     # each example is a decision on its own code only
    monkeypatch.setattr(reliability, "cross_validated", lambda *args, **kwargs: (np.arange(n), labels.copy()))

    def units(kind: str) -> Units:
        return Units([f"e{i}" for i in range(n)], labels, np.ones(labels.shape), labels.copy(), human,
                     [f"{kind}:{i}" for i in range(n)], [kind] * n)

    table = reliability.code_reliability(units("example"), [("a", "A"), ("b", "B")]).set_index("code_id")
    assert list(table["verdict"]) == ["person", "person"]
    assert table.at["a", "decisions"] == 24 and table.at["a", "kappa_model"] == 1.0   # the examples still count there
    reviewed = reliability.code_reliability(units("batch"), [("a", "A"), ("b", "B")]).set_index("code_id")
    assert list(reviewed["verdict"]) == ["machine", "machine"]


def test_the_run_says_decisions_moved_with_a_renamed_file_not_that_the_reader_changed(tmp_path) -> None:
    """After K07.md was renamed wawancara_K07.md, the summary said its rows "moved to the turn that holds
    their quote now (the reader splits or reads the file differently ...)": no reader had changed."""
    from pipeline.review.id_moves import KnownTurns, id_moves
    from pipeline.review.store import append_review
    from pipeline.run_summary import _moved_ids_line

    earlier = _segments([("K07-aaa", "Perahu dibeli dari dana desa tahun lalu."), ("A05-ccc", "Iyo.")])
    now = _segments([("A05-ccc", "Iyo."), ("wawancara_K07-eee", "Perahu dibeli dari dana desa tahun lalu.")])
    now["document"] = ["A05.md", "wawancara_K07.md"]
    anchor = {TURN_COLUMN: "1", TEXT_HASH_COLUMN: turn_anchors(earlier, None).at["K07-aaa", TEXT_HASH_COLUMN],
              "text": "Perahu dibeli dari dana desa tahun lalu."}
    append_review(tmp_path, "K07-aaa", "Motoris", "add", "RW", anchor=anchor)
    known = KnownTurns(anchors=lambda: turn_anchors(now, None).assign(document=now["document"].to_numpy()),
                       earlier_anchors=lambda: turn_anchors(earlier, None))
    moves = id_moves(tmp_path, now["segment_id"], keyed=True, turns=known)
    assert moves.new_ids == {"K07-aaa": "wawancara_K07-eee"}
    line = _moved_ids_line("reviews.csv", moves.report()["reviews.csv"])
    assert "1 row moved with its turn's words to the file renamed since the last run (K07 -> wawancara_K07.md)" in line
    assert "reader" not in line, line


def test_a_speechmatics_speaker_that_is_no_text_is_refused_with_its_field(tmp_path) -> None:
    """A Speechmatics word whose `speaker` was a number (an edited export) became the label "2", and
    the run then said only that speaker "2" was not mapped, naming no field of the file."""
    import json

    import pytest

    from pipeline.errors import InputError
    from pipeline.ingest.batch import read_batch
    from tests.test_ingest_support import write_batch

    def word(content: str, start: float, speaker: object) -> dict:
        return {"type": "word", "start_time": start, "end_time": start + 0.4,
                "alternatives": [{"content": content, "confidence": 0.9, "speaker": speaker}]}

    results = [word("Ibu", 0.5, "S1"), word("pake", 1.0, "S1"), word("perahu?", 1.5, "S1"),
               word("Iyo", 2.5, 2), word("kemarin.", 3.0, 2)]
    batch = write_batch(tmp_path, {"N05.json": json.dumps({"format": "2.9", "results": results}),
                                   "N05.yaml": "speakers: {S1: P, S2: N05}\n"})
    with pytest.raises(InputError) as error:
        read_batch(batch, id_key=None)
    said = [problem.message for problem in error.value.problems]
    assert any("results[3].alternatives[0].speaker should be a speaker's label as text" in m and "int 2" in m
               for m in said), said


def test_the_review_notebook_names_decisions_on_codes_the_codebook_no_longer_has(tmp_path) -> None:
    """After 'Biaya bahan bakar' was split into two codes, the run said to decide its 8 turns again "in
    notebooks/review.ipynb", but the notebook showed nothing of them: no count, no code, no hint."""
    from pipeline.review.session import ReviewSession
    from pipeline.review.store import append_review
    from test_review_support import write_full_outputs

    batch, out = write_full_outputs(tmp_path)
    append_review(batch, "A1-bbb222", "Biaya bahan bakar", "accept", "RW", code_id="biaya_bbm")
    append_review(batch, "A1-ccc333", "Biaya bahan bakar", "reject", "RW", code_id="biaya_bbm")
    session = ReviewSession(batch, out, reviewer="RW")
    english = session.summary_html("en")
    assert "2 turns decided under a code the codebook no longer has" in english and "Biaya bahan bakar (2)" in english
    assert "2 giliran diputuskan dengan kode yang sudah tidak ada di kodebuku" in session.summary_html("id")
    append_review(batch, "A1-bbb222", "Biaya bahan bakar", "reject", "RW", code_id="biaya_bbm")
    assert "Biaya bahan bakar (2)" in ReviewSession(batch, out, reviewer="RW").summary_html("en")  # latest per turn


def test_a_code_decided_once_reads_one_decision_in_both_languages() -> None:
    """The reliability table's `why` said "over its 1 decisions"."""
    from pipeline.coding.reliability import decider, reason_in_indonesian

    why = decider((0.5, 0.5), [], corrected=False, comparable=True, decisions=1)
    assert why.startswith("rules: over its 1 decision (this batch's"), why
    assert reason_in_indonesian(why).startswith("aturan: dari 1 keputusan atasnya")


def test_the_notebook_says_what_a_machine_verdict_rests_on() -> None:
    """The notebook called `machine` codes "can be left to the model" without saying on what: she read
    it as trust earned on her transcripts, though examples counted toward it."""
    from pipeline.review.sections import section

    english, indonesian = (str(section("reliability", lang).data) for lang in ("en", "id"))
    assert "at\nleast 20 of your decisions; the codebook's examples do not count for this" in english
    assert "sedikitnya 20 keputusan Anda; contoh di kodebuku tidak dihitung untuk ini" in indonesian
