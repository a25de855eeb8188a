"""The on-disk stage cache: keys that change with any input, entries that survive damage."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

import pipeline.runtime.annotate as annotate_module
from pipeline.runtime.annotate import AnnotationStats, annotate_batch
from pipeline.runtime.cache import StageCache, digest, frame_digest, source_fingerprint
from pipeline.codebook.load import load_codebook
from pipeline.records.codebook import Codebook
from pipeline.ingest import read_batch

REPO = Path(__file__).resolve().parents[1]


def _frame(**changes) -> pd.DataFrame:
    rows = {"segment_id": ["a-1", "a-2"], "speaker": ["P", "A1"], "start": [0, 10], "text": ["Apa kabar?", "Baik."]}
    rows.update(changes)
    return pd.DataFrame(rows)


def test_digest_separates_parts():
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("ab", "c") == digest("ab", "c")
    assert digest("x") == digest(b"x")


def test_frame_digest_changes_with_any_value_but_not_the_index():
    columns = ["segment_id", "speaker", "start", "text"]
    base = frame_digest(_frame(), columns)
    assert frame_digest(_frame().set_axis([7, 8]), columns) == base
    assert frame_digest(_frame(text=["Apa kabar?", "Baik!"]), columns) != base
    assert frame_digest(_frame(start=[0, 11]), columns) != base
    assert frame_digest(_frame(speaker=["P", "A2"]), columns) != base
    assert frame_digest(_frame(), columns[:-1]) != base  # which columns count is part of the key


def test_frame_digest_survives_a_round_trip(tmp_path):
    """Equal values give equal keys, whether or not equal strings are shared objects."""
    shared = "informant"
    frame = pd.DataFrame({"role": [shared, shared, shared], "text": ["a", "b", "c"]})
    cache = StageCache(tmp_path)
    cache.put("k", frame)
    distinct = pd.DataFrame({"role": ["".join(["infor", "mant"]) for _ in range(3)], "text": ["a", "b", "c"]})
    digests = {frame_digest(f, ["role", "text"]) for f in (frame, cache.get("k"), distinct)}
    assert len(digests) == 1


def test_round_trip_and_counts(tmp_path):
    cache = StageCache(tmp_path / "gloss")
    assert cache.get("k1") is None
    cache.put("k1", _frame())
    pd.testing.assert_frame_equal(cache.get("k1"), _frame())
    assert (cache.hits, cache.misses) == (1, 1)


@pytest.mark.parametrize("damage", [
    lambda blob: blob[: len(blob) // 2],                       # truncated (killed while copying)
    lambda blob: blob[:-5] + b"XXXXX",                         # bytes changed
    lambda blob: b"",                                          # empty file
    lambda blob: b"not a cache entry at all" * 10,             # something else entirely
])
def test_damaged_entry_is_a_miss_and_is_removed(tmp_path, damage):
    cache = StageCache(tmp_path)
    cache.put("key", {"value": list(range(100))})
    path = tmp_path / "key.pkl"
    path.write_bytes(damage(path.read_bytes()))
    assert cache.get("key") is None
    assert not path.exists()
    cache.put("key", {"value": 1})
    assert cache.get("key") == {"value": 1}


def test_unwritable_cache_only_costs_speed(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    cache = StageCache(blocker / "gloss")
    cache.put("key", 1)          # no exception
    assert cache.get("key") is None


def test_get_or_compute_computes_once(tmp_path):
    calls = []

    def fit():
        calls.append(1)
        return {"model": "fitted"}

    assert StageCache(tmp_path).get_or_compute("k", fit) == {"model": "fitted"}
    assert StageCache(tmp_path).get_or_compute("k", fit) == {"model": "fitted"}
    assert len(calls) == 1


def test_prune_keeps_only_named_entries(tmp_path):
    cache = StageCache(tmp_path)
    for key in ("a", "b", "c"):
        cache.put(key, key)
    (tmp_path / ".left-over.tmp").write_bytes(b"partial")
    (tmp_path / "notes.txt").write_text("not ours")
    assert cache.prune(["a", "c"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pkl", "c.pkl", "notes.txt"]
    assert StageCache(tmp_path).prune(["a", "c"]) == 0


def test_source_fingerprint_follows_file_contents(tmp_path):
    (tmp_path / "lexicon.tsv").write_text("dorang\tmereka\n")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    before = source_fingerprint.__wrapped__((str(tmp_path),))
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"recompiled")
    assert source_fingerprint.__wrapped__((str(tmp_path),)) == before
    (tmp_path / "lexicon.tsv").write_text("dorang\tmereka\ntorang\tkami\n")
    assert source_fingerprint.__wrapped__((str(tmp_path),)) != before
    assert source_fingerprint.__wrapped__((str(tmp_path),), ("pandas",)) != source_fingerprint.__wrapped__((str(tmp_path),))


# --- incremental runs of the per-transcript stages ----------------------------------------------

@pytest.fixture(scope="module")
def segments() -> pd.DataFrame:
    return read_batch(REPO / "tests" / "data" / "dev_interviews").segments


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook(REPO / "codebooks" / "wori.yaml")


@pytest.fixture(scope="module")
def uncached(segments, codebook):
    return annotate_batch(segments, codebook, workers=1, progress=False)


def _run(segments, codebook, cache_dir) -> tuple[tuple[pd.DataFrame, ...], AnnotationStats]:
    stats = AnnotationStats()
    return annotate_batch(segments, codebook, workers=1, cache_dir=cache_dir, progress=False, stats=stats), stats


def _same(got, expected) -> None:
    for a, b in zip(got, expected):
        pd.testing.assert_frame_equal(a, b)


def test_unchanged_rerun_comes_from_the_cache(tmp_path, segments, codebook, uncached):
    documents = segments["document"].nunique()
    first, stats = _run(segments, codebook, tmp_path)
    assert (stats.glossed, stats.coded) == (documents, documents)
    again, stats = _run(segments, codebook, tmp_path)
    assert (stats.glossed, stats.coded) == (0, 0)
    _same(first, uncached)
    _same(again, uncached)


def test_editing_one_transcript_redoes_only_that_one(tmp_path, segments, codebook):
    _run(segments, codebook, tmp_path)
    edited = segments.copy()
    row = edited.index[(edited["document"] == "L03.md") & (edited["speaker_role"] == "informant")][0]
    edited.loc[row, "text"] = edited.loc[row, "text"] + " Dorang malas mo urus kartu keluarga."
    got, stats = _run(edited, codebook, tmp_path)
    assert (stats.glossed, stats.coded) == (1, 1)
    _same(got, annotate_batch(edited, codebook, workers=1, progress=False))


def test_codebook_edit_recodes_without_reglossing(tmp_path, segments, codebook):
    _run(segments, codebook, tmp_path)
    first_code = codebook.themes[0].categories[0].codes[0]
    renamed = dataclasses.replace(first_code, label="Relabelled code")
    category = dataclasses.replace(codebook.themes[0].categories[0],
                                   codes=(renamed,) + codebook.themes[0].categories[0].codes[1:])
    theme = dataclasses.replace(codebook.themes[0], categories=(category,) + codebook.themes[0].categories[1:])
    edited = dataclasses.replace(codebook, themes=(theme,) + codebook.themes[1:])
    got, stats = _run(segments, edited, tmp_path)
    assert (stats.glossed, stats.coded) == (0, segments["document"].nunique())
    assert "Relabelled code" in set(got.codings["code"])
    _same(got, annotate_batch(segments, edited, workers=1, progress=False))


def test_moved_documents_are_hits_in_their_new_place(tmp_path, segments, codebook):
    _run(segments, codebook, tmp_path)
    names = list(dict.fromkeys(segments["document"]))
    reordered = pd.concat([segments[segments["document"] == name] for name in reversed(names)], ignore_index=True)
    got, stats = _run(reordered, codebook, tmp_path)
    assert stats.glossed == 0
    _same(got, annotate_batch(reordered, codebook, workers=1, progress=False))


def test_damaged_cache_is_recomputed_not_fatal(tmp_path, segments, codebook, uncached):
    _run(segments, codebook, tmp_path)
    entries = sorted(tmp_path.rglob("*.pkl"))
    assert len(entries) == 3 * segments["document"].nunique()       # a gloss, its tokens and a code entry each
    for number, path in enumerate(entries):
        blob = path.read_bytes()
        path.write_bytes(blob[: len(blob) // 3] if number % 2 else blob[:-10] + b"0123456789")
    got, stats = _run(segments, codebook, tmp_path)
    assert stats.glossed == segments["document"].nunique()
    _same(got, uncached)


def test_cache_holds_only_the_current_batch(tmp_path, segments, codebook):
    _run(segments, codebook, tmp_path)
    fewer = segments[segments["document"].isin(["L01.md", "L02.md"])]
    _run(fewer, codebook, tmp_path)
    assert len(list((tmp_path / "gloss").glob("*.pkl"))) == 2
    assert len(list((tmp_path / "code").glob("*.pkl"))) == 2


def test_changed_glossing_code_or_lexicon_invalidates(tmp_path, segments, codebook, monkeypatch):
    _run(segments, codebook, tmp_path)
    monkeypatch.setattr(annotate_module, "code_fingerprint", lambda: "code edited since")
    _, stats = _run(segments, codebook, tmp_path)
    assert stats.glossed == segments["document"].nunique()


def test_batch_fingerprint_covers_what_read_batch_reads_and_nothing_else(tmp_path):
    from pipeline.ingest.batch_files import batch_fingerprint

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "A1.md").write_text("---\ninformant: A1\n---\nP: Apa?\nA1: Iya.\n", encoding="utf-8")
    base = batch_fingerprint(batch)
    (batch / ".notes.swp").write_text("editor state", encoding="utf-8")
    (batch / "reviews.csv").write_text("segment_id,code,decision,reviewer,timestamp,note\n", encoding="utf-8")
    (batch / "reviews.csv.bak").write_text("the copy a review save keeps\n", encoding="utf-8")
    (batch / "README.md").write_text("notes on the batch\n", encoding="utf-8")
    assert batch_fingerprint(batch) == base, "hidden files, reviews, backups and READMEs do not change the reading"
    (batch / "redact.txt").write_text("Maria\n", encoding="utf-8")
    with_names = batch_fingerprint(batch)
    assert with_names != base, "the names to redact change the segment ids"
    (batch / "A1.md").write_text("---\ninformant: A1\n---\nP: Apa?\nA1: Iyo.\n", encoding="utf-8")
    edited = batch_fingerprint(batch)
    assert edited != with_names
    (batch / "sub").mkdir()
    assert batch_fingerprint(batch) != edited, "a folder is warned about, so it counts"


def test_an_edited_codebook_in_the_batch_folder_reuses_the_reading_but_a_sidecar_does_not(tmp_path):
    """Editing the definitions of the codebook batch.yaml names beside the transcripts re-read every transcript
    of a 50-interview batch; its words are no part of the reading. A sidecar's words are."""
    from pipeline.ingest.batch_files import batch_fingerprint

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "K1.md").write_text("---\ninformant: K1\n---\nP: Jajan di mana?\nK1: Di gerobak.\n", encoding="utf-8")
    (batch / "K2.vtt").write_text("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nK2: Di kantin.\n", encoding="utf-8")
    (batch / "K2.yaml").write_text("informant: K2\n", encoding="utf-8")
    (batch / "batch.yaml").write_text("codebook: jajan.yaml\n", encoding="utf-8")
    (batch / "jajan.yaml").write_text("name: jajan\ndefinition: one\n", encoding="utf-8")
    base = batch_fingerprint(batch)
    (batch / "jajan.yaml").write_text("name: jajan\ndefinition: two, reworded\n", encoding="utf-8")
    assert batch_fingerprint(batch) == base
    (batch / "K2.yaml").write_text("informant: K2\ndate: 2026-08-01\n", encoding="utf-8")
    assert batch_fingerprint(batch) != base, "a sidecar's facts are read with its transcript"
    sidecar = batch_fingerprint(batch)
    (batch / "batch.yaml").write_text("codebook: K2.yaml\n", encoding="utf-8")
    named = batch_fingerprint(batch)
    (batch / "K2.yaml").write_text("informant: K2\ndate: 2026-08-02\n", encoding="utf-8")
    assert named != sidecar and batch_fingerprint(batch) != named, "named and a sidecar: read in full"
    (batch / "batch.yaml").write_text("codebook: other.yaml\n", encoding="utf-8")
    assert batch_fingerprint(batch) != named, "which codebook batch.yaml names counts"
