"""Round 28's new-user trial (fishermen's wives, small loans and health costs; a second grader who must
judge blind of the first; transcripts as tools give them): what the team tripped over, each fixed with
its test."""

from __future__ import annotations

import pytest

from test_ingest_support import write_batch

from pipeline.ingest import read_batch

DIALOGUE_SRT = """1
00:00:01,000 --> 00:00:04,000
- Ibu pe suami so pulang?
- So, mar ikan sadiki.

2
00:00:04,500 --> 00:00:08,000
Torang utang di warung dulu.

3
00:00:08,500 --> 00:00:12,000
-Siapa yang bayar?
-Kita sandiri,
kalu so ada doi.
"""


def _turns(tmp_path, name: str, text: str, settings: str) -> list[tuple[str, str, str, str]]:
    batch = write_batch(tmp_path, {name: text, "batch.yaml": settings})
    segments = read_batch(batch).segments
    return [(row.speaker, row.text, row.time_start, row.time_end) for row in segments.itertuples()]


def test_a_dialogue_cue_without_labels_is_cut_at_its_dashes(tmp_path) -> None:
    """Two speakers in one cue, each line after a dash, as subtitle editors write dialogue: the question
    and its answer were one paragraph, dashes and all, and every question was glued to an answer, so the
    warning about questions in an unlabelled file never came."""
    turns = _turns(tmp_path, "N3.srt", DIALOGUE_SRT, "speakers:\n  N3.srt: N3\n")
    assert [text for _, text, _, _ in turns] == [
        "Ibu pe suami so pulang?", "So, mar ikan sadiki. Torang utang di warung dulu.",
        "Siapa yang bayar?", "Kita sandiri, kalu so ada doi."]
    assert [(start, end) for _, _, start, end in turns] == [
        ("00:00:01.000", ""), ("", "00:00:08.000"), ("00:00:08.500", ""), ("", "00:00:12.000")]
    assert any("N3.srt: has no speaker labels" in warning and "2 of its" in warning
               for warning in read_batch(tmp_path / "batch").warnings)


def test_a_dialogue_cue_with_labels_after_its_dashes_is_two_turns(tmp_path) -> None:
    """The same cues with the speakers typed after the dashes ("- P: ..."): the labels were not read
    behind a dash, and the whole file was one turn."""
    labelled = (DIALOGUE_SRT.replace("- Ibu", "- P: Ibu").replace("- So,", "- N3: So,")
                .replace("-Siapa", "-P: Siapa").replace("-Kita", "-N3: Kita"))
    turns = _turns(tmp_path, "N3.srt", labelled, "")
    assert [(speaker, text) for speaker, text, _, _ in turns] == [
        ("P", "Ibu pe suami so pulang?"), ("N3", "So, mar ikan sadiki. Torang utang di warung dulu."),
        ("P", "Siapa yang bayar?"), ("N3", "Kita sandiri, kalu so ada doi.")]


def test_webvtt_cue_settings_a_tool_writes_are_no_broken_timing_line(tmp_path) -> None:
    """`align:middle` (YouTube's and older caption editors' value) stopped the run as a "broken timing
    line" whose times were right; cue settings only place the text on a screen."""
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:middle line:90% size:80%\n<v S00>Ada pinjam di bank?\n\n"
           "00:00:03.500 --> 00:00:06.000 position:10%,line-left align:start\n<v S01>Nda, di koperasi.\n")
    turns = _turns(tmp_path, "N4.vtt", vtt, "speakers:\n  N4.vtt: {S00: P, S01: N4}\n")
    assert [(speaker, text) for speaker, text, _, _ in turns] == [("P", "Ada pinjam di bank?"),
                                                                  ("N4", "Nda, di koperasi.")]


def _first_grader_decided(tmp_path):
    """The notebooks' stand-in outputs, with grader AL's reject (and its note) and add already written."""
    from test_review_support import write_full_outputs

    from pipeline.review import ReviewSession

    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'fake'\n")
    (tmp_path / "notebooks").mkdir()
    batch, out = write_full_outputs(tmp_path)
    first = ReviewSession(batch, out, "AL")
    card = first.filter().iloc[0]
    first.reject(card["segment_id"], card["code_id"], note="catatan AL: bukan ini")
    first.add(card["segment_id"], first.codebook.codes[-1].id)
    return batch, out, card


def test_a_blind_second_grader_sees_the_machines_codings_and_only_their_own_decisions(tmp_path) -> None:
    """The second grader's cards showed the first grader's decisions, notes and added codes as the
    decisions in force: there was no way to judge blind of them."""
    from pipeline.review import ReviewSession, read_reviews

    batch, out, card = _first_grader_decided(tmp_path)
    second = ReviewSession(batch, out, "BW", blind=True)
    view = second.filter()
    assert set(view["decision"]) == {""} and set(view["reviewer"]) == {""} and second.hidden == 2
    assert len(view) == len(ReviewSession(batch, out, "BW").filter()) - 1, "AL's added code is no card of BW's"
    assert second.progress()["pending"] == len(view)
    assert "2 decisions of other graders are hidden" in second.summary_html("en")
    second.accept(card["segment_id"], card["code_id"])
    shown = second.filter()
    decided = (shown["segment_id"] == card["segment_id"]) & (shown["code_id"] == card["code_id"])
    assert shown.loc[decided, ["decision", "reviewer"]].values.tolist() == [["accept", "BW"]]
    assert sorted(read_reviews(batch)["reviewer"]) == ["AL", "AL", "BW"], "both graders' rows are kept"
    # the tables count every grader's decisions: the header says how many are not in them yet
    assert second.changes_since_run() == ReviewSession(batch, out, "BW").changes_since_run() == 2
    with pytest.raises(ValueError, match="REVIEWER"):
        ReviewSession(batch, out, "", blind=True)


