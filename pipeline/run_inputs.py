"""What a run reads before any stage computes: the codebook, the batch and the reviews.

The codebook is --codebook, else the one batch.yaml names, else the default; the batch's reading is
kept in the run's cache by the hash of its files; the problems of all three are raised together, so
a user fixes them in one go. `codebook suggest` resolves its codebook the same way.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.codebook.load import load_codebook
from pipeline.errors import InputError, ProblemCollector
from pipeline.ingest import Batch, read_batch
from pipeline.ingest.batch import FROM_FOLDER
from pipeline.ingest.batch_files import SETTINGS_FILE, batch_fingerprint, read_settings
from pipeline.ingest.segment_key import read_segment_key
from pipeline.privacy import redact_batch
from pipeline.privacy.hashed_names import HashedNames
from pipeline.privacy.redactor import Redactor, kept_words
from pipeline.privacy.self_names import introduction_masks
from pipeline.records.codebook import Codebook
from pipeline.review.store import read_reviews
from pipeline.runtime.cache import code_fingerprint, digest
from pipeline.runtime.stage_calls import cached_stage

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CODEBOOK = Path("codebooks") / "wori.yaml"


def resolve_codebook(batch_dir: Path, settings: dict[str, Any], codebook_path: str | Path | None) -> Path:
    """--codebook, else the one batch.yaml names, else codebooks/wori.yaml (here or in the repo)."""
    if codebook_path is not None:
        candidates = [Path(codebook_path)]
    elif settings.get("codebook"):
        named = Path(str(settings["codebook"]))
        candidates = [batch_dir / named, named, REPO_ROOT / named]
    else:
        candidates = [DEFAULT_CODEBOOK, REPO_ROOT / DEFAULT_CODEBOOK]
    for candidate in candidates:
        if candidate.is_file():
            tidy = Path(os.path.normpath(candidate))   # batch/../../codebooks/x.yaml -> codebooks/x.yaml
            return tidy if tidy.is_file() and tidy.samefile(candidate) else candidate
    if codebook_path is None and settings.get("codebook"):
        raise _batch_yaml_codebook_missing(batch_dir, Path(str(settings["codebook"])))
    raise InputError.at(candidates[0], f"codebook not found (no file {candidates[0].resolve()}); "
                                       "give one with --codebook FILE")


def _batch_yaml_codebook_missing(batch_dir: Path, named: Path) -> InputError:
    """Say which file named the codebook and where the path leads: a batch folder copied elsewhere
    keeps a relative path that no longer reaches its codebook."""
    message = (f"names the codebook '{named}', read from the batch folder as {(batch_dir / named).resolve()}: "
               "no such file; correct the path in batch.yaml or give --codebook FILE")
    same_name = REPO_ROOT / "codebooks" / named.name
    if same_name.is_file():
        message += f" (the repository has one of that name: --codebook {same_name})"
    return InputError.at(batch_dir / SETTINGS_FILE, message, key="codebook")

def read_inputs(batch_dir: Path, codebook_path: str | Path | None, cache_dir: Path | None = None,
                reused: list[str] | None = None, redact: bool = True,
                id_key: bytes | None | str = FROM_FOLDER) -> tuple[Batch, Codebook, pd.DataFrame]:
    """Batch (redacted unless `redact` is false), codebook and reviews; the problems of all
    three are raised together, in one go.

    With `cache_dir`, an unchanged batch's reading is reused (noted in `reused`); reviews are
    always read afresh: graders change them between runs. `id_key`: see `read_batch`.
    """
    problems = ProblemCollector()
    batch = codebook = reviews = None
    try:
        batch = _cached_batch(batch_dir, redact, cache_dir, reused if reused is not None else [], id_key)
        settings = batch.settings
    except InputError as error:
        problems.extend(_masked(error, batch_dir) if redact else error)
        try:
            settings = read_settings(batch_dir)
        except InputError:
            settings = None  # already among the batch's problems: which codebook it names is unknown
    try:
        if settings is not None or codebook_path is not None:
            codebook = load_codebook(resolve_codebook(batch_dir, settings or {}, codebook_path))
    except InputError as error:
        problems.extend(error)
    try:
        reviews = read_reviews(batch_dir)
    except InputError as error:
        problems.extend(error)
    problems.raise_if_any()
    return batch, codebook, reviews


def _masked(error: InputError, batch_dir: Path) -> InputError:
    """The batch's problems with its redact.txt names and identifiers masked: a message may quote
    a turn (an unmapped speaker's first words), and a redacted run prints no name."""
    redactor = Redactor.for_batch(batch_dir, ProblemCollector())   # a bad redact.txt is among the problems
    kept = kept_words(batch_dir)   # and a name a quoted informant gives as her own ("nama saya Maria Lontoh")
    own = [mask for problem in error.problems for mask in introduction_masks(problem.message, kept)]
    if own:
        redactor = Redactor([*redactor.names, *own])
    return InputError([dataclasses.replace(problem, message=redactor.redact(problem.message))
                       for problem in error.problems])


def _cached_batch(batch_dir: Path, redact: bool, cache_dir: Path | None, reused: list[str],
                  id_key: bytes | None | str = FROM_FOLDER) -> Batch:
    """Parsing every transcript is a third of an unchanged re-run; its result is kept by the hash
    of the files read. The cache holds the batch as the run uses it (redacted unless the user
    asked otherwise) and without its redactor, whose redact.txt names are read again instead.
    A folder that cannot be listed, or a file that cannot be read, is `read_batch`'s to report.
    The key of its segment ids is the folder's (a hidden file, which the fingerprint passes over)
    unless the run gives one, and is part of the cache key."""
    if cache_dir is None or not batch_dir.is_dir():
        return _read_batch(batch_dir, redact, id_key)
    try:
        files = batch_fingerprint(batch_dir)
        if id_key == FROM_FOLDER:
            id_key = read_segment_key(batch_dir)
    except (OSError, InputError):
        return _read_batch(batch_dir, redact, id_key)
    if not isinstance(id_key, bytes):   # the names the batch gives could be kept only in clear
        return _read_batch(batch_dir, redact, id_key)
    key = id_key

    def read() -> tuple[Batch, tuple[str, ...]]:
        batch = _read_batch(batch_dir, redact, key)
        return dataclasses.replace(batch, redactor=Redactor()), batch.redactor.name_hashes(key)

    stored, hashes = cached_stage(cache_dir, "ingest", lambda: digest(files, str(redact), key.hex(), code_fingerprint()),
                                  read, reused)
    return dataclasses.replace(stored, redactor=Redactor(Redactor.for_batch(batch_dir).names, HashedNames(hashes, key)))


def _read_batch(batch_dir: Path, redact: bool, id_key: bytes | None | str = FROM_FOLDER) -> Batch:
    batch = read_batch(batch_dir, id_key)
    return redact_batch(batch) if redact else batch
