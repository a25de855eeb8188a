"""Export stage: write every registered output format of a run into one (staging) folder."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pipeline.export.formats import FORMATS, Job
from pipeline.records.analysis import Analysis
from pipeline.records.run_record import RunRecord
from pipeline.runtime.executors import map_alongside
from pipeline.runtime.export_reuse import export_key, file_hashes, has_record, reuse_previous
from pipeline.runtime.gc_tuning import collector_paused
from pipeline.runtime.timing import StageTimer

# Outputs are written by this process and forked children on the free cores, sharing one list of
# jobs; below this many segments starting the children costs more than it saves.
PARALLEL_FROM_SEGMENTS = 5000


def write_outputs(directory: Path, analysis: Analysis, record: RunRecord, timer: StageTimer,
                  previous: Path | None = None) -> None:
    """Write every output into `directory`; `previous` (the last run's folder) may be reused."""
    started = time.perf_counter()
    needs = sorted({name for output in FORMATS for name in output.needs})
    key = export_key(analysis, record, needs) if has_record(previous) else None
    reused = reuse_previous(previous, directory, key) if key is not None else None
    if reused is None:
        # files are handed out one at a time to whichever process is free, so all finish together
        # whatever share figures (a small batch) or the project and tables (a large one) take
        parallel = len(analysis.segments) >= PARALLEL_FROM_SEGMENTS
        jobs = [job for output in FORMATS if not output.last for job in output.jobs(directory, analysis, record)]
        with map_alongside(_write_file, jobs, parallel=parallel) as write_files:
            key = key or export_key(analysis, record, needs)   # computed while the children write
            write_files()
        for output in FORMATS:   # e.g. the Word report, which embeds the figures whichever process drew them
            if output.last:
                for job in output.jobs(directory, analysis, record):
                    job()
    record.export_key, record.export_reused = key, reused is not None
    record.outputs = reused if reused is not None else file_hashes(directory)
    timer.seconds["export"] = round(time.perf_counter() - started, 4)
    record.timings_seconds = dict(timer.seconds)
    record.write(directory)


def _write_file(job: Callable[[], object]) -> None:
    """One output file, with the collector paused (see `collector_paused`)."""
    with collector_paused():
        job()


__all__ = ["Job", "write_outputs"]
