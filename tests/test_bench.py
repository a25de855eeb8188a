"""The benchmark's synthetic batch and verdicts (its timings are never asserted: they are the machine's)."""

from __future__ import annotations

import re

import pytest

from evaluation.bench import RERUN_TARGET, Figures, main, report
from evaluation.synthetic_batch import TurnPool, turn_pool, write_synthetic_batch
from pipeline.ingest import read_batch
from tests.conftest import REPO

REPO_CODEBOOK = REPO / "codebooks" / "wori.yaml"


@pytest.fixture(scope="module")
def pool() -> TurnPool:
    return turn_pool()


def _files(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_same_seed_same_batch_other_seed_other_batch(tmp_path, pool):
    first = write_synthetic_batch(tmp_path / "a", 12_000, seed=3, pool=pool)
    again = write_synthetic_batch(tmp_path / "b", 12_000, seed=3, pool=pool)
    other = write_synthetic_batch(tmp_path / "c", 12_000, seed=4, pool=pool)
    assert first == again and _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert 12_000 <= min(first, other) < 12_200


def test_batch_reads_cleanly_and_is_recombined_from_the_sources(tmp_path, pool):
    words = write_synthetic_batch(tmp_path / "batch", 9_000, seed=1, pool=pool, document_words=(1000, 2000))
    batch = read_batch(tmp_path / "batch")
    assert batch.warnings == []
    assert int(batch.segments["text"].str.count(r"\S+").sum()) == words
    assert len(batch.documents) >= 5
    informant_rows = batch.segments[batch.segments["speaker_role"] == "informant"]
    # one informant per document, coded as the front matter says, with a profile of the sources
    assert (informant_rows["informant"] == informant_rows["document"].str.removesuffix(".md")).all()
    assert set(batch.informants["informant"]) == {name.removesuffix(".md") for name in batch.documents}
    known_sentences = {s for group in pool.sentences.values() for s in group}
    for text in informant_rows["text"].head(50):
        assert _joins_known_sentences(text, known_sentences), text
    assert set(batch.segments.loc[batch.segments["speaker_role"] == "interviewer", "text"]) <= set(pool.questions)


def _joins_known_sentences(text: str, sentences: set[str]) -> bool:
    """Whether `text` is known sentences joined by single spaces."""
    reachable = {0}
    for start in range(len(text) + 1):
        if start in reachable:
            reachable |= {start + len(s) + 1 for s in sentences if text.startswith(s, start)}
    return len(text) + 1 in reachable


def _figures(**changes) -> Figures:
    values = dict(words=1_000_000, informant_words=800_000, first_seconds=10.0, rerun_seconds=2.0, first_wall=15.0,
                  startup_seconds=2.5, baseline_seconds=5.0, baseline_startup_seconds=2.5, baseline_words=750_000,
                  peak_bytes=600 * 2 ** 20,
                  timings={"ingest": 1.0, "gloss_and_code": 6.0, "export": 0.0},
                  rerun_timings={"ingest": 1.0, "gloss_and_code": 0.2})
    values.update(changes)
    return Figures(**values)


def test_verdicts_follow_the_three_targets():
    passing = _figures()
    assert passing.words_per_second == 100_000
    assert [ok for _, ok, _ in passing.verdicts()] == [True, True, True]
    slow = _figures(first_seconds=14.0, rerun_seconds=3.0)        # 71k words/s < 75k
    assert [ok for _, ok, _ in slow.verdicts()] == [False, True, True]
    # loading counts on both sides or on neither: 1M / 12.5 s against 750k / 7.5 s
    assert passing.cold_speed_ratio == pytest.approx(0.8)
    assert not dict((n, ok) for n, ok, _ in _figures(peak_bytes=2 ** 30).verdicts())["memory"]
    assert not dict((n, ok) for n, ok, _ in _figures(rerun_seconds=10.0 * RERUN_TARGET).verdicts())["re-run"]


def test_report_prints_rates_and_verdicts():
    text = report(_figures())
    assert "166,667" in text                       # gloss_and_code: 1M words in 6 s
    assert "100,000" in text                       # end to end
    assert text.count("PASS") == 3
    assert "0.67 x spaCy" in text and "0.80 x with both sides' loading counted" in text
    assert "before the run: 2.50 s" in text
    assert "a first run of 13.33 s or less" in text  # 1M words at half of 150k words/s
    assert re.search(r"^export\s+0\.00\s+-\s", text, re.MULTILINE)  # a zero-time stage has no rate


def test_bench_runs_end_to_end_on_a_small_batch(capsys):
    """The whole harness (synthetic batch, two measured analyze runs, the spaCy baseline, the
    report) on a few thousand words; what the figures are is the machine's business."""
    assert main(["--words", "3000", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"synthetic batch: 3,0\d\d words", out)
    for line in ("ingest", "gloss_and_code", "export", "end to end", "spaCy blank('id') + lookup lemmatizer"):
        assert line in out
    assert len(re.findall(r"^(PASS|FAIL)  (speed|memory|re-run) ", out, re.MULTILINE)) == 3


def test_codebook_edit_rerun_is_judged_against_its_target(tmp_path):
    from evaluation.bench import EDIT_TARGET, edited_codebook
    from pipeline.codebook import load_codebook

    original = load_codebook(REPO_CODEBOOK)
    edited = load_codebook(edited_codebook(REPO_CODEBOOK, tmp_path / "edited.yaml"))
    assert [code.keywords for code in edited.codes][1:] == [code.keywords for code in original.codes][1:]
    assert len(edited.codes[0].keywords) == len(original.codes[0].keywords) + 1
    fast = dict((n, ok) for n, ok, _ in _figures(edit_seconds=10.0 * EDIT_TARGET).verdicts())
    slow = dict((n, ok) for n, ok, _ in _figures(edit_seconds=10.0 * EDIT_TARGET + 0.1).verdicts())
    assert fast["edit"] and not slow["edit"]
    assert "codebook edit" in report(_figures(edit_seconds=3.0))
