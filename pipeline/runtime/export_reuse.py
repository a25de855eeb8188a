"""Incremental export: an unchanged analysis reuses the files the previous run wrote.

The export is keyed by everything it reads. When the previous outputs folder carries the
same key in its run.json and every file it lists still has the recorded hash (nobody edited
or removed one), those files are copied into the new staging folder instead of rebuilt.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from pipeline.records.analysis import Analysis
from pipeline.records.run_record import RUN_RECORD as RECORD, RunRecord
from pipeline.runtime.keys import inputs_key


def export_key(analysis: Analysis, record: RunRecord, needs: list[str]) -> str:
    """Hash of what the export formats declare they read (`needs`: Analysis fields, and
    "record" for run.json's counts and saturation), the export code and the library versions."""
    inputs = {name: ({"counts": record.counts, "saturation": record.saturation} if name == "record"
                     else getattr(analysis, name)) for name in needs}
    return inputs_key("export", versions=record.versions, **inputs)


def file_hashes(directory: Path) -> dict[str, str]:
    """sha256 of every output file except the run record, by path relative to `directory`."""
    return {path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(directory.rglob("*")) if path.is_file() and path.name != RECORD}


def has_record(previous: Path | None) -> bool:
    """Whether there is a previous run whose files might be reused."""
    return previous is not None and (previous / RECORD).is_file()


def reuse_previous(previous: Path | None, staging: Path, key: str) -> dict[str, str] | None:
    """Copy the previous run's files into `staging` when they were made from the same key (and
    are unchanged since); returns their hashes, or None when nothing was reused."""
    if not has_record(previous):
        return None
    try:
        record = RunRecord.read(previous)
    except (OSError, ValueError, TypeError):
        return None
    files = record.outputs if record.export_key == key else None
    if not files or file_hashes(previous) != files:
        return None
    for name in files:
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(previous / name, target)
    return files
