"""Serial, local-process and Dask runs give identical results, in input order, streaming."""

from __future__ import annotations

import operator
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import pipeline.runtime.annotate as annotate_module
from pipeline.runtime.annotate import AnnotationStats, annotate, annotate_batch
from evaluation.synthetic_batch import write_synthetic_batch
from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.errors import InputError
from pipeline.runtime.executors import DaskExecutor, ProcessExecutor, SerialExecutor, make_executor
from pipeline.gloss import Glosser
from pipeline.ingest import read_batch
from pipeline.schema import CODING_COLUMNS

REPO = Path(__file__).resolve().parents[1]
DEV_INTERVIEWS = REPO / "tests" / "data" / "dev_interviews"


def scaled_after_delay(context: dict, item: int) -> tuple[int, int]:
    """Later items finish first, so ordering cannot come from completion order."""
    time.sleep(0.02 * (5 - item % 5))
    return item * context["factor"], os.getpid()


def fail_on_three(context: None, item: int) -> int:
    if item == 3:
        raise ValueError("item three is bad")
    return item


@pytest.fixture(scope="module")
def dask_executor():
    """A real two-process local cluster, shared by the Dask tests of this module."""
    with DaskExecutor(workers=2) as executor:
        yield executor


def test_process_pool_matches_serial_in_order():
    items = list(range(12))
    expected = [value for value, _ in SerialExecutor().map_ordered(scaled_after_delay, {"factor": 3}, items)]
    with ProcessExecutor(workers=2) as executor:
        results = list(executor.map_ordered(scaled_after_delay, {"factor": 3}, items))
    assert [value for value, _ in results] == expected == [3 * i for i in items]
    assert os.getpid() not in {pid for _, pid in results}
    assert len({pid for _, pid in results}) == 2


def test_window_bounds_work_in_flight():
    """A huge batch is not submitted all at once: the input is consumed as results are taken."""
    consumed = []

    def items():
        for i in range(30):
            consumed.append(i)
            yield i

    with ProcessExecutor(workers=2, window=3) as executor:
        results = executor.map_ordered(scaled_after_delay, {"factor": 1}, items())
        assert next(results)[0] == 0
        assert len(consumed) <= 4
        assert [value for value, _ in results] == list(range(1, 30))


def test_worker_error_reaches_the_caller():
    with ProcessExecutor(workers=2) as executor, pytest.raises(ValueError, match="item three"):
        list(executor.map_ordered(fail_on_three, None, range(6)))


def test_dask_matches_serial_in_order(dask_executor):
    items = list(range(20))
    assert list(dask_executor.map_ordered(operator.mul, 7, items)) == [7 * i for i in items]
    assert dask_executor.name == "dask" and dask_executor.workers == 2


def test_make_executor_choices():
    assert isinstance(make_executor("local", workers=1), SerialExecutor)
    pool = make_executor("local", workers=2)
    assert isinstance(pool, ProcessExecutor) and pool.workers == 2
    pool.close()
    for kind, workers, scheduler, named in [("local", 0, None, "--workers"), ("spark", 2, None, "--executor"),
                                            ("local", 2, "tcp://127.0.0.1:8786", "--scheduler")]:
        with pytest.raises(InputError) as raised:
            make_executor(kind, workers, scheduler)
        assert raised.value.problems[0].file == named


def test_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        DaskExecutor(workers=1, scheduler="tcp://127.0.0.1:9", connect_timeout="1s")


# --- the per-transcript stages on real transcripts --------------------------------------------

@pytest.fixture(scope="module")
def batch_segments(tmp_path_factory) -> pd.DataFrame:
    """The development interviews plus a few synthetic ones: some thousands of words, ~20 documents."""
    folder = tmp_path_factory.mktemp("synthetic")
    write_synthetic_batch(folder, 20_000, seed=11, document_words=(1500, 3000))
    return pd.concat([read_batch(DEV_INTERVIEWS).segments, read_batch(folder).segments], ignore_index=True)


@pytest.fixture(scope="module")
def codebook():
    return load_codebook(REPO / "codebooks" / "wori.yaml")


@pytest.fixture(scope="module")
def whole_batch(batch_segments, codebook):
    """The stages called once on the whole frame, with no executor at all: the reference."""
    glossed = Glosser().gloss_frame(batch_segments)
    return glossed, code_segments(glossed, codebook), Glosser().unknown_words(batch_segments)


