"""The export's speed-ups must not change what it writes: shared job list, bulk builders."""

from __future__ import annotations

import os
import time

import pytest

from pipeline.executors import alongside, can_fork
from pipeline.export.writer import SharedWorklist


def _marking_jobs(folder, count: int):
    def job(number: int) -> None:
        time.sleep(0.01)
        # O_EXCL: a job run twice (by both processes) fails here
        os.close(os.open(folder / f"job-{number}-{os.getpid()}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        os.close(os.open(folder / f"job-{number}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    return [lambda number=number: job(number) for number in range(count)]


@pytest.mark.parametrize("shared", [False, True])
def test_every_job_runs_exactly_once_whichever_process_takes_it(tmp_path, shared):
    if shared and not can_fork():
        pytest.skip("needs fork")
    jobs = SharedWorklist(_marking_jobs(tmp_path, 12), shared=shared)
    with alongside(jobs.work, parallel=shared):
        jobs.work()
    done = sorted(path.name for path in tmp_path.iterdir() if path.name.count("-") == 1)
    assert done == sorted(f"job-{number}" for number in range(12))
    workers = {path.name.rsplit("-", 1)[1] for path in tmp_path.iterdir() if path.name.count("-") == 2}
    assert len(workers) == (2 if shared else 1), "with a shared list both processes take jobs"


def test_the_collector_is_paused_only_while_jobs_run():
    import gc

    seen = []
    assert gc.isenabled()
    SharedWorklist([lambda: seen.append(gc.isenabled())], shared=False).work()
    assert seen == [False] and gc.isenabled()

    def broken() -> None:
        raise ValueError("job failed")

    with pytest.raises(ValueError, match="job failed"):
        SharedWorklist([broken], shared=False).work()
    assert gc.isenabled(), "a failing job leaves the collector on"
