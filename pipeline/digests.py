"""Content hashes: the one digest that stages (ingest, coding, export) and the runtime's cache keys share.

At the bottom of the package (it imports nothing of it), so a stage can hash what it computes
without importing the runtime.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import pandas as pd


def digest(*parts: str | bytes) -> str:
    """sha256 over the parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def row_hashes(frame: pd.DataFrame, columns: Sequence[str]) -> np.ndarray:
    """One 64-bit hash per row and column (rows x columns), computed in bulk by pandas, so
    that a slice of rows digests one document of a batch at no extra cost.

    pandas hashes the values with a fixed key: the same values always give the same hashes.
    """
    hashes = np.empty((len(frame), len(columns) + 1), dtype=np.uint64)
    hashes[:, 0] = len(columns)
    for position, column in enumerate(columns):
        named = pd.util.hash_pandas_object(pd.Series([column]), index=False).to_numpy()[0]
        values = pd.util.hash_pandas_object(frame[column], index=False, categorize=False).to_numpy()
        hashes[:, position + 1] = values ^ named
    return hashes
