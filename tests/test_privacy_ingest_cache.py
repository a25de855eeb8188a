"""The ingest cache keeps the batch as the run uses it: no name a speaker label gives is in it."""

from pathlib import Path

from pipeline.ingest.segment_key import pending_key
from pipeline.run_inputs import read_inputs

TRANSCRIPT = """Interviewer (00:02):
Selamat sore, Ibu. Bagaimana kabar anak Ibu minggu ini?

Ibu Rosalinda (00:07):
So bae, dia so pigi sekolah ulang.
"""


def _batch(folder: Path) -> Path:
    folder.mkdir()
    (folder / "W1_ibu.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "batch.yaml").write_text(
        "speakers:\n  W1_ibu.txt: {Interviewer: P, Ibu Rosalinda: W1}\n", encoding="utf-8")
    pending_key(folder).keep()   # as a batch's first run leaves it: the names it gives are cached only as keyed hashes
    return folder


def _cached_bytes(cache: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(cache.rglob("*.pkl")))


def test_the_speakers_mapping_is_masked_in_the_cache_and_the_batch(tmp_path):
    batch_dir, cache = _batch(tmp_path / "b"), tmp_path / "cache"
    batch, _, _ = read_inputs(batch_dir, None, cache)
    assert "Rosalinda" not in str(batch.settings)
    assert b"Rosalinda" not in _cached_bytes(cache)
    reused: list[str] = []
    again, _, _ = read_inputs(batch_dir, None, cache, reused)
    assert reused == ["ingest"]                                  # the cache is still reused
    assert "Rosalinda" not in str(again.settings)
    assert again.segments["informant"].tolist() == batch.segments["informant"].tolist()


def test_an_unredacted_run_keeps_the_mapping_as_written(tmp_path):
    batch, _, _ = read_inputs(_batch(tmp_path / "b"), None, tmp_path / "cache", redact=False)
    assert batch.settings["speakers"]["W1_ibu.txt"] == {"Interviewer": "P", "Ibu Rosalinda": "W1"}
