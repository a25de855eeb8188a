"""A reader that now splits or reads a file differently (an upgrade: a recorder's time no longer
ends the turn before it) changes its turns' ids. The decisions and corrections made on the old ids
find their turn again by their file and quote, the files as they were are kept, and the run summary
says how many moved and names, by file and first words, those it could not place."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.review.store import read_reviews
from pipeline.review.translations import TRANSLATION_COLUMNS, read_translations
from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

from pipeline.cli import run_summary  # noqa: E402
from pipeline.run import analyze  # noqa: E402
from test_segment_ids import CODEBOOK  # noqa: E402

# invented: a phone recorder's export, each time alone on its line above the turn it starts
RECORDER = ("00:00:03\nP: Bagaimana biaya berobat?\n\n00:00:11\nA1: Biaya mahal skali, torang nda mampu.\n\n"
            "00:00:27\nP: Kalau ke puskesmas?\n\n00:00:31\nA1: Puskesmas dekat, mar dokter jarang ada.\n\n"
            "00:00:40\nP: Ada kartu?\n\n00:00:44\nA1: Iyo.\n\n00:00:50\nP: Dari kapan?\n\n00:00:52\nA1: Iyo.\n")
# the turns as the reader before round 14 read them: each time stayed at the end of the turn before it
OLD_TURNS = [("A1-1111111111", "Biaya mahal skali, torang nda mampu.\n\n00:00:27"),
             ("A1-2222222222", "Puskesmas dekat, mar dokter jarang ada.\n\n00:00:40"),
             ("A1-3333333333", "Iyo.\n\n00:00:50")]
SIDECAR = "informant: A1\nrole: Kader\nlanguage: xmm\n"
REVIEW_HEADER = "segment_id,code,decision,reviewer,timestamp,note\n"


def _batch(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "A1.txt").write_text(RECORDER, encoding="utf-8")
    (batch / "A1.yaml").write_text(SIDECAR, encoding="utf-8")
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    return batch, codebook


def _run(batch, codebook, tmp_path):
    return analyze(batch, codebook_path=codebook, out_dir=tmp_path / "out", workers=1, progress=False)


def _informant_ids(result) -> dict[str, str]:
    segments = result.analysis.segments
    turns = segments[segments["speaker_role"] == "informant"]
    return dict(zip(turns["text"], turns["segment_id"]))


def test_decisions_on_the_old_readers_turns_move_by_the_last_runs_quotes(tmp_path):
    batch, codebook = _batch(tmp_path)
    _run(batch, codebook, tmp_path)   # writes the key and an outputs folder
    old = pd.read_csv(tmp_path / "out" / "segments.csv", dtype=str, keep_default_na=False)
    old_rows = pd.DataFrame([{**old.iloc[0].to_dict(), "segment_id": sid, "text": text} for sid, text in OLD_TURNS])
    old_rows.to_csv(tmp_path / "out" / "segments.csv", index=False)   # as the old reader's run left it
    stamp = "2026-09-01T10:00:00+00:00"
    reviews = (REVIEW_HEADER + f"A1-1111111111,Biaya mahal,reject,rk,{stamp},bukan biaya\n"
               f"A1-2222222222,Biaya mahal,add,rk,{stamp},\nA1-3333333333,Biaya mahal,add,rk,{stamp},\n")
    (batch / "reviews.csv").write_text(reviews, encoding="utf-8")

    result = _run(batch, codebook, tmp_path)
    ids = _informant_ids(result)
    assert read_reviews(batch)["segment_id"].tolist() == [
        ids["Biaya mahal skali, torang nda mampu."], ids["Puskesmas dekat, mar dokter jarang ada."], "A1-3333333333"]
    codings = result.analysis.codings
    first = codings[codings["segment_id"] == ids["Biaya mahal skali, torang nda mampu."]]
    assert first["review"].tolist() == ["rejected"]
    assert (batch / result.record.reviews["moved_ids"]["reviews.csv"]["backup"]).read_text(encoding="utf-8") == reviews
    moved = result.record.reviews["moved_ids"]["reviews.csv"]
    assert moved["rows"] == 2 and moved["refound"] == 2
    assert moved["unfound"] == ["A1.txt 'Iyo. 00:00:50'"]   # two turns say 'Iyo.': not guessed
    [line] = [line for line in run_summary(result) if line.startswith("reviews.csv: ")
              and "moved" in line and "quote" in line]
    assert "2 rows moved to the turn that holds their quote now" in line and "A1.txt 'Iyo. 00:00:50'" in line
    assert [row["segment_id"] for row in result.record.orphan_reviews] == ["A1-3333333333"]   # kept


def test_rows_that_keep_their_quote_move_without_the_last_runs_outputs(tmp_path):
    batch, codebook = _batch(tmp_path)
    correction = {"segment_id": "A1-2222222222", "text_hash": "0" * 16, "text": "Puskesmas dekat, mar dokter "
                  "jarang ada. 00:00:40", "translation": "Puskesmas dekat, tetapi dokter jarang ada.",
                  "reviewer": "rk", "timestamp": "2026-09-01T10:00:00+00:00", "note": ""}
    pd.DataFrame([correction], columns=TRANSLATION_COLUMNS).to_csv(batch / "translations.csv", index=False)
    (batch / "reviews.csv").write_text(
        REVIEW_HEADER.strip() + ",text\nA1-1111111111,Biaya mahal,reject,rk,2026-09-01T10:00:00+00:00,,"
        "\"BIAYA mahal skali,   torang nda mampu. 00:00:27\"\n", encoding="utf-8")

    result = _run(batch, codebook, tmp_path)
    ids = _informant_ids(result)
    assert read_reviews(batch)["segment_id"].tolist() == [ids["Biaya mahal skali, torang nda mampu."]]
    assert read_translations(batch)["segment_id"].tolist() == [ids["Puskesmas dekat, mar dokter jarang ada."]]
    segments = result.analysis.segments.set_index("segment_id")
    assert segments.at[ids["Puskesmas dekat, mar dokter jarang ada."], "translation"] == correction["translation"]
    assert not result.record.orphan_reviews


def test_a_quote_whose_words_are_gone_stays_an_orphan(tmp_path):
    batch, codebook = _batch(tmp_path)
    (batch / "reviews.csv").write_text(
        REVIEW_HEADER.strip() + ",text\nA1-1111111111,Biaya mahal,reject,rk,2026-09-01T10:00:00+00:00,,"
        "\"Biaya mahal skali, torang nda mampu bayar dokter.\"\n", encoding="utf-8")
    result = _run(batch, codebook, tmp_path)
    assert read_reviews(batch)["segment_id"].tolist() == ["A1-1111111111"]   # a deleted word: not moved
    assert result.record.reviews["moved_ids"]["reviews.csv"]["unfound"] == [
        "A1.txt 'Biaya mahal skali, torang nda mampu ...'"]
