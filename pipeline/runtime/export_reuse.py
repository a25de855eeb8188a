"""Incremental export: an unchanged analysis reuses the files the previous run wrote.

The export is keyed by everything it reads. When the previous outputs folder carries the
same key in its run.json and every file it lists still has the recorded hash (nobody edited
or removed one), those files are copied into the new staging folder instead of rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict, fields
from pathlib import Path

import pandas as pd

from pipeline.ingest.batch import Batch
from pipeline.records.analysis import Aggregates, Analysis, RunOptions
from pipeline.records.codebook import Codebook
from pipeline.records.run_record import RUN_RECORD as RECORD, RunRecord
from pipeline.runtime.cache import code_fingerprint, digest, frame_digest



# Options that decide where and how a run works, not what it writes.
_RUN_ONLY_OPTIONS = ("workers", "executor", "scheduler", "cache", "progress")


def export_key(analysis: Analysis, record: RunRecord, needs: list[str]) -> str:
    """Hash of what the export formats declare they read (`needs`: Analysis fields, and
    "record" for run.json's counts and versions), the export code and the library versions."""
    parts = [f"{name}={_digest_of(analysis, record, name)}" for name in needs]
    return digest("export", *parts, code_fingerprint(), json.dumps(record.versions, sort_keys=True))


def _digest_of(analysis: Analysis, record: RunRecord, name: str) -> str:
    """One declared input as a hash; a field of a kind this does not know is refused, never skipped."""
    if name == "record":
        return json.dumps({"counts": record.counts, "saturation": record.saturation}, sort_keys=True, default=str)
    value = getattr(analysis, name)
    if value is None:
        return "none"
    if isinstance(value, pd.DataFrame):
        return _frame(value)
    if isinstance(value, Aggregates):
        return digest(*(_frame(getattr(value, item.name)) for item in fields(value)
                        if isinstance(getattr(value, item.name), pd.DataFrame)), value.saturation_result.label)
    if isinstance(value, Batch):
        return digest(value.name, json.dumps({doc: source.text for doc, source in value.documents.items()},
                                             ensure_ascii=False), _frame(value.informants))
    if isinstance(value, Codebook):
        return value.sha256
    if isinstance(value, RunOptions):
        return json.dumps({key: option for key, option in asdict(value).items() if key not in _RUN_ONLY_OPTIONS},
                          sort_keys=True, default=str)
    if isinstance(value, (list, dict, str)):
        return json.dumps(value, sort_keys=True, default=str)
    raise TypeError(f"the export key cannot hash Analysis.{name} ({type(value).__name__}); add its kind here")


def _frame(frame: pd.DataFrame) -> str:
    if not isinstance(frame.index, pd.RangeIndex):
        frame = frame.reset_index()
    return frame_digest(frame, list(frame.columns))


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
