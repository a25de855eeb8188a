"""Cache keys from the inputs a stage declares: each input hashed by its kind, never by a list
of columns or fields kept by hand. An input of a kind this module does not know is refused
(TypeError), so a new input can never be left out of a key silently."""

from __future__ import annotations

import json
from dataclasses import asdict, fields, is_dataclass
from typing import Any

import pandas as pd

from pipeline.ingest.batch import Batch
from pipeline.records.analysis import Aggregates, RunOptions
from pipeline.records.codebook import Codebook
from pipeline.runtime.cache import code_fingerprint, digest, frame_digest

# Options that decide where and how a run works, not what it computes or writes.
RUN_ONLY_OPTIONS = ("workers", "executor", "scheduler", "cache", "progress")
_PLAIN = (str, int, float, bool, list, tuple, dict)


def inputs_key(stage: str, **inputs: Any) -> str:
    """The key of a stage computed from `inputs` (by name) with this package's code and libraries."""
    return digest(stage, *(f"{name}={value_digest(value)}" for name, value in sorted(inputs.items())),
                  code_fingerprint())


def value_digest(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, pd.DataFrame):
        frame = value if isinstance(value.index, pd.RangeIndex) else value.reset_index()
        return frame_digest(frame, list(frame.columns))
    if isinstance(value, Codebook):
        return digest(repr(value))   # everything the codebook says (the loader's reading counts)
    if isinstance(value, Batch):
        return digest(value.name, json.dumps({name: doc.text for name, doc in value.documents.items()},
                                             ensure_ascii=False), value_digest(value.informants))
    if isinstance(value, Aggregates):
        return digest(*(value_digest(getattr(value, item.name)) for item in fields(value)
                        if isinstance(getattr(value, item.name), pd.DataFrame)), value.saturation_result.label)
    if isinstance(value, RunOptions):
        return json.dumps({key: option for key, option in asdict(value).items() if key not in RUN_ONLY_OPTIONS},
                          sort_keys=True, default=str)
    if is_dataclass(value) and not isinstance(value, type) and getattr(type(value), "__dataclass_params__").frozen:
        return repr(value)   # small frozen settings (SaturationOptions)
    if isinstance(value, _PLAIN):
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    raise TypeError(f"a cache key cannot hash a {type(value).__name__}; add its kind to pipeline/runtime/keys.py")
