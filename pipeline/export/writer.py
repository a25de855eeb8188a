"""Export stage: write every registered output format of a run into one (staging) folder."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pipeline.export.formats import FORMATS, Job, OutputFormat
from pipeline.records.analysis import Analysis
from pipeline.records.run_record import RunRecord
from pipeline.runtime.cache import StageCache
from pipeline.runtime.executors import map_alongside
from pipeline.runtime.export_reuse import FILES, KEY, export_keys, file_hashes, reusable_parts, reuse_format
from pipeline.runtime.gc_tuning import collector_paused
from pipeline.runtime.timing import StageTimer

# Outputs are written by this process and forked children on the free cores, sharing one list of
# jobs; below this many segments starting the children costs more than it saves.
PARALLEL_FROM_SEGMENTS = 5000
PART_FOLDER = ".format{}"   # each format writes into a folder of its own first: its files are known


def write_outputs(directory: Path, analysis: Analysis, record: RunRecord, timer: StageTimer,
                  previous: Path | None = None, kept: Path | None = None) -> None:
    """Write every output into `directory`; `previous` (the last run's folder) may be reused,
    format by format (see runtime/export_reuse.py); `kept` (in the run's cache, never in the
    outputs) is where formats that keep parts of their files between runs keep them."""
    started = time.perf_counter()
    needs = {output.name: output.needs for output in FORMATS}
    parts, recorded = reusable_parts(previous)
    keys = export_keys(analysis, record, needs) if parts else {}
    files: dict[str, list[str]] = {}
    hashes: dict[str, str] = {}
    todo: list[OutputFormat] = []
    for output in FORMATS:
        reused = reuse_format(previous, directory, parts[output.name], keys[output.name], recorded) \
            if previous is not None and output.name in parts else None
        if reused is None:
            todo.append(output)
        else:
            files[output.name], hashes = list(reused), {**hashes, **reused}
    first = [output for output in todo if not output.last]
    # files are handed out one at a time to whichever process is free, so all finish together
    # whatever share figures (a small batch) or the project and tables (a large one) take
    parallel = len(analysis.segments) >= PARALLEL_FROM_SEGMENTS
    jobs = [job for number, output in enumerate(first)
            for job in _jobs(output, _part_folder(directory, number), analysis, record, kept)]
    with map_alongside(_write_file, jobs, parallel=parallel) as write_files:
        keys = keys or export_keys(analysis, record, needs)   # computed while the children write
        write_files()
    for number, output in enumerate(first):
        files[output.name] = _move_up(_part_folder(directory, number), directory)
    for output in todo:   # e.g. the Word report, which embeds the figures whichever process drew them
        if output.last:
            before = set(_file_names(directory))
            for job in _jobs(output, directory, analysis, record, kept):
                job()
            files[output.name] = sorted(set(_file_names(directory)) - before)
    hashes.update(file_hashes(directory, [name for output in todo for name in files[output.name]]))
    record.export_key = {output.name: {KEY: keys[output.name], FILES: sorted(files[output.name])}
                         for output in FORMATS}
    record.export_reused = not todo
    record.outputs = dict(sorted(hashes.items(), key=lambda item: Path(item[0])))
    timer.seconds["export"] = round(time.perf_counter() - started, 4)
    record.timings_seconds = dict(timer.seconds)
    record.write(directory)


def _jobs(output: OutputFormat, folder: Path, analysis: Analysis, record: RunRecord, kept: Path | None) -> list[Job]:
    if not output.keeps_parts:
        return output.jobs(folder, analysis, record)
    parts = StageCache(kept / f"format{FORMATS.index(output)}") if kept is not None else None
    return output.jobs(folder, analysis, record, parts=parts)


def _part_folder(directory: Path, number: int) -> Path:
    folder = directory / PART_FOLDER.format(number)
    folder.mkdir(exist_ok=True)
    return folder


def _move_up(folder: Path, directory: Path) -> list[str]:
    """Move a format's files from its own folder into `directory`; returns their names there."""
    names = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        path.replace(target)
        names.append(name)
    for sub in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True):
        sub.rmdir()
    folder.rmdir()
    return names


def _file_names(directory: Path) -> list[str]:
    return [path.relative_to(directory).as_posix() for path in directory.rglob("*") if path.is_file()]


def _write_file(job: Callable[[], object]) -> None:
    """One output file, with the collector paused (see `collector_paused`)."""
    with collector_paused():
        job()


__all__ = ["Job", "write_outputs"]
