"""A whole-batch stage's result kept in the run's cache, keyed by all it is computed from.

The run (run.py) reads the batch, the model suggestions and the tables through these: an unchanged
re-run takes them from `<cache>/<stage>`, and notes which stages it reused for run.json.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pipeline.runtime.cache import StageCache, digest
from pipeline.runtime.keys import inputs_key

T = TypeVar("T")


def cached_call(cache_dir: Path | None, stage: str, function: Callable[..., T], reused: list[str],
                 **inputs: Any) -> T:
    """`function(**inputs)`, from the cache when it was computed from the same inputs: the key
    is made of exactly the arguments the stage is called with (see runtime/keys.py)."""
    return cached_stage(cache_dir, stage, lambda: inputs_key(stage, **inputs), lambda: function(**inputs), reused)


def cached_stage(cache_dir: Path | None, stage: str, key: Callable[[], str], compute: Callable[[], T],
                  reused: list[str]) -> T:
    """A whole-batch stage's result, from `<cache>/<stage>` when its key (the hash of all it is
    computed from) is there, which is then noted in `reused`; the folder keeps only the latest entry."""
    if cache_dir is None:
        return compute()
    entry = digest(stage, key())
    store = StageCache(cache_dir / stage)
    result = store.get_or_compute(entry, compute)
    if store.hits:
        reused.append(stage)
    store.prune([entry])
    return result