def _assert_same(annotation, reference, run: str = ""):
    for got, expected, name in zip(annotation, reference, ("segments", "codings", "unknown words")):
        pd.testing.assert_frame_equal(got, expected, obj=f"{run} {name}")


@pytest.fixture
def small_chunks(monkeypatch):
    """Parallel even for a small batch, in many chunks, so order across workers is exercised."""
    monkeypatch.setattr(annotate_module, "PARALLEL_MIN_WORDS", 0)
    monkeypatch.setattr(annotate_module, "CHUNK_WORDS", 2000)


def test_serial_parallel_and_dask_runs_are_identical(batch_segments, codebook, whole_batch, dask_executor,
                                                      small_chunks):
    assert len(whole_batch[1]) > 50 and len(whole_batch[2]) > 0   # there is something to get wrong
    runs = {}
    for name, options in [("serial", {"workers": 1}), ("parallel", {"workers": 2}),
                          ("dask", {"executor": dask_executor})]:
        stats = AnnotationStats()
        runs[name] = annotate_batch(batch_segments, codebook, progress=False, stats=stats, **options)
        assert (stats.executor, stats.workers, stats.coded) == (
            "dask" if name == "dask" else "local", 1 if name == "serial" else 2, batch_segments["document"].nunique())
    for name, annotation in runs.items():
        _assert_same(annotation, whole_batch, name)
    segments, codings = annotate(batch_segments, codebook, workers=2, progress=False)
    _assert_same((segments, codings), whole_batch[:2])


def test_interleaved_documents_come_back_in_input_order(batch_segments, codebook, small_chunks):
    shuffled = batch_segments.sample(frac=1.0, random_state=5).reset_index(drop=True)
    glossed = Glosser().gloss_frame(shuffled)
    expected = code_segments(glossed, codebook)
    annotation = annotate_batch(shuffled, codebook, workers=2, progress=False)
    pd.testing.assert_frame_equal(annotation.segments, glossed)
    pd.testing.assert_frame_equal(annotation.codings, expected)


def test_local_cluster_from_options(batch_segments, codebook, whole_batch):
    """`executor="dask"` without a scheduler starts (and stops) a local cluster of its own."""
    first_documents = batch_segments[batch_segments["document"].isin(batch_segments["document"].unique()[:3])]
    stats = AnnotationStats()
    annotation = annotate_batch(first_documents, codebook, executor="dask", workers=1, progress=False, stats=stats)
    assert stats.executor == "dask"
    expected = whole_batch[0].loc[first_documents.index].reset_index(drop=True)
    pd.testing.assert_frame_equal(annotation.segments, expected)


def test_empty_batch(codebook, batch_segments):
    annotation = annotate_batch(batch_segments.iloc[0:0], codebook, workers=2, progress=False)
    assert annotation.segments.empty and annotation.codings.empty and annotation.unknown_words.empty
    assert list(annotation.codings.columns) == CODING_COLUMNS


_STAGES_IN_A_FRESH_PROCESS = """
import hashlib, sys
from pipeline.codebook.load import load_codebook
from pipeline.coding.coder import code_segments
from pipeline.gloss import Glosser
from pipeline.ingest import read_batch
segments = read_batch(sys.argv[1]).segments
glossed = Glosser().gloss_frame(segments)
codings = code_segments(glossed, load_codebook(sys.argv[2]))
print(hashlib.sha256(glossed.to_csv().encode()).hexdigest(), hashlib.sha256(codings.to_csv().encode()).hexdigest())
"""


