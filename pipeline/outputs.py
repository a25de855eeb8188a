"""Atomic output folders: a run writes into a staging folder that replaces the old one on success."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd


@contextlib.contextmanager
def staged_directory(target: Path) -> Iterator[Path]:
    """Yield a fresh folder beside `target`; on success swap it in, on failure delete it.

    The previous outputs stay untouched until the new ones are complete, so a run that
    fails half-way (bad input, full disk, Ctrl-C) never leaves a mix of old and new files.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = target.parent / f".{target.name}.previous"
    if retired.exists():
        shutil.rmtree(retired)
    if target.exists():
        os.replace(target, retired)
    os.replace(staging, target)
    shutil.rmtree(retired, ignore_errors=True)


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """UTF-8 with BOM so Excel on Indonesian Windows opens it with the right characters."""
    frame.to_csv(path, index=False, encoding="utf-8-sig")
    return path


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
