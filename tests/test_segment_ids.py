"""Segment ids keyed with the batch's secret key: a name added to redact.txt changes no id, so the
graders' decisions and corrections still apply; decisions made on the older ids move to the new
ones once, with a copy of the file kept; the key never leaves the batch folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import read_batch
from pipeline.ingest.segment_key import KEY_FILE, read_segment_key
from pipeline.ingest.segment_table import segment_ids
from pipeline.review.store import append_review, read_reviews
from pipeline.review.translations import add_correction, read_translations
from test_review_support import analyze_unavailable

if analyze_unavailable():
    pytest.skip(analyze_unavailable(), allow_module_level=True)

from pipeline.run import analyze  # noqa: E402

CODEBOOK = """name: Studi (test)
version: "1"
themes:
  - id: T1
    label: Akses
    categories:
      - id: K1
        label: Biaya
        codes:
          - id: C1
            label: Biaya mahal
            definition: Biaya berobat mahal.
            keywords: [mahal, biaya]
"""
TRANSCRIPT = ("---\ninformant: A1\nrole: Kader\nlanguage: xmm\n---\n\nP: Bagaimana biaya berobat?\n\n"
              "A1: Biaya mahal skali, Ibu Wenny bilang torang nda mampu.\n\nP: Kalau ke puskesmas?\n\n"
              "A1: Puskesmas dekat, mar dokter jarang ada.\n\nP: Ada kartu BPJS?\n\n"
              "A1: Belum ada, kartu keluarga belum urus.\n\nP: Siapa yang bantu?\n\n"
              "A1: Kader posyandu datang ke rumah tiap bulan.\n\nP: Terima kasih.\n")
CORRECTED = "Biayanya mahal sekali, kata Ibu itu kami tidak mampu."


def _batch(tmp_path: Path) -> tuple[Path, Path]:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "A1.md").write_text(TRANSCRIPT, encoding="utf-8")
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    return batch, codebook


def _run(batch: Path, codebook: Path, tmp_path: Path):
    return analyze(batch, codebook_path=codebook, out_dir=tmp_path / "out", workers=1, progress=False)


def _informant_turn(result) -> pd.Series:
    segments = result.analysis.segments
    return segments[segments["speaker_role"] == "informant"].iloc[0]


def test_a_name_added_to_redact_txt_between_two_runs_keeps_the_review_and_the_correction(tmp_path):
    batch, codebook = _batch(tmp_path)
    first = _run(batch, codebook, tmp_path)
    turn = _informant_turn(first)
    append_review(batch, turn["segment_id"], "Biaya mahal", "reject", "rk", note="bukan soal biaya")
    add_correction(batch, turn["segment_id"], turn["text"], CORRECTED, "rk")

    (batch / "redact.txt").write_text("Wenny\n", encoding="utf-8")
    second = _run(batch, codebook, tmp_path)
    again = _informant_turn(second)
    assert "[NAMA]" in again["text"] and again["segment_id"] == turn["segment_id"]
    assert not second.record.orphan_reviews
    codings = second.analysis.codings
    mine = codings[(codings["segment_id"] == again["segment_id"]) & (codings["code"] == "Biaya mahal")]
    assert mine["review"].tolist() == ["rejected"]
    assert again["translation"] == CORRECTED
    assert not any("no longer" in warning for warning in second.warnings)


def test_reviews_made_on_the_older_ids_move_to_the_new_ones_once_with_a_copy_kept(tmp_path):
    batch, codebook = _batch(tmp_path)
    older = read_batch(batch).segments   # no key yet: the ids every run made before keys
    informant = older[older["speaker_role"] == "informant"].iloc[0]
    append_review(batch, informant["segment_id"], "Biaya mahal", "reject", "rk", timestamp="2024-05-01T09:30:00+00:00")
    add_correction(batch, informant["segment_id"], informant["text"], CORRECTED, "rk")
    append_review(batch, "A1-0000000000", "Biaya mahal", "accept", "rk")   # a true orphan stays one
    before = (batch / "reviews.csv").read_bytes()

    result = _run(batch, codebook, tmp_path)
    key = read_segment_key(batch)
    assert key is not None
    new_id = _informant_turn(result)["segment_id"]
    assert new_id != informant["segment_id"]
    assert set(read_reviews(batch)["segment_id"]) == {new_id, "A1-0000000000"}
    assert read_translations(batch)["segment_id"].tolist() == [new_id]
    assert [row["segment_id"] for row in result.record.orphan_reviews] == ["A1-0000000000"]
    assert _informant_turn(result)["translation"] == CORRECTED
    moved = result.record.reviews["moved_ids"]
    assert moved["reviews.csv"]["rows"] == 1 and moved["translations.csv"]["rows"] == 1
    assert (batch / moved["reviews.csv"]["backup"]).read_bytes() == before

    from pipeline.cli import run_summary
    assert any(line.startswith("reviews.csv: 1 row moved") for line in run_summary(result))
    again = _run(batch, codebook, tmp_path)   # once: the key stays, nothing moves again
    assert read_segment_key(batch) == key and not again.record.reviews["moved_ids"]
    assert _informant_turn(again)["segment_id"] == new_id


def test_a_failed_run_neither_keeps_a_key_nor_moves_a_review(tmp_path):
    batch, _ = _batch(tmp_path)
    informant = read_batch(batch).segments.iloc[1]
    append_review(batch, informant["segment_id"], "Biaya mahal", "reject", "rk")
    before = (batch / "reviews.csv").read_bytes()
    with pytest.raises(Exception, match="codebook"):
        analyze(batch, codebook_path=tmp_path / "missing.yaml", out_dir=tmp_path / "out", workers=1, progress=False)
    assert (batch / "reviews.csv").read_bytes() == before
    assert sorted(path.name for path in batch.iterdir() if path.name.startswith(KEY_FILE)) == []


def test_the_key_is_never_in_the_outputs_and_ids_depend_on_it(tmp_path):
    batch, codebook = _batch(tmp_path)
    result = _run(batch, codebook, tmp_path)
    key = (batch / KEY_FILE).read_text(encoding="ascii").strip()
    for path in result.out_dir.rglob("*"):
        if path.is_file():
            blobs = [path.read_bytes()]
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:
                    blobs = [archive.read(member) for member in archive.namelist()]
            assert not any(key.encode() in blob or bytes.fromhex(key) in blob for blob in blobs), path
    words = ["Biaya mahal skali, Ibu Wenny bilang"]
    assert segment_ids("A1", ["A1"], words, b"1" * 32, "A1") != segment_ids("A1", ["A1"], words, b"2" * 32, "A1")


def test_a_file_name_newly_masked_moves_its_reviews_by_the_ids_hash(tmp_path):
    batch, codebook = _batch(tmp_path)
    (batch / "A1.md").rename(batch / "A1_Wenny.md")
    first = _run(batch, codebook, tmp_path)
    turn = _informant_turn(first)
    append_review(batch, turn["segment_id"], "Biaya mahal", "reject", "rk")
    (batch / "redact.txt").write_text("Wenny\n", encoding="utf-8")
    second = _run(batch, codebook, tmp_path)
    new_id = _informant_turn(second)["segment_id"]
    assert new_id.startswith("A1_[NAMA]-") and turn["segment_id"].startswith("A1_Wenny-")
    assert not second.record.orphan_reviews
    assert read_reviews(batch)["segment_id"].tolist() == [new_id]
