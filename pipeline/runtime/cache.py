"""Stage results on disk, keyed by the hash of everything they were computed from.

A key covers the stage's input rows, the codebook, the lexicons and the code that computes
the pipeline (see `code_fingerprint`), so a hit is always what a fresh computation would give.
Entries are pickles behind a checksum: a truncated or corrupted file is a miss (and is
deleted), never a crash. Writes go through a temporary file and a rename, so a run killed
half-way leaves no partial entry. The cache only ever holds what this user's own runs wrote:
it must live in a folder they own (the outputs' `.cache/`), as unpickling trusts the files.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from pipeline.digests import digest

log = logging.getLogger(__name__)
T = TypeVar("T")

MAGIC = b"QPCACHE1"
SUFFIX = ".pkl"
# Unpickling a checksummed entry fails only when the classes it refers to changed shape
# (e.g. another pandas); these are the errors pickle raises for that.
STALE_ENTRY_ERRORS = (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError, ValueError)


def frame_digest(frame: pd.DataFrame, columns: Sequence[str]) -> str:
    """Hash of the values of `columns`, in row order (the index does not count).

    Text columns are hashed as their values joined, numbers as their bytes: what counts is the
    values, not the objects (a pickle would also record which equal strings happen to be one
    object, and that changes on a round trip).
    """
    return digest(*(part for column in columns for part in (column, _column_bytes(frame[column]))))


def _column_bytes(values: pd.Series) -> bytes:
    if values.dtype.kind in "iufb":
        return values.dtype.str.encode("ascii") + values.to_numpy().tobytes()
    return "\x1f".join(["\x00" if value is None or value != value else str(value)
                        for value in values.tolist()]).encode("utf-8", "surrogatepass")


PACKAGE = Path(__file__).resolve().parents[1]
# The libraries whose versions can change what a stage computes or writes.
DISTRIBUTIONS = ("spacy", "spacy-lookups-data", "PySastrawi", "pandas", "numpy", "scipy", "scikit-learn",
                 "charset-normalizer", "python-docx", "PyYAML", "matplotlib", "lxml")


def code_fingerprint() -> str:
    """Hash of the whole package (code and lexicons) and of those libraries' versions, part of
    every cache key. Stages import shared modules (schema, codebook, ordering): a key over one
    stage's folder only would serve results that other code computed."""
    return source_fingerprint((str(PACKAGE),), DISTRIBUTIONS)


@lru_cache(maxsize=None)
def source_fingerprint(folders: tuple[str, ...], distributions: tuple[str, ...] = ()) -> str:
    """Hash of every file under `folders` (code and data) and of the installed `distributions`'
    versions: editing a lexicon, a rule or the stage's code invalidates what it computed."""
    parts: list[str | bytes] = []
    for folder in folders:
        root = Path(folder)
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith((".pyc", "~")):
                parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    for name in distributions:
        try:
            parts += [name, metadata.version(name)]
        except metadata.PackageNotFoundError:
            parts += [name, "not installed"]
    return digest(*parts)


class StageCache:
    """The entries of one stage in one folder: `<folder>/<key>.pkl`."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self._write_failed = False

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def has(self, key: str) -> bool:
        """Whether there is an entry (it may still turn out damaged when read)."""
        return self._path(key).is_file()

    def get(self, key: str) -> Any | None:
        """The stored value, or None when there is none (or it cannot be trusted)."""
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except OSError:  # absent, or unreadable: either way a miss
            self.misses += 1
            return None
        value = self._decode(blob)
        if value is None:
            log.info("cache entry %s is damaged or stale; recomputing it", path)
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return value

    @staticmethod
    def _decode(blob: bytes) -> Any | None:
        header = len(MAGIC) + 32
        if len(blob) < header or not blob.startswith(MAGIC):
            return None
        payload = memoryview(blob)[header:]
        if hashlib.sha256(payload).digest() != blob[len(MAGIC):header]:
            return None
        try:
            return pickle.loads(payload)
        except STALE_ENTRY_ERRORS:
            return None

    @staticmethod
    def encode(value: Any) -> bytes:
        """An entry as stored: header, checksum, pickle. Workers encode; the driver only writes."""
        payload = pickle.dumps(value, protocol=5)
        return MAGIC + hashlib.sha256(payload).digest() + payload

    def put(self, key: str, value: Any) -> None:
        """Store `value`; a cache that cannot be written only costs speed, so it is not an error."""
        self.put_encoded(key, self.encode(value))

    def put_encoded(self, key: str, entry: bytes) -> None:
        """Store an entry that `encode` made (possibly in another process)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(entry)
                os.replace(temporary, self._path(key))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            if not self._write_failed:
                log.warning("cannot write the cache in %s (%s); results are not cached", self.folder, error)
                self._write_failed = True

    def get_or_compute(self, key: str, compute: Callable[[], T]) -> T:
        """The stored value for `key`, else `compute()`, stored. For whole-batch stages (model
        suggestions): key them with `digest` over their inputs' `frame_digest`s."""
        value = self.get(key)
        if value is None:
            value = compute()
            self.put(key, value)
        return value

    def prune(self, keep: Iterable[str]) -> int:
        """Delete the entries whose keys are not in `keep` (and leftover temporary files);
        returns how many went. Keeps the folder the size of one batch's results."""
        wanted = {f"{key}{SUFFIX}" for key in keep}
        removed = 0
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return 0
        for path in entries:
            if path.is_file() and path.name not in wanted and path.name.endswith((SUFFIX, ".tmp")):
                try:
                    path.unlink()
                    removed += 1
                except OSError:
                    pass  # another run may hold it; it goes next time
        return removed


__all__ = ["StageCache", "code_fingerprint", "digest", "frame_digest", "source_fingerprint"]