def test_the_review_notebook_run_blind_shows_no_decision_of_the_first_grader(tmp_path) -> None:
    """Run as the second grader with BLIND = True (README, "Two graders"), the notebook shows neither
    the first grader's initials nor the note; without it, it does."""
    from test_notebooks import execute, outputs

    batch, _, _ = _first_grader_decided(tmp_path)
    blind = outputs(execute("review", tmp_path / "notebooks", REVIEWER="BW", BLIND=True), "text/html")
    assert "catatan AL" not in blind and ">AL<" not in blind and "Review buta" in blind
    seen = outputs(execute("review", tmp_path / "notebooks", REVIEWER="BW"), "text/html")
    assert "catatan AL" in seen


def test_a_turn_decided_on_a_code_since_split_stays_a_reviewed_turn() -> None:
    """Splitting a code in the codebook left its decisions naming a code it no longer has: their turns
    fell out of the reviewed ones (the reliability table's reviewed turns and the "too few decisions"
    counts fell), though the grader had read them. They stay reviewed, their codes as the rules have them."""
    import numpy as np
    import pandas as pd
    from test_review_support import codings_frame, segments_frame

    from pipeline.coding.training_units import IMPLICIT_WEIGHT, batch_units

    segments, codings = segments_frame(), codings_frame()
    codings = codings[codings["source"] == "rule"]
    code_ids = sorted(set(codings["code_id"]))
    decisions = pd.DataFrame({"segment_id": ["A1-bbb222", "A1-ccc333"], "code_id": ["C2", np.nan],
                              "decision": ["accept", "accept"]})   # the second names a code since split
    units = batch_units(segments, codings, decisions, code_ids)
    reviewed = dict(zip(units.keys, units.reviewed()))
    assert reviewed["A1-bbb222"] and reviewed["A1-ccc333"] and not reviewed["A6-ddd444"]
    split_turn = units.keys.index("A1-ccc333")
    assert not units.human[split_turn].any(), "the old code's decision says nothing of the new codes"
    assert (units.weights[split_turn] == IMPLICIT_WEIGHT).all()


def test_a_reviewer_cell_emptied_by_hand_is_named_in_the_notebook_without_a_traceback(tmp_path) -> None:
    """A grader blanked a `reviewer` cell of reviews.csv in a spreadsheet: the run named the line, but
    the review notebook stopped with a Python traceback whose last line held the message."""
    import nbformat
    from nbclient import NotebookClient
    from test_notebooks import REPO

    batch, _, _ = _first_grader_decided(tmp_path)
    reviews = batch / "reviews.csv"
    lines = reviews.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].split(",")
    cells = lines[2].split(",")
    cells[header.index("reviewer")] = ""
    reviews.write_text(lines[0] + lines[1] + ",".join(cells) + "".join(lines[3:]), encoding="utf-8")
    notebook = nbformat.read(REPO / "notebooks" / "review.ipynb", as_version=4)
    notebook.cells[0].source += "\nREVIEWER = 'BW'"
    NotebookClient(notebook, timeout=180, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path / "notebooks")}}).execute()
    errors = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
              if output.output_type == "error"]
    shown = "\n".join(errors[0].traceback)
    assert "reviews.csv:3 [reviewer]: empty reviewer: every decision is signed" in shown
    assert "Traceback" not in shown and "File " not in shown and "raise" not in shown


def test_a_student_typed_time_in_parentheses_before_the_label_is_a_timed_turn(tmp_path) -> None:
    """A student typed "(00:00:05) P: ..." (as "[00:00:05] P: ..." is read): the file became a document,
    the interviewer's questions coded as the informant's words, with no warning."""
    typed = ("---\ninformant: N5\nlanguage: ind\n---\n(00:00:05) P: Bagaimana Ibu membayar obat?\n"
             "(00:00:11) N5: Pinjam di koperasi, dicicil tiap minggu.\n(00:00:20) P: Bunganya?\n"
             "(00:00:24) N5: Dua persen.\n")
    turns = _turns(tmp_path, "N5.txt", typed, "")
    assert turns == [("P", "Bagaimana Ibu membayar obat?", "00:00:05.000", "00:00:11.000"),
                     ("N5", "Pinjam di koperasi, dicicil tiap minggu.", "00:00:11.000", "00:00:20.000"),
                     ("P", "Bunganya?", "00:00:20.000", "00:00:24.000"),
                     ("N5", "Dua persen.", "00:00:24.000", "")]


def test_a_batch_whose_reviews_csv_was_deleted_runs_and_leaves_the_codebooks_history(tmp_path) -> None:
    """The team deleted reviews.csv to start the review again: the next run stopped with a KeyError
    traceback while writing the codebook's decision history. The batch's rows leave that history."""
    from test_review_support import segments_frame

    from pipeline.review.history import read_history, record_decisions
    from pipeline.review.store import empty_reviews

    history = tmp_path / "nelayan.decisions.csv"
    history.write_text("batch,segment_id,code_id,decision,text,translation,question,asked,asked_translation,role,"
                       "heading,table_row,table_header,reviewer,timestamp\n"
                       "nelayan@1,A1-bbb222,C2,accept,Dorang malas,,,,,,,,,AL,2026-11-10T10:00:00\n"
                       "lain@2,B1-x,C2,reject,Lain,,,,,,,,,AL,2026-11-10T10:00:00\n", encoding="utf-8")
    assert record_decisions(history, "nelayan@1", empty_reviews(), segments_frame()) == 0
    assert read_history(history)["batch"].tolist() == ["lain@2"]
