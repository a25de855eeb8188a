"""reviews.csv: strict reading, atomic writing with a backup, latest decision wins, nothing lost."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import InputError
from pipeline.review import store
from pipeline.review.store import (
    append_review,
    latest_decisions,
    move_to_dropped,
    read_dropped,
    read_reviews,
    write_reviews,
)
from pipeline.schema import REVIEW_COLUMNS

HEADER = "segment_id,code,decision,reviewer,timestamp,note\n"


def test_missing_file_is_an_empty_history(tmp_path: Path) -> None:
    reviews = read_reviews(tmp_path)
    assert reviews.empty
    assert list(reviews.columns) == REVIEW_COLUMNS


def test_append_then_read_round_trips_every_field(tmp_path: Path) -> None:
    append_review(tmp_path, "A1-abc", "Malas untuk mengurus pendaftaran", "Reject", "RA",
                  note='not "malas", just busy', timestamp="2024-05-01T09:00:00+00:00")
    written = append_review(tmp_path, "A1-abc", "C3", "add", " RA ")
    reviews = read_reviews(tmp_path)
    assert reviews["decision"].tolist() == ["reject", "add"]
    assert reviews.loc[0, "note"] == 'not "malas", just busy'
    assert reviews.loc[1, "reviewer"] == "RA"
    assert reviews.loc[1, "timestamp"] == written["timestamp"]
    store.parse_timestamp(written["timestamp"])  # the default stamp is valid ISO 8601


def test_every_bad_line_is_reported_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "reviews.csv").write_text(
        HEADER
        + "A1-a,C1,accept,RA,2024-05-01T09:00:00,ok\n"          # line 2: fine (no zone = UTC)
        + "A1-b,C1,approve,RA,2024-05-01T09:00:00,\n"          # line 3: unknown decision
        + 'A1-c,C1,reject,RA,2024-05-01T09:00:00,"two\nlines"\n'  # lines 4-5: fine, quoted note
        + "A1-d,C1,reject,,2024-05-01T09:00:00,\n"             # line 6: no reviewer
        + "A1-e,C1,add,RA,yesterday,\n",                       # line 7: bad timestamp
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_reviews(tmp_path)
    problems = caught.value.problems
    assert [(p.line, p.key) for p in problems] == [(3, "decision"), (6, "reviewer"), (7, "timestamp")]
    assert all(p.file.endswith("reviews.csv") for p in problems)
    assert "approve" in str(caught.value)


def test_missing_column_is_reported_on_the_header_line(tmp_path: Path) -> None:
    (tmp_path / "reviews.csv").write_text("segment_id,code,decision,timestamp\nA1-a,C1,accept,2024-05-01\n")
    with pytest.raises(InputError) as caught:
        read_reviews(tmp_path)
    assert caught.value.problems[0].line == 1
    assert "reviewer" in caught.value.problems[0].message


def test_spreadsheet_export_with_semicolons_and_legacy_encoding_is_read(tmp_path: Path) -> None:
    text = "segment_id;code;decision;reviewer;timestamp;note\r\nA1-a;C1;ACCEPT;Désirée;2024-05-01T09:00:00Z;café\r\n"
    (tmp_path / "reviews.csv").write_bytes(text.encode("cp1252"))
    reviews = read_reviews(tmp_path)
    assert reviews.loc[0, "decision"] == "accept"
    assert reviews.loc[0, "reviewer"] == "Désirée"
    assert reviews.loc[0, "note"] == "café"


def test_latest_timestamp_wins_and_ties_go_to_the_later_line() -> None:
    reviews = pd.DataFrame([
        ["A1-a", "C1", "reject", "RA", "2024-05-02T10:00:00+00:00", "later in time"],
        ["A1-a", "C1", "accept", "RB", "2024-05-01T10:00:00+00:00", "earlier, but later in the file"],
        ["A1-b", "C1", "accept", "RA", "2024-05-01T10:00:00+00:00", "first"],
        ["A1-b", "C1", "reject", "RB", "2024-05-01T12:00:00+02:00", "same instant, later line"],
    ], columns=REVIEW_COLUMNS)
    latest = latest_decisions(reviews).set_index("segment_id")
    assert latest.loc["A1-a", "decision"] == "reject"
    assert latest.loc["A1-b", "note"] == "same instant, later line"


def test_history_stays_in_the_file(tmp_path: Path) -> None:
    append_review(tmp_path, "A1-a", "C1", "accept", "RA", timestamp="2024-05-01T09:00:00+00:00")
    append_review(tmp_path, "A1-a", "C1", "reject", "RB", timestamp="2024-05-02T09:00:00+00:00")
    assert len(read_reviews(tmp_path)) == 2
    assert latest_decisions(read_reviews(tmp_path))["decision"].tolist() == ["reject"]


def test_each_write_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    append_review(tmp_path, "A1-a", "C1", "accept", "RA")
    first = (tmp_path / "reviews.csv").read_bytes()
    append_review(tmp_path, "A1-b", "C2", "reject", "RA")
    assert (tmp_path / "reviews.csv.bak").read_bytes() == first
    assert len(read_reviews(tmp_path)) == 2


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_writes_keep_the_files_mode_for_co_authors(tmp_path: Path) -> None:
    old_umask = os.umask(0o002)
    try:
        append_review(tmp_path, "A1-a", "C1", "accept", "RA")
        assert (tmp_path / "reviews.csv").stat().st_mode & 0o777 == 0o664, "a new file gets the umask's mode"
        (tmp_path / "reviews.csv").chmod(0o660)
        append_review(tmp_path, "A1-b", "C2", "reject", "RA")
        move_to_dropped(tmp_path, read_reviews(tmp_path).head(1), dropped_by="RA", reason="test")
    finally:
        os.umask(old_umask)
    for name in ("reviews.csv", "reviews.csv.bak"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o660, name
    assert (tmp_path / "reviews_dropped.csv").stat().st_mode & 0o777 == 0o664
    assert len(read_reviews(tmp_path)) == 1 and not list(tmp_path.glob("*.tmp"))


def test_a_crash_while_replacing_leaves_the_old_file_and_backup_intact(tmp_path: Path, monkeypatch) -> None:
    append_review(tmp_path, "A1-a", "C1", "accept", "RA")
    append_review(tmp_path, "A1-b", "C2", "reject", "RA")
    current = (tmp_path / "reviews.csv").read_bytes()
    backup = (tmp_path / "reviews.csv.bak").read_bytes()

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        append_review(tmp_path, "A1-c", "C3", "add", "RA")
    monkeypatch.undo()
    assert (tmp_path / "reviews.csv").read_bytes() == current
    assert (tmp_path / "reviews.csv.bak").read_bytes() == backup
    assert not list(tmp_path.glob("*.tmp")), "temporary files are cleaned up"
    assert len(read_reviews(tmp_path)) == 2


def test_a_crash_after_the_backup_still_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    append_review(tmp_path, "A1-a", "C1", "accept", "RA")
    current = (tmp_path / "reviews.csv").read_bytes()
    real_replace = os.replace

    def crash_on_main_file(src, dst):
        if Path(dst).name == "reviews.csv":
            raise OSError("power cut")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_main_file)
    with pytest.raises(OSError):
        append_review(tmp_path, "A1-b", "C2", "reject", "RA")
    monkeypatch.undo()
    assert (tmp_path / "reviews.csv").read_bytes() == current
    assert (tmp_path / "reviews.csv.bak").read_bytes() == current


def test_invalid_decisions_are_refused_before_touching_the_file(tmp_path: Path) -> None:
    append_review(tmp_path, "A1-a", "C1", "accept", "RA")
    before = (tmp_path / "reviews.csv").read_bytes()
    with pytest.raises(ValueError, match="decision"):
        append_review(tmp_path, "A1-a", "C1", "maybe", "RA")
    with pytest.raises(ValueError, match="reviewer"):
        append_review(tmp_path, "A1-a", "C1", "accept", "  ")
    with pytest.raises(ValueError):
        append_review(tmp_path, "A1-a", "C1", "accept", "RA", timestamp="last Tuesday")
    assert (tmp_path / "reviews.csv").read_bytes() == before


def test_a_broken_file_is_not_overwritten_by_an_append(tmp_path: Path) -> None:
    broken = HEADER + "A1-a,C1,approve,RA,2024-05-01T09:00:00,\n"
    (tmp_path / "reviews.csv").write_text(broken)
    with pytest.raises(InputError):
        append_review(tmp_path, "A1-b", "C1", "accept", "RA")
    assert (tmp_path / "reviews.csv").read_text() == broken


def test_write_reviews_keeps_extra_columns(tmp_path: Path) -> None:
    frame = pd.DataFrame([["A1-a", "C1", "accept", "RA", "2024-05-01T09:00:00+00:00", "", "batch 2"]],
                         columns=[*REVIEW_COLUMNS, "round"])
    write_reviews(tmp_path, frame)
    assert read_reviews(tmp_path).loc[0, "round"] == "batch 2"
    with pytest.raises(ValueError, match="missing"):
        write_reviews(tmp_path, frame.drop(columns="reviewer"))


def test_moving_to_dropped_records_before_removing(tmp_path: Path) -> None:
    append_review(tmp_path, "A1-gone", "C1", "accept", "RA", note="first")
    append_review(tmp_path, "A1-gone", "C1", "reject", "RB", note="second")
    append_review(tmp_path, "A1-keep", "C1", "accept", "RA")
    move_to_dropped(tmp_path, read_reviews(tmp_path).iloc[[1]], "RC", "segment deleted from the transcript")
    assert read_reviews(tmp_path)["segment_id"].tolist() == ["A1-keep"]
    dropped = read_dropped(tmp_path)
    assert dropped["note"].tolist() == ["first", "second"], "the whole history of the pair moves"
    assert set(dropped["dropped_by"]) == {"RC"}
    assert set(dropped["reason"]) == {"segment deleted from the transcript"}


def test_the_nothing_to_code_mark_names_no_code_and_every_other_decision_names_one(tmp_path: Path) -> None:
    written = append_review(tmp_path, "A1-a", "", "none", "RA", note="only greetings")
    assert written["code"] == "" and read_reviews(tmp_path)["decision"].tolist() == ["none"]
    before = (tmp_path / "reviews.csv").read_bytes()
    with pytest.raises(ValueError, match="names no code"):
        append_review(tmp_path, "A1-a", "C1", "none", "RA")
    with pytest.raises(ValueError, match="names no code"):
        append_review(tmp_path, "A1-a", " ", "accept", "RA")
    assert (tmp_path / "reviews.csv").read_bytes() == before
    (tmp_path / "reviews.csv").write_text(
        HEADER + "A1-a,,none,RA,2024-05-01T09:00:00,\n"      # line 2: fine
        + "A1-b,C1,none,RA,2024-05-01T09:00:00,\n"           # line 3: a mark that names a code
        + "A1-c,,reject,RA,2024-05-01T09:00:00,\n",          # line 4: a decision without its code
        encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_reviews(tmp_path)
    assert [(p.line, p.key) for p in caught.value.problems] == [(3, "code"), (4, "code")]