def test_stages_do_not_depend_on_the_hash_seed():
    """Workers of a cluster are separate interpreters, each with its own string-hash seed: a stage
    that lets set or dict-of-set iteration order decide a result gives a different answer there."""
    runs = [subprocess.Popen([sys.executable, "-c", _STAGES_IN_A_FRESH_PROCESS, str(DEV_INTERVIEWS),
                              str(REPO / "codebooks" / "wori.yaml")],
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
            for seed in ("1", "2", "3")]
    # the timeout only guards against a hang: three interpreters share two cores, often with other work
    glossed, coded = zip(*(run.communicate(timeout=900)[0].split() for run in runs))
    assert len(set(glossed)) == 1, "glossing differs between interpreters (PYTHONHASHSEED 1, 2, 3)"
    assert len(set(coded)) == 1, "coding differs between interpreters (PYTHONHASHSEED 1, 2, 3)"


def test_bad_options_are_reported_even_for_a_small_batch(batch_segments, codebook):
    small = batch_segments[batch_segments["document"] == batch_segments["document"].iloc[0]]
    with pytest.raises(InputError, match="at least 1"):
        annotate_batch(small, codebook, workers=0, progress=False)
    with pytest.raises(InputError, match="only applies with --executor dask"):
        annotate_batch(small, codebook, scheduler="tcp://127.0.0.1:8786", progress=False)


def test_progress_bar_only_when_asked_or_on_a_terminal(batch_segments, codebook, capsys):
    small = batch_segments[batch_segments["document"] == batch_segments["document"].iloc[0]]
    annotate_batch(small, codebook, workers=1)                    # progress=None; stderr is captured, no TTY
    assert capsys.readouterr().err == ""
    annotate_batch(small, codebook, workers=1, progress=True)
    assert "gloss and code" in capsys.readouterr().err


def test_bulk_collector_thresholds_are_the_callers_again_afterwards():
    """A run collects garbage less often, but never changes the caller's own settings, even
    when it fails; pool workers keep the bulk thresholds for their whole life."""
    import gc

    from pipeline.runtime.gc_tuning import BULK_THRESHOLDS, bulk_thresholds

    before = gc.get_threshold()
    assert before != BULK_THRESHOLDS
    with pytest.raises(ValueError):
        with bulk_thresholds():
            assert gc.get_threshold() == BULK_THRESHOLDS
            raise ValueError("a stage failed")
    assert gc.get_threshold() == before
    with ProcessExecutor(workers=1) as executor:
        [worker] = list(executor.map_ordered(_collector_thresholds, None, [0]))
    assert worker == BULK_THRESHOLDS


def _collector_thresholds(context: None, item: int) -> tuple[int, ...]:
    import gc

    return gc.get_threshold()


def test_parallel_run_mixing_cached_and_computed_documents(tmp_path, batch_segments, codebook, small_chunks):
    """Workers encode the cache entries and the driver writes them; documents taken from the
    cache sit between freshly computed chunks and still come back in input order."""
    stats = AnnotationStats()
    annotate_batch(batch_segments, codebook, workers=2, cache_dir=tmp_path, progress=False, stats=stats)
    documents = list(dict.fromkeys(batch_segments["document"]))
    assert stats.glossed == len(documents)
    edited = batch_segments.copy()
    for name in (documents[1], documents[-2]):
        row = edited.index[(edited["document"] == name) & (edited["speaker_role"] == "informant")][0]
        edited.loc[row, "text"] = edited.loc[row, "text"] + " Torang nda tau mo urus akta di capil."
    glossed = Glosser().gloss_frame(edited)
    stats = AnnotationStats()
    annotation = annotate_batch(edited, codebook, workers=2, cache_dir=tmp_path, progress=False, stats=stats)
    assert (stats.glossed, stats.coded) == (2, 2)
    _assert_same(annotation, (glossed, code_segments(glossed, codebook), Glosser().unknown_words(edited)))
    stats = AnnotationStats()
    annotate_batch(edited, codebook, workers=2, cache_dir=tmp_path, progress=False, stats=stats)
    assert (stats.glossed, stats.coded) == (0, 0)


def test_results_of_a_chunk_around_a_cached_document_are_put_back_in_order(whole_batch):
    """A chunk may hold documents 0 and 2 while document 1 came from the cache: the assembled
    frames are in input order all the same."""
    glossed, codings, _ = whole_batch
    names = list(dict.fromkeys(glossed["document"]))[:3]
    rows = [glossed[glossed["document"] == name] for name in names]
    coded = [codings[codings["segment_id"].isin(part["segment_id"])] for part in rows]
    unknown = pd.DataFrame(columns=annotate_module.UNKNOWN_COLUMNS)
    pieces = [annotate_module._Piece(1, rows[1], coded[1], unknown),
              annotate_module._Piece(0, pd.concat([rows[0], rows[2]]), pd.concat([coded[0], coded[2]]), unknown)]
    assembled = annotate_module._assemble(pieces)
    expected = pd.concat(rows)
    pd.testing.assert_frame_equal(assembled.segments, expected.reset_index(drop=True))
    pd.testing.assert_frame_equal(assembled.codings, pd.concat(coded).reset_index(drop=True))
