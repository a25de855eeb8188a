"""Incremental export: each format's files are reused when what that format reads is unchanged.

Every format is keyed by what it declares it reads (`OutputFormat.needs`). When the previous
outputs folder's run.json lists the same key for a format, and each file that format wrote
there still has the recorded hash (nobody edited or removed one), its files are copied into
the new staging folder instead of rebuilt. A codebook edit that changes no coding thus
rewrites only the formats that quote the codebook; an unchanged re-run copies everything.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from pipeline.records.analysis import Analysis
from pipeline.records.run_record import RUN_RECORD as RECORD, RunRecord
from pipeline.runtime.keys import inputs_key, value_digest

KEY, FILES = "key", "files"   # run.json: export_key = {format name: {"key": ..., "files": [...]}}


def export_keys(analysis: Analysis, record: RunRecord, needs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Per format name, the hash of what it declares it reads (`needs`: Analysis fields, and
    "record" for run.json's counts and saturation), the export code and the library versions.
    Each input is hashed once, however many formats read it."""
    names = sorted({item for items in needs.values() for item in items})
    digests = {item: value_digest({"counts": record.counts, "saturation": record.saturation} if item == "record"
                                  else getattr(analysis, item)) for item in names}
    return {name: inputs_key("export", format=name, versions=record.versions, **{item: digests[item] for item in items})
            for name, items in needs.items()}


def file_hashes(directory: Path, names: list[str] | None = None) -> dict[str, str]:
    """sha256 of every output file (or of `names`) except the run record, by path relative to `directory`."""
    paths = sorted(path for path in directory.rglob("*") if path.is_file() and path.name != RECORD) \
        if names is None else [directory / name for name in names]
    return {path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}


def has_record(previous: Path | None) -> bool:
    """Whether there is a previous run whose files might be reused."""
    return previous is not None and (previous / RECORD).is_file()


def reusable_parts(previous: Path | None) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The previous run's formats ({name: {"key", "files"}}) and file hashes, or empty ones
    when there is no readable record of that form."""
    if not has_record(previous):
        return {}, {}
    assert previous is not None
    try:
        record = RunRecord.read(previous)
    except (OSError, ValueError, TypeError):
        return {}, {}
    if not isinstance(record.export_key, dict) or not isinstance(record.outputs, dict):
        return {}, {}
    return record.export_key, record.outputs


def reuse_format(previous: Path, staging: Path, part: dict[str, Any], key: str,
                 recorded: dict[str, str]) -> dict[str, str] | None:
    """Copy one format's files from the previous run into `staging` when they were made from
    the same key and are unchanged since; returns their hashes, or None when nothing was reused."""
    files = part.get(FILES) if part.get(KEY) == key else None
    if not isinstance(files, list) or not all(name in recorded for name in files):
        return None
    try:
        if file_hashes(previous, files) != {name: recorded[name] for name in files}:
            return None
    except OSError:   # a file removed since
        return None
    for name in files:
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(previous / name, target)
    return {name: recorded[name] for name in files}
