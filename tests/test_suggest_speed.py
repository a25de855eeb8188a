"""The suggester's shortcuts change nothing: models fitted beside the caller, features of the
training sample reused for its probabilities, the sample tokenised apart from the rest."""

from __future__ import annotations

import multiprocessing
import os
import random
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.runtime import executors
from pipeline.coding import suggest
from pipeline.codebook import load_codebook
from pipeline.coding import code_segments
from pipeline.coding.suggest import (
    suggest_codes,
    train_suggester,
)
from pipeline.coding.suggest_training import BACKGROUND_SAMPLE, segment_texts
from pipeline.coding.coder import informant_segments
from pipeline.coding.features import SegmentVectorizer, Tokens
from pipeline.runtime.executors import can_fork, map_alongside
from pipeline.schema import SEGMENT_COLUMNS

CODEBOOK = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "wori.yaml")

CLAUSES = ["dorang malas urus kartu BPJS", "mama-mama malas ba urus formulir", "banyak yang enggan mendaftar",
           "anaknya belum masuk kartu keluarga", "KK belum ada karena belum menikah", "NIK anak tidak ada",
           "bidan bantu urus rujukan", "petugas datang sosialisasi JKN", "kader bantu daftar BPJS",
           "waktu rujukan baru urus kartu", "anak suka makan ikan bakar", "hujan terus minggu ini",
           "posyandu buka tiap tanggal lima", "jalan ke desa rusak", "ibu kerja di kebun", "bapaknya melaut",
           "puskesmas jauh dari kampung", "so lama tunggu di rumah sakit", "nda ada doi for ongkos"]


@pytest.fixture(scope="module")
def large_batch() -> tuple[pd.DataFrame, pd.DataFrame]:
    """More informant segments than the background sample, so some texts are left out of it."""
    rng = random.Random(5)
    rows = []
    for i in range(int(BACKGROUND_SAMPLE * 1.6)):
        text = ", ".join(rng.sample(CLAUSES, rng.randint(1, 4))).capitalize() + "."
        rows.append({"segment_id": f"s{i}", "document": f"d{i % 20}.md", "informant": f"I{i % 20}",
                     "speaker": f"I{i % 20}", "speaker_role": "informant", "start": 0, "end": len(text),
                     "line": i + 1, "language": "xmm", "text": text, "gloss": "", "translation": ""})
    segments = pd.DataFrame(rows, columns=SEGMENT_COLUMNS)
    return segments, code_segments(segments, CODEBOOK)


def _coefficients(suggester) -> list[np.ndarray]:
    return [np.concatenate([fold.estimator.coef_[0], fold.estimator.intercept_, [fold.calibrators[0].a_,
                                                                                 fold.calibrators[0].b_]])
            for model in suggester.models.values() for fold in model.calibrated_classifiers_]


def test_models_fitted_beside_the_caller_are_those_fitted_in_it(large_batch, monkeypatch):
    segments, codings = large_batch
    beside = train_suggester(segments, codings, codebook=CODEBOOK)
    monkeypatch.setattr(executors, "can_fork", lambda: False)
    alone = train_suggester(segments, codings, codebook=CODEBOOK)
    assert beside.n_sampled < len(informant_segments(segments))
    assert list(beside.models) == list(alone.models) and len(beside.models) >= 3
    assert all(np.array_equal(a, b) for a, b in zip(_coefficients(beside), _coefficients(alone), strict=True))
    assert np.array_equal(beside.known_probabilities, alone.known_probabilities)
    assert suggest_codes(beside, segments, CODEBOOK, existing=codings).equals(
        suggest_codes(alone, segments, CODEBOOK, existing=codings))


def test_probabilities_learnt_while_training_are_those_of_every_text_vectorised_anew(large_batch):
    """The training sample's probabilities come from its training rows and the other texts are
    tokenised apart: both must be exactly what vectorising all the texts together gives."""
    segments, codings = large_batch
    suggester = train_suggester(segments, codings, codebook=CODEBOOK)
    texts = list(suggester.known)
    assert len(texts) > suggester.n_sampled / 4
    assert np.array_equal(suggester.known_probabilities, suggester._score(texts))


