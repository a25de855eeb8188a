"""The export's speed-ups must not change what it writes: files shared between processes."""

from __future__ import annotations

import gc
import os
import time

import pytest

from pipeline.runtime.executors import can_fork, map_alongside
from pipeline.export.writer import _write_file


def _marking_jobs(folder, count: int):
    def job(number: int) -> None:
        time.sleep(0.01)
        # O_EXCL: a job run twice (by two processes) fails here
        os.close(os.open(folder / f"job-{number}-{os.getpid()}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        os.close(os.open(folder / f"job-{number}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    return [lambda number=number: job(number) for number in range(count)]


@pytest.mark.parametrize("parallel", [False, True])
def test_every_file_is_written_exactly_once_whichever_process_takes_it(tmp_path, parallel):
    if parallel and not can_fork():
        pytest.skip("needs fork")
    with map_alongside(_write_file, _marking_jobs(tmp_path, 12), parallel=parallel) as write_files:
        write_files()
    done = sorted(path.name for path in tmp_path.iterdir() if path.name.count("-") == 1)
    assert done == sorted(f"job-{number}" for number in range(12))
    writers = {path.name.rsplit("-", 1)[1] for path in tmp_path.iterdir() if path.name.count("-") == 2}
    assert len(writers) >= 2 if parallel else len(writers) == 1, "in parallel the children take files too"


def test_the_collector_is_paused_only_while_a_file_is_written():
    seen = []
    assert gc.isenabled()
    _write_file(lambda: seen.append(gc.isenabled()))
    assert seen == [False] and gc.isenabled()

    def broken() -> None:
        raise ValueError("job failed")

    with pytest.raises(ValueError, match="job failed"):
        _write_file(broken)
    assert gc.isenabled(), "a failing job leaves the collector on"
