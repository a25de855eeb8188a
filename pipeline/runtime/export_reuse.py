"""Incremental export: an unchanged analysis reuses the files the previous run wrote.

The export is keyed by everything it reads. When the previous outputs folder carries the
same key in its run.json and every file it lists still has the recorded hash (nobody edited
or removed one), those files are copied into the new staging folder instead of rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict
from pathlib import Path

from pipeline.runtime.cache import code_fingerprint, digest, frame_digest
from pipeline.records.analysis import Analysis
from pipeline.records.run_record import RUN_RECORD as RECORD, RunRecord



# Options that decide where and how a run works, not what it writes.
_RUN_ONLY_OPTIONS = ("workers", "executor", "scheduler", "cache", "progress")


def export_key(analysis: Analysis, versions: dict[str, str]) -> str:
    """Hash of the analysis as the export sees it, the options that shape the files, the
    export code and the library versions."""
    aggregates = analysis.aggregates
    frames = [analysis.segments, analysis.codings, analysis.counted, analysis.unknown_words, aggregates.theme_table,
              aggregates.informants, aggregates.saturation, aggregates.quotations]
    if analysis.agreement is not None:
        frames.append(analysis.agreement)
    parts = [frame_digest(frame, list(frame.columns)) for frame in frames]
    parts += [json.dumps({name: doc.text for name, doc in analysis.batch.documents.items()}, ensure_ascii=False),
              analysis.codebook.sha256, analysis.batch.name,
              json.dumps({name: value for name, value in asdict(analysis.options).items()
                          if name not in _RUN_ONLY_OPTIONS}, sort_keys=True, default=str),
              json.dumps(analysis.reviewers), str(aggregates.saturation_result.label),
              code_fingerprint(), json.dumps(versions, sort_keys=True)]
    return digest("export", *parts)


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