def test_probabilities_scored_in_slices_on_all_cores_are_those_scored_here(large_batch, monkeypatch):
    segments, codings = large_batch
    suggester = train_suggester(segments, codings, codebook=CODEBOOK)
    texts = list(suggester.known)
    monkeypatch.setattr(suggest, "PREDICTION_ROWS", 97)
    sliced = suggester._predict(texts)
    monkeypatch.setattr(executors, "can_fork", lambda: False)
    assert np.array_equal(sliced, suggester._predict(texts))
    assert np.array_equal(sliced, suggester._score(texts)), "read in slices, scored as if read all at once"
    assert np.array_equal(sliced, suggester.known_probabilities)


def test_evidence_of_each_suggestion_is_that_of_its_text_alone(large_batch):
    """The suggested texts are tokenised together; each row's evidence must be its own text's."""
    segments, codings = large_batch
    suggester = train_suggester(segments, codings, codebook=CODEBOOK)
    suggestions = suggest_codes(suggester, segments, CODEBOOK, threshold=0.2)
    assert suggestions["code_id"].nunique() >= 2 and (suggestions["evidence"] != "").any()
    text_of = dict(zip(segments["segment_id"], segment_texts(segments)))
    for segment_id, code_id, evidence in suggestions[["segment_id", "code_id", "evidence"]].itertuples(index=False):
        alone = suggester.vectorizer.word_presence([text_of[segment_id]])
        assert evidence == suggest._evidence(suggester, code_id, alone, [0])[0]


def test_fit_transform_is_fit_then_features(large_batch):
    segments, _ = large_batch
    texts = segment_texts(informant_segments(segments))[:500]
    tokens = SegmentVectorizer.tokenize(texts)
    together = SegmentVectorizer().fit_transform(tokens)
    vectorizer = SegmentVectorizer().fit(tokens)
    apart = vectorizer.features(tokens.counts, vectorizer.projection(tokens.terms))
    for a, b in zip(together, apart, strict=True):
        assert a.shape == b.shape and a.nnz > 0
        assert all(np.array_equal(x, y) for x, y in ((a.data, b.data), (a.indices, b.indices), (a.indptr, b.indptr)))
    narrower = SegmentVectorizer().fit(Tokens(tokens.counts[:100], tokens.terms))   # terms no text of the fit has
    assert len(narrower.word_vocabulary_) < len(vectorizer.word_vocabulary_)


def _slow_square(item: int) -> tuple[int, int]:
    time.sleep(0.02)
    return item * item, os.getpid()


@pytest.mark.parametrize("parallel", [True, False])
def test_map_alongside_returns_results_in_item_order(parallel):
    items = list(range(12))
    with map_alongside(_slow_square, items, parallel=parallel) as results:
        time.sleep(0.05)                # the caller's own work; children have begun meanwhile
        done = results()
    assert [square for square, _ in done] == [i * i for i in items]
    processes = {pid for _, pid in done}
    if parallel and can_fork():
        assert len(processes) >= 2
    else:
        assert processes == {os.getpid()}


def _fails_on_seven(item: int) -> int:
    time.sleep(0.01)
    if item == 7:
        raise ValueError(f"bad item {item}")
    return item


def test_map_alongside_raises_a_task_error_wherever_it_ran():
    with pytest.raises(ValueError, match="bad item 7"):
        with map_alongside(_fails_on_seven, list(range(10))) as results:
            results()


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_map_alongside_reports_a_child_that_died():
    caller = os.getpid()

    def dies_in_a_child(item: int) -> int:
        time.sleep(0.02)
        if os.getpid() != caller:
            os._exit(3)
        return item

    with pytest.raises(RuntimeError, match="exit code 3"):
        with map_alongside(dies_in_a_child, list(range(6))) as results:
            results()


def _squares_in_this_process_only() -> None:
    with map_alongside(_slow_square, [1, 2, 3]) as results:
        done = results()
    if [square for square, _ in done] != [1, 4, 9] or {pid for _, pid in done} != {os.getpid()}:
        raise AssertionError(f"{done} not all squared in process {os.getpid()}")


@pytest.mark.skipif(not can_fork(), reason="needs fork")
def test_map_alongside_in_a_daemonic_process_runs_there():
    """A daemonic process (a child of another map_alongside) may not start processes: the items run in it."""
    child = multiprocessing.get_context("fork").Process(target=_squares_in_this_process_only, daemon=True)
    child.start()
    child.join()
    assert child.exitcode == 0
