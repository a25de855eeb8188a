"""Atomic output folders: a run writes into a staging folder that replaces the old one on success."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

STAGING_MARK = ".staging-"
PREVIOUS_MARK = ".previous"
from pipeline.records.run_record import RUN_RECORD  # noqa: F401  (re-exported: the outputs folder is marked by it)


def _staging_prefix(target: Path) -> str:
    return f".{target.name}{STAGING_MARK}"


def _retired(target: Path) -> Path:
    return target.parent / f".{target.name}{PREVIOUS_MARK}"


def ensure_writable(target: Path) -> None:
    """Fail now, before any work, if the outputs could not be written at the end.

    Raises OSError naming the path: `target` exists but is not a folder, or holds files but is
    not a run's outputs (a run replaces its whole output folder: pointed at the batch, or at a
    folder above it, it would delete the transcripts), or its parent cannot be created or
    written to.
    """
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "exists and is not a folder; choose another output folder", str(target))
    if target.is_dir() and not (target / RUN_RECORD).exists() and _holds_files(target):
        raise FileExistsError(errno.EEXIST, f"holds files but no {RUN_RECORD}, so it is not the outputs of an earlier "
                              "run, and a run replaces its whole output folder; choose a new or empty folder "
                              "(the default is outputs/<batch name>)", str(target))
    for ancestor in target.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "is a file, so the output folder cannot be made inside it",
                                         str(ancestor))
            break
    target.parent.mkdir(parents=True, exist_ok=True)
    probe = Path(tempfile.mkdtemp(prefix=_staging_prefix(target) + f"{os.getpid()}-", dir=target.parent))
    probe.rmdir()


# What file browsers and Jupyter leave in any folder: no reason to refuse one.
_DESKTOP_LITTER = frozenset({".DS_Store", ".ipynb_checkpoints", "Thumbs.db", "desktop.ini"})


def _holds_files(folder: Path) -> bool:
    """Anything in it but desktop litter (a `.git` folder counts: it is never replaced)."""
    return any(entry.name not in _DESKTOP_LITTER for entry in folder.iterdir())


@contextlib.contextmanager
def staged_directory(target: Path) -> Iterator[Path]:
    """Yield a fresh folder beside `target`; on success swap it in, on failure delete it.

    The previous outputs stay untouched until the new ones are complete, so a run that
    fails half-way (bad input, full disk, Ctrl-C) never leaves a mix of old and new files.
    A run killed between the two renames of the swap leaves the old folder as
    `.<name>.previous`; the next run puts it back first.
    """
    target = Path(target)
    ensure_writable(target)
    _recover(target)
    staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(target) + f"{os.getpid()}-", dir=target.parent))
    _chmod_as_umask(staging)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = _retired(target)
    if retired.exists():
        shutil.rmtree(retired)
    if target.exists():
        os.replace(target, retired)
    try:
        os.replace(staging, target)
    except OSError:
        if retired.exists():
            os.replace(retired, target)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def _recover(target: Path) -> None:
    """Undo what a killed run left: the old outputs set aside, staging folders of dead runs."""
    retired = _retired(target)
    if retired.is_dir() and not target.exists():
        os.replace(retired, target)
    for leftover in target.parent.glob(_staging_prefix(target) + "*"):
        pid = leftover.name[len(_staging_prefix(target)):].split("-", 1)[0]
        if leftover.is_dir() and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # on Windows os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def _chmod_as_umask(folder: Path) -> None:
    """mkdtemp creates 0700; outputs are shared with the rest of the team like any new folder."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """UTF-8 with BOM so Excel on Indonesian Windows opens it with the right characters."""
    frame.to_csv(path, index=False, encoding="utf-8-sig")
    return path


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
